-- Complaints (Mandela Rules 56-57): any prisoner may complain on any day; each complaint has a case number, a reply
-- deadline and a retaliation flag. An allegation of torture or ill-treatment is referred at once to the independent
-- body (the inspector is told in the same transaction) and only that body closes it, never facility staff.
CREATE SEQUENCE complaint_number_seq;

CREATE TABLE complaint (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_number   text NOT NULL UNIQUE CHECK (case_number ~ '^KG-CMP-[0-9]{4}-[0-9]{6}$'),
  prisoner_id   uuid NOT NULL REFERENCES prisoner (id),
  facility_id   uuid NOT NULL REFERENCES facility (id),
  category      text NOT NULL CHECK (category IN ('CONDITIONS', 'FOOD', 'HEALTH_CARE', 'FAMILY_CONTACT',
                  'STAFF_CONDUCT', 'TORTURE_OR_ILL_TREATMENT', 'DISCIPLINE', 'PROPERTY', 'LEGAL_ACCESS', 'OTHER')),
  allegation    boolean NOT NULL,
  text          text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 8000),
  retaliation   boolean NOT NULL,
  made_on       date NOT NULL,
  reply_due_on  date NOT NULL,
  recorded_by   text NOT NULL,
  recorded_at   timestamptz NOT NULL,
  referred_at   timestamptz,
  status        text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
  reply         text CHECK (length(reply) <= 8000),
  closed_by     text,
  closed_at     timestamptz,
  version       integer NOT NULL DEFAULT 0,
  CHECK (allegation = (category = 'TORTURE_OR_ILL_TREATMENT')),
  CHECK (reply_due_on >= made_on),
  CHECK (NOT allegation OR referred_at IS NOT NULL),
  CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL AND closed_by IS NOT NULL AND length(btrim(reply)) > 0))
);
COMMENT ON TABLE complaint IS 'Prisoners'' complaints, their replies and deadlines. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN complaint.id IS 'Identifier of the complaint. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN complaint.case_number IS 'Case number KG-CMP-YYYY-NNNNNN, from complaint_number_seq. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN complaint.prisoner_id IS 'The prisoner who complained. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN complaint.facility_id IS 'Facility holding the prisoner when the complaint was made. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN complaint.category IS 'What the complaint is about. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN complaint.allegation IS 'An allegation of torture or ill-treatment, referred to the independent body. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN complaint.text IS 'The complaint in the prisoner''s words. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN complaint.retaliation IS 'The prisoner fears or reports retaliation for complaining. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN complaint.made_on IS 'Day the complaint was made, in the service''s time zone. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN complaint.reply_due_on IS 'Last day for the reply (made_on + BAGYT_COMPLAINT_REPLY_DAYS). [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN complaint.recorded_by IS 'User name of the member of staff who recorded it. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN complaint.recorded_at IS 'When it was recorded (UTC). [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN complaint.referred_at IS 'When an allegation was referred to the independent body (UTC). [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN complaint.status IS 'OPEN or CLOSED. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN complaint.reply IS 'The reply, or the independent body''s outcome for an allegation. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN complaint.closed_by IS 'User name of who closed it. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN complaint.closed_at IS 'When it was closed (UTC). [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN complaint.version IS 'Optimistic lock: a change on an older version is refused. [Sensitivity: OFFICIAL]';
CREATE INDEX complaint_facility_idx ON complaint (facility_id, made_on DESC);
CREATE INDEX complaint_prisoner_idx ON complaint (prisoner_id, made_on DESC);
CREATE INDEX complaint_open_idx ON complaint (reply_due_on) WHERE status = 'OPEN';

-- Officers and governors record complaints; governors reply to and close them; the inspector (the independent
-- body) reads every complaint of the service and alone closes an allegation of torture or ill-treatment.
INSERT INTO permission (code) VALUES ('complaint.read'), ('complaint.record'), ('complaint.answer'),
  ('complaint.close-allegation');
INSERT INTO role_permission (role, permission) VALUES
  ('GOVERNOR', 'complaint.read'), ('OFFICER', 'complaint.read'), ('HEADQUARTERS', 'complaint.read'),
  ('INSPECTOR', 'complaint.read'),
  ('GOVERNOR', 'complaint.record'), ('OFFICER', 'complaint.record'),
  ('GOVERNOR', 'complaint.answer'),
  ('INSPECTOR', 'complaint.close-allegation');
