-- The audit trail: one row per sign-in, read, change, break-glass, approval and export. Rows are only ever
-- appended. Each row carries the SHA-256 of the row before it and of its own content, so that any later
-- edit or deletion, even by a database superuser, breaks the chain and is found by verification.

CREATE TABLE audit_event (
  seq            bigint PRIMARY KEY CHECK (seq > 0),
  occurred_at    timestamptz NOT NULL,
  actor          text NOT NULL CHECK (length(actor) <= 256),
  action         text NOT NULL CHECK (action ~ '^[A-Z][A-Z0-9_]{0,63}$'),
  resource_type  text CHECK (length(resource_type) <= 64),
  resource_id    text CHECK (length(resource_id) <= 512),
  prisoner_id    uuid,
  facility_id    uuid,
  purpose        text CHECK (length(purpose) <= 2000),
  client_address text CHECK (length(client_address) <= 64),
  outcome        text NOT NULL CHECK (outcome IN ('SUCCESS', 'DENIED', 'FAILED')),
  previous_hash  bytea NOT NULL CHECK (length(previous_hash) = 32),
  hash           bytea NOT NULL CHECK (length(hash) = 32)
);
COMMENT ON TABLE audit_event IS 'Append-only, hash-chained record of who did what to which record, when and from where. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN audit_event.seq IS 'Place in the chain: 1, 2, 3... without gaps, so a deleted row shows as a gap.';
COMMENT ON COLUMN audit_event.actor IS 'User name of the person (or the attempted name of a failed sign-in, truncated). [Sensitivity: PERSONAL]';
COMMENT ON COLUMN audit_event.action IS 'Stable code: SIGN_IN, READ, UPDATE, EXPORT, BREAK_GLASS, AUDIT_VIEWED...';
COMMENT ON COLUMN audit_event.prisoner_id IS 'The prisoner whose file was touched, if any. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN audit_event.purpose IS 'The purpose the person stated, where Bagyt asks for one. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN audit_event.client_address IS 'Network address of the client as the server saw it. [Sensitivity: PERSONAL]';
COMMENT ON COLUMN audit_event.previous_hash IS 'The hash of the event before; 32 zero bytes for the first event.';
COMMENT ON COLUMN audit_event.hash IS 'SHA-256 of previous_hash followed by the canonical encoding of this row (AuditRecord.canonical).';

-- The viewer filters by person, prisoner, action and date, newest first.
CREATE INDEX audit_event_actor_idx ON audit_event (actor, seq);
CREATE INDEX audit_event_prisoner_idx ON audit_event (prisoner_id, seq) WHERE prisoner_id IS NOT NULL;
CREATE INDEX audit_event_action_idx ON audit_event (action, seq);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);

-- Append-only, enforced by the database for every role, superusers included: the embedded database runs as
-- a superuser, whom privileges do not bind. ENABLE ALWAYS keeps the trigger on under
-- session_replication_role = replica; only its owner disabling it by name gets past, and the chain shows that.
CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit trail is append-only: % on audit_event is refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_append_only;
ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_no_truncate;

-- Privileges as well, for set-ups where the application connects as an ordinary role: nobody, the owner
-- included, holds UPDATE, DELETE or TRUNCATE, even if default privileges granted them on creation.
DO $$
DECLARE
  grantee_name text;
BEGIN
  FOR grantee_name IN
    SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END
    FROM pg_class c, aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
    WHERE c.oid = 'audit_event'::regclass AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
  LOOP
    EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ' || grantee_name;
  END LOOP;
END
$$;

INSERT INTO role_permission (role, permission) VALUES ('ADMINISTRATOR', 'audit.read'), ('INSPECTOR', 'audit.read');
