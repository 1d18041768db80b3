-- The prisoner file (Mandela Rules 6-8): identity as written in the original script with its Latin
-- spelling, legal status, where the person is held. Every read of it is audited by the application.

CREATE SEQUENCE prisoner_number_seq;

CREATE TABLE prisoner (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number          text NOT NULL UNIQUE CHECK (number ~ '^[A-Z]{2}-[0-9]{4}-[0-9]{6}$'),
  family_name     text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 200),
  given_name      text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 200),
  patronymic      text CHECK (length(patronymic) <= 200),
  latin_name      text NOT NULL,
  date_of_birth   date NOT NULL,
  sex             text NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
  gender_identity text,
  citizenship     text NOT NULL,
  legal_status    text NOT NULL CHECK (legal_status IN ('UNTRIED', 'CONVICTED', 'UNDER_APPEAL')),
  facility_id     uuid NOT NULL REFERENCES facility (id),
  cell_id         uuid REFERENCES cell (id),
  admitted_at     timestamptz NOT NULL,
  released_at     timestamptz,
  version         integer NOT NULL DEFAULT 0,
  CHECK (released_at IS NULL OR released_at >= admitted_at)
);
COMMENT ON TABLE prisoner IS 'The prisoner file: one row per person in the service''s care. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN prisoner.family_name IS 'As written in the original script. [Sensitivity: PERSONAL]';
COMMENT ON COLUMN prisoner.latin_name IS 'Latin spelling other agencies use (BGN/PCGN by default). [Sensitivity: PERSONAL]';
COMMENT ON COLUMN prisoner.gender_identity IS 'Gender as the person identifies (Mandela Rule 7(a)). [Sensitivity: SPECIAL-CATEGORY]';
CREATE INDEX prisoner_facility_idx ON prisoner (facility_id) WHERE released_at IS NULL;
CREATE INDEX prisoner_cell_idx ON prisoner (cell_id) WHERE released_at IS NULL;

-- Health notes: a need-to-know category, visible only to roles granted health.read.
CREATE TABLE prisoner_health_note (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prisoner_id uuid NOT NULL REFERENCES prisoner (id),
  written_at  timestamptz NOT NULL,
  written_by  text NOT NULL,
  note        text NOT NULL CHECK (length(note) BETWEEN 1 AND 10000)
);
COMMENT ON TABLE prisoner_health_note IS 'Health notes. [Sensitivity: SPECIAL-CATEGORY, need to know: health.read]';
CREATE INDEX prisoner_health_note_prisoner_idx ON prisoner_health_note (prisoner_id);

-- Break-glass: time-limited access to a prisoner outside the user's facilities, always with a reason.
CREATE TABLE break_glass_access (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username    text NOT NULL,
  prisoner_id uuid NOT NULL REFERENCES prisoner (id),
  facility_id uuid NOT NULL REFERENCES facility (id),
  reason      text NOT NULL CHECK (length(btrim(reason)) > 0),
  granted_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL CHECK (expires_at > granted_at)
);
COMMENT ON TABLE break_glass_access IS 'Emergency access outside facility scope, with the stated reason. [Sensitivity: OFFICIAL-SENSITIVE]';
CREATE INDEX break_glass_access_user_idx ON break_glass_access (username, prisoner_id, expires_at);

INSERT INTO permission (code) VALUES ('prisoner.read'), ('health.read'), ('intelligence.read'), ('assessment.read');
INSERT INTO role_permission (role, permission) VALUES
  ('GOVERNOR', 'prisoner.read'), ('OFFICER', 'prisoner.read'), ('ASSESSOR', 'prisoner.read'),
  ('ANALYST', 'prisoner.read'), ('FACILITATOR', 'prisoner.read'), ('HEADQUARTERS', 'prisoner.read'),
  ('PROBATION', 'prisoner.read'), ('INSPECTOR', 'prisoner.read'),
  ('GOVERNOR', 'health.read'),
  ('GOVERNOR', 'assessment.read'), ('ASSESSOR', 'assessment.read'), ('INSPECTOR', 'assessment.read'),
  ('ANALYST', 'intelligence.read'), ('GOVERNOR', 'intelligence.read');

-- Notifications to staff, e.g. a governor told that someone broke the glass on a prisoner of theirs.
CREATE TABLE staff_notification (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  recipient   text NOT NULL,
  message_key text NOT NULL,
  arguments   text[] NOT NULL DEFAULT '{}',
  created_at  timestamptz NOT NULL,
  read_at     timestamptz
);
COMMENT ON TABLE staff_notification IS 'Messages to one member of staff. [Sensitivity: OFFICIAL-SENSITIVE]';
CREATE INDEX staff_notification_recipient_idx ON staff_notification (recipient, created_at DESC);
