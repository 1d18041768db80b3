-- Visits and contacts: the visitor register (identity and relationship to each prisoner), visits, and the metadata
-- of calls and letters (never their content); limits on the means of contact, each with a reason and an expiry.
-- Family contact stays possible under every sanction: no limit may take away visits, calls and letters together.
CREATE TABLE visitor (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_name       text NOT NULL CHECK (length(btrim(family_name)) BETWEEN 1 AND 100),
  given_name        text NOT NULL CHECK (length(btrim(given_name)) BETWEEN 1 AND 100),
  identity_document text NOT NULL UNIQUE CHECK (length(btrim(identity_document)) BETWEEN 3 AND 40),
  registered_by     text NOT NULL,
  registered_at     timestamptz NOT NULL
);
COMMENT ON TABLE visitor IS 'People who visit, call or write to prisoners. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN visitor.id IS 'Identifier of the visitor. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN visitor.family_name IS 'Family name as on the identity document. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN visitor.given_name IS 'Given name as on the identity document. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN visitor.identity_document IS 'Number of the identity document shown; one visitor per document. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN visitor.registered_by IS 'User name of who registered the visitor. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN visitor.registered_at IS 'When the visitor was registered (UTC). [Sensitivity: OFFICIAL]';

CREATE TABLE prisoner_visitor (
  prisoner_id   uuid NOT NULL REFERENCES prisoner (id),
  visitor_id    uuid NOT NULL REFERENCES visitor (id),
  relationship  text NOT NULL CHECK (relationship IN ('SPOUSE', 'PARENT', 'CHILD', 'SIBLING', 'OTHER_RELATIVE',
                  'FRIEND', 'LAWYER', 'OTHER')),
  recorded_by   text NOT NULL,
  recorded_at   timestamptz NOT NULL,
  PRIMARY KEY (prisoner_id, visitor_id)
);
COMMENT ON TABLE prisoner_visitor IS 'Who each visitor is to each prisoner. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN prisoner_visitor.prisoner_id IS 'The prisoner. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN prisoner_visitor.visitor_id IS 'The visitor. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN prisoner_visitor.relationship IS 'The visitor''s relationship to the prisoner. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN prisoner_visitor.recorded_by IS 'User name of who recorded it. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN prisoner_visitor.recorded_at IS 'When it was recorded (UTC). [Sensitivity: OFFICIAL]';
CREATE INDEX prisoner_visitor_visitor_idx ON prisoner_visitor (visitor_id);

CREATE TABLE contact (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prisoner_id uuid NOT NULL REFERENCES prisoner (id),
  facility_id uuid NOT NULL REFERENCES facility (id),
  visitor_id  uuid NOT NULL REFERENCES visitor (id),
  kind        text NOT NULL CHECK (kind IN ('VISIT', 'CALL', 'LETTER_IN', 'LETTER_OUT')),
  at          timestamptz NOT NULL,
  minutes     integer CHECK (minutes BETWEEN 1 AND 1440),
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL,
  FOREIGN KEY (prisoner_id, visitor_id) REFERENCES prisoner_visitor (prisoner_id, visitor_id)
);
COMMENT ON TABLE contact IS 'Visits, calls and letters: who, when, how long; never what was said or written. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN contact.id IS 'Identifier of the contact. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN contact.prisoner_id IS 'The prisoner. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN contact.facility_id IS 'Facility holding the prisoner at the time. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN contact.visitor_id IS 'The visitor, caller or correspondent. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN contact.kind IS 'VISIT, CALL, LETTER_IN or LETTER_OUT. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN contact.at IS 'When the visit or call began, or the letter passed (UTC). [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN contact.minutes IS 'How long a visit or call lasted. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN contact.recorded_by IS 'User name of who recorded it. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN contact.recorded_at IS 'When it was recorded (UTC). [Sensitivity: OFFICIAL]';
CREATE INDEX contact_prisoner_idx ON contact (prisoner_id, at DESC);
CREATE INDEX contact_facility_idx ON contact (facility_id, at DESC);
CREATE INDEX contact_visitor_idx ON contact (visitor_id);

CREATE TABLE contact_limit (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prisoner_id uuid NOT NULL REFERENCES prisoner (id),
  facility_id uuid NOT NULL REFERENCES facility (id),
  means       text[] NOT NULL CHECK (cardinality(means) BETWEEN 1 AND 2 AND means <@ ARRAY['VISITS', 'CALLS', 'LETTERS']),
  reason      text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
  starts_on   date NOT NULL,
  expires_on  date NOT NULL,
  imposed_by  text NOT NULL,
  imposed_at  timestamptz NOT NULL,
  CHECK (expires_on >= starts_on)
);
COMMENT ON TABLE contact_limit IS 'Limits on the means of contact: never all of them, always with an expiry. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN contact_limit.id IS 'Identifier of the limit. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN contact_limit.prisoner_id IS 'The prisoner. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN contact_limit.facility_id IS 'Facility that imposed it. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN contact_limit.means IS 'Means of contact withheld (one or two of VISITS, CALLS, LETTERS; never all three). [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN contact_limit.reason IS 'Why, as the governor wrote it. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN contact_limit.starts_on IS 'First day of the limit. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN contact_limit.expires_on IS 'Last day of the limit; required. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN contact_limit.imposed_by IS 'User name of the governor who imposed it. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN contact_limit.imposed_at IS 'When it was imposed (UTC). [Sensitivity: OFFICIAL]';
CREATE INDEX contact_limit_prisoner_idx ON contact_limit (prisoner_id, expires_on);

-- Officers and governors keep the register; governors limit the means of contact; security analysts,
-- headquarters and the inspector read.
INSERT INTO permission (code) VALUES ('contact.read'), ('contact.record'), ('contact.limit');
INSERT INTO role_permission (role, permission) VALUES
  ('GOVERNOR', 'contact.read'), ('OFFICER', 'contact.read'), ('ANALYST', 'contact.read'),
  ('HEADQUARTERS', 'contact.read'), ('INSPECTOR', 'contact.read'),
  ('GOVERNOR', 'contact.record'), ('OFFICER', 'contact.record'),
  ('GOVERNOR', 'contact.limit');
