-- The permissions Bagyt knows, so the access matrix can only grant real ones.
CREATE TABLE permission (
  code text PRIMARY KEY CHECK (code ~ '^[a-z]+(\.[a-z-]+)+$')
);
COMMENT ON TABLE permission IS 'Every permission an endpoint or use case can require. [Sensitivity: OFFICIAL]';
INSERT INTO permission (code) VALUES
  ('estate.read'), ('api.reference'), ('user.manage'), ('system.monitor'), ('audit.read'), ('access.approve');
ALTER TABLE role_permission ADD CONSTRAINT role_permission_permission_fk FOREIGN KEY (permission) REFERENCES permission (code);
ALTER TABLE role_permission ADD CONSTRAINT role_permission_role_check CHECK (role IN ('ADMINISTRATOR', 'GOVERNOR',
  'OFFICER', 'ASSESSOR', 'ANALYST', 'FACILITATOR', 'HEADQUARTERS', 'PROBATION', 'INSPECTOR'));
INSERT INTO role_permission (role, permission) VALUES ('ADMINISTRATOR', 'access.approve');

-- Two-person approval: a sensitive change waits here until a second person decides; only then is it applied.
CREATE TABLE approval_request (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind            text NOT NULL,
  payload         jsonb NOT NULL,
  facility_id     uuid REFERENCES facility (id),
  requested_by    text NOT NULL,
  requested_at    timestamptz NOT NULL,
  request_reason  text NOT NULL CHECK (length(btrim(request_reason)) > 0),
  status          text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
  decided_by      text,
  decided_at      timestamptz,
  decision_reason text,
  version         integer NOT NULL DEFAULT 0,
  -- The requester can never decide their own request, whatever the code does.
  CONSTRAINT approval_request_second_person CHECK (decided_by IS NULL OR decided_by <> requested_by),
  CONSTRAINT approval_request_decision CHECK ((status = 'PENDING') = (decided_by IS NULL))
);
COMMENT ON TABLE approval_request IS 'Sensitive changes awaiting or given a second person''s decision. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN approval_request.payload IS 'The change to apply on approval, as JSON, in the shape its kind defines.';
CREATE INDEX approval_request_pending_idx ON approval_request (requested_at) WHERE status = 'PENDING';
