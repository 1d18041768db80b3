-- Accreditation: who may author or countersign assessments with which instrument, and until when. Kept, never
-- deleted: a withdrawn accreditation stays with who withdrew it and why, so past assessments can be checked.
CREATE TABLE accreditation (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username          text NOT NULL REFERENCES staff_account (username),
  instrument_id     text NOT NULL CHECK (length(instrument_id) BETWEEN 1 AND 100),
  issued_on         date NOT NULL,
  expires_on        date NOT NULL,
  issuer            text NOT NULL CHECK (length(issuer) BETWEEN 1 AND 200 AND issuer = btrim(issuer)),
  recorded_by       text NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 64),
  recorded_at       timestamptz NOT NULL,
  withdrawn_at      timestamptz,
  withdrawn_by      text CHECK (length(withdrawn_by) BETWEEN 1 AND 64),
  withdrawal_reason text CHECK (length(withdrawal_reason) BETWEEN 1 AND 1000),
  CHECK (expires_on > issued_on),
  -- Withdrawn means all three are known: when, by whom and why.
  CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_at IS NULL) = (withdrawal_reason IS NULL)),
  CHECK (withdrawn_at IS NULL OR withdrawn_at >= recorded_at)
);
COMMENT ON TABLE accreditation IS 'Staff accreditations for assessment instruments, in force from issued_on to expires_on (both included) unless withdrawn. [Sensitivity: PERSONAL]';
COMMENT ON COLUMN accreditation.username IS 'The accredited person (staff account). [Sensitivity: PERSONAL]';
COMMENT ON COLUMN accreditation.instrument_id IS 'Code of the assessment instrument, as the assessment module names it. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN accreditation.issued_on IS 'First day in force, as on the certificate. [Sensitivity: PERSONAL]';
COMMENT ON COLUMN accreditation.expires_on IS 'Last day in force; by default BAGYT_ACCREDITATION_YEARS after issued_on. [Sensitivity: PERSONAL]';
COMMENT ON COLUMN accreditation.issuer IS 'Who issued it, e.g. the training body. [Sensitivity: PERSONAL]';
COMMENT ON COLUMN accreditation.recorded_by IS 'User name of who recorded it, or of the import that registered it. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN accreditation.withdrawn_at IS 'When it was withdrawn; null while not withdrawn. [Sensitivity: PERSONAL]';
COMMENT ON COLUMN accreditation.withdrawn_by IS 'User name of who withdrew it. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN accreditation.withdrawal_reason IS 'Why it was withdrawn, in the words of who withdrew it. [Sensitivity: PERSONAL]';
CREATE INDEX accreditation_holder_idx ON accreditation (username, instrument_id, expires_on) WHERE withdrawn_at IS NULL;
CREATE INDEX accreditation_username_idx ON accreditation (username, issued_on DESC);

INSERT INTO permission (code) VALUES ('staff.read'), ('staff.manage');
INSERT INTO role_permission (role, permission) VALUES
  ('ADMINISTRATOR', 'staff.read'), ('GOVERNOR', 'staff.read'), ('HEADQUARTERS', 'staff.read'), ('INSPECTOR', 'staff.read'),
  ('ADMINISTRATOR', 'staff.manage'), ('HEADQUARTERS', 'staff.manage');
