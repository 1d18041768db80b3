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
COMMENT ON COLUMN audit_event.hash IS 'SHA-256 of previous_hash followed by audit_event_canonical() of this row.';

-- The viewer filters by person, prisoner, action and date, newest first.
CREATE INDEX audit_event_actor_idx ON audit_event (actor, seq);
CREATE INDEX audit_event_prisoner_idx ON audit_event (prisoner_id, seq) WHERE prisoner_id IS NOT NULL;
CREATE INDEX audit_event_action_idx ON audit_event (action, seq);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);

-- The canonical content of an event: one unambiguous byte string, hashed into the chain. A format byte,
-- the place (int8), the time (timestamptz's own microseconds since 2000-01-01 UTC), then each text as its
-- UTF-8 length (int4) and bytes, or length -1 when absent; ids as their lower-case text. All big-endian.
-- The verifier (AuditRecord.canonical in Java) computes the same bytes on its own, so a database
-- superuser who replaced these functions would still be found out.
CREATE FUNCTION audit_text(t text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN t IS NULL THEN int4send(-1) ELSE int4send(octet_length(t)) || convert_to(t, 'UTF8') END
$$;

CREATE FUNCTION audit_event_canonical(seq bigint, occurred_at timestamptz, actor text, action text,
    resource_type text, resource_id text, prisoner_id uuid, facility_id uuid, purpose text, client_address text,
    outcome text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
  SELECT '\x01'::bytea || int8send(seq) || timestamptz_send(occurred_at) || audit_text(actor) || audit_text(action)
    || audit_text(resource_type) || audit_text(resource_id) || audit_text(prisoner_id::text)
    || audit_text(facility_id::text) || audit_text(purpose) || audit_text(client_address) || audit_text(outcome)
$$;

-- Appends one event to the chain, in one round trip. The advisory lock lets one transaction at a time
-- extend the chain (on any number of application nodes) and is held until commit, so the next writer
-- reads this event as the head: the chain cannot fork. The head is read after the lock is granted, in a
-- statement of its own and so with a fresh READ COMMITTED snapshot. Were it ever stale, the primary key on
-- seq would refuse the duplicate rather than fork.
CREATE FUNCTION audit_append(p_occurred_at timestamptz, p_actor text, p_action text, p_resource_type text,
    p_resource_id text, p_prisoner_id uuid, p_facility_id uuid, p_purpose text, p_client_address text,
    p_outcome text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  last_seq  bigint := 0;
  last_hash bytea := decode(repeat('00', 32), 'hex');
BEGIN
  PERFORM pg_advisory_xact_lock(4774175528980665668);  -- "BAGYTAUD" as a number
  SELECT seq, hash INTO last_seq, last_hash FROM audit_event ORDER BY seq DESC LIMIT 1;
  IF NOT FOUND THEN
    last_seq := 0;
    last_hash := decode(repeat('00', 32), 'hex');
  END IF;
  INSERT INTO audit_event (seq, occurred_at, actor, action, resource_type, resource_id, prisoner_id, facility_id,
                           purpose, client_address, outcome, previous_hash, hash)
  VALUES (last_seq + 1, p_occurred_at, p_actor, p_action, p_resource_type, p_resource_id, p_prisoner_id,
          p_facility_id, p_purpose, p_client_address, p_outcome, last_hash,
          sha256(last_hash || audit_event_canonical(last_seq + 1, p_occurred_at, p_actor, p_action, p_resource_type,
                 p_resource_id, p_prisoner_id, p_facility_id, p_purpose, p_client_address, p_outcome)));
  RETURN last_seq + 1;
END
$$;

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
