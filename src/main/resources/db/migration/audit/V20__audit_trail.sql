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
COMMENT ON COLUMN audit_event.hash IS 'SHA-256 of previous_hash, seq (8 bytes) and the canonical content of this row (AuditRecord.content).';

-- The viewer filters by person, prisoner, action and date, newest first.
CREATE INDEX audit_event_actor_idx ON audit_event (actor, seq);
CREATE INDEX audit_event_prisoner_idx ON audit_event (prisoner_id, seq) WHERE prisoner_id IS NOT NULL;
-- Reads are most of the trail: filtered by action they fill a page from the newest events at once, so only
-- the other, rarer actions (break-glass, approvals, exports...) need an index, and a read pays for none.
CREATE INDEX audit_event_action_idx ON audit_event (action, seq) WHERE action <> 'READ';
-- Time follows seq closely, so a BRIN index answers date ranges at almost no cost to each insert.
CREATE INDEX audit_event_time_idx ON audit_event USING brin (occurred_at);

-- The head of the chain: the last event's place and hash, in one row. Each append updates it, so writers
-- queue on its row lock one at a time (on any number of application nodes) and the chain cannot fork: a
-- writer that waited re-reads the row as the one before it committed it. Verification also checks that the
-- chain ends where the head says, so events cut off the end are found too.
CREATE TABLE audit_chain_head (
  id            boolean PRIMARY KEY DEFAULT true CHECK (id),
  seq           bigint NOT NULL,
  previous_hash bytea NOT NULL,
  hash          bytea NOT NULL
);
COMMENT ON TABLE audit_chain_head IS 'Place and hash of the last audit event: the one row every append locks and moves on. [Sensitivity: OFFICIAL]';
INSERT INTO audit_chain_head (seq, previous_hash, hash) VALUES (0, decode(repeat('00', 32), 'hex'), decode(repeat('00', 32), 'hex'));

-- Appends one event to the chain. Bagyt sends it in the same round trip as the COMMIT of the transaction the
-- event belongs to (AuditingTransactionManager), so the head's row lock is taken at the very end of the
-- transaction, is the last lock it takes (no deadlock), and is held only while the server finishes the
-- commit, never across a round trip to the application. p_content is the event's canonical content,
-- encoded by Bagyt (AuditRecord.content): verification recomputes it from the row's fields, so content
-- that does not match its row is found like any other alteration.
CREATE FUNCTION audit_append(p_content bytea, p_occurred_at timestamptz, p_actor text, p_action text,
    p_resource_type text, p_resource_id text, p_prisoner_id uuid, p_facility_id uuid, p_purpose text,
    p_client_address text, p_outcome text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  new_seq      bigint;
  new_previous bytea;
  new_hash     bytea;
BEGIN
  UPDATE audit_chain_head SET seq = seq + 1, previous_hash = hash, hash = sha256(hash || int8send(seq + 1) || p_content)
  RETURNING seq, previous_hash, hash INTO new_seq, new_previous, new_hash;
  INSERT INTO audit_event (seq, occurred_at, actor, action, resource_type, resource_id, prisoner_id, facility_id,
                           purpose, client_address, outcome, previous_hash, hash)
  VALUES (new_seq, p_occurred_at, p_actor, p_action, p_resource_type, p_resource_id, p_prisoner_id, p_facility_id,
          p_purpose, p_client_address, p_outcome, new_previous, new_hash);
  RETURN new_seq;
END
$$;

-- Append-only, enforced by the database for every role, superusers included: the embedded database runs as
-- a superuser, whom privileges do not bind. ENABLE ALWAYS keeps the trigger on under
-- session_replication_role = replica; only its owner disabling it by name gets past, and the chain shows that.
CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_append_only;
ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_no_truncate;
CREATE TRIGGER audit_chain_head_kept BEFORE DELETE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
ALTER TABLE audit_chain_head ENABLE ALWAYS TRIGGER audit_chain_head_kept;
ALTER TABLE audit_chain_head ENABLE ALWAYS TRIGGER audit_chain_head_no_truncate;

-- Privileges as well, for set-ups where the application connects as an ordinary role: nobody, the owner
-- included, may UPDATE, DELETE or TRUNCATE events, or DELETE or TRUNCATE the head, even if default
-- privileges granted it on creation.
DO $$
DECLARE
  grant_row record;
BEGIN
  FOR grant_row IN
    SELECT DISTINCT c.relname AS relation, a.privilege_type AS privilege,
           CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END AS grantee
    FROM pg_class c, aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
    WHERE c.oid IN ('audit_event'::regclass, 'audit_chain_head'::regclass)
      AND (a.privilege_type IN ('DELETE', 'TRUNCATE') OR a.privilege_type = 'UPDATE' AND c.relname = 'audit_event')
  LOOP
    EXECUTE format('REVOKE %s ON %I FROM %s', grant_row.privilege, grant_row.relation, grant_row.grantee);
  END LOOP;
END
$$;

INSERT INTO role_permission (role, permission) VALUES ('ADMINISTRATOR', 'audit.read'), ('INSPECTOR', 'audit.read');
