-- Incidents: what happened, where, to whom and with whom, and what came of it. A report moves from draft to
-- awaiting analysis to closed (IncidentStatus declares the legal steps); what is learnt later is appended as an
-- addition, never written over the report (a trigger refuses any change to an addition, and to a closed report).
CREATE SEQUENCE incident_number_seq;

CREATE TABLE incident (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_number    text NOT NULL UNIQUE CHECK (case_number ~ '^KG-INC-[0-9]{4}-[0-9]{6}$'),
  facility_id    uuid NOT NULL REFERENCES facility (id),
  place          text CHECK (length(place) <= 200),
  type           text NOT NULL CHECK (type IN ('ASSAULT_ON_PRISONER', 'ASSAULT_ON_STAFF', 'FIGHT', 'THREAT',
                   'SELF_HARM', 'DISTURBANCE', 'CONTRABAND', 'DAMAGE', 'ESCAPE_ATTEMPT', 'EXTREMIST_MATERIAL',
                   'USE_OF_FORCE', 'DEATH', 'OTHER')),
  occurred_at    timestamptz NOT NULL,
  serious        boolean NOT NULL,
  description    text NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 8000),
  injuries       text CHECK (length(injuries) <= 4000),
  outcome        text CHECK (length(outcome) <= 4000),
  status         text NOT NULL CHECK (status IN ('DRAFT', 'AWAITING_ANALYSIS', 'CLOSED')),
  reported_by    text NOT NULL,
  reported_at    timestamptz NOT NULL,
  closed_by      text,
  closed_at      timestamptz,
  version        integer NOT NULL DEFAULT 0,
  CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL AND closed_by IS NOT NULL)),
  CHECK (status <> 'CLOSED' OR length(btrim(outcome)) > 0)
);
COMMENT ON TABLE incident IS 'Incident reports: type, time, place, description, injuries, outcome and state. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN incident.id IS 'Identifier of the report. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN incident.case_number IS 'Case number KG-INC-YYYY-NNNNNN, from incident_number_seq. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN incident.facility_id IS 'Facility where it happened. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN incident.place IS 'Unit, cell or area where it happened, where known. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN incident.type IS 'Kind of incident. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN incident.occurred_at IS 'When it happened (UTC). [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN incident.serious IS 'A serious incident brings forward the review of each involved prisoner''s assessment. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN incident.description IS 'What happened, as the reporter wrote it. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN incident.injuries IS 'Injuries to anyone involved. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN incident.outcome IS 'What came of it (required to close). [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN incident.status IS 'DRAFT, AWAITING_ANALYSIS or CLOSED. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN incident.reported_by IS 'User name of the reporter. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN incident.reported_at IS 'When the report was first recorded (UTC). [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN incident.closed_by IS 'User name of the governor who closed it. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN incident.closed_at IS 'When it was closed (UTC). [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN incident.version IS 'Optimistic lock: a change on an older version is refused. [Sensitivity: OFFICIAL]';
CREATE INDEX incident_facility_idx ON incident (facility_id, occurred_at DESC);

CREATE TABLE incident_prisoner (
  incident_id uuid NOT NULL REFERENCES incident (id),
  prisoner_id uuid NOT NULL REFERENCES prisoner (id),
  role        text NOT NULL CHECK (role IN ('PERPETRATOR', 'VICTIM', 'WITNESS', 'INVOLVED')),
  PRIMARY KEY (incident_id, prisoner_id)
);
COMMENT ON TABLE incident_prisoner IS 'Prisoners involved in an incident, each with a role. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN incident_prisoner.incident_id IS 'The incident. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN incident_prisoner.prisoner_id IS 'The prisoner involved. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN incident_prisoner.role IS 'The part the prisoner played, as reported. [Sensitivity: OFFICIAL-SENSITIVE]';
CREATE INDEX incident_prisoner_prisoner_idx ON incident_prisoner (prisoner_id);

CREATE TABLE incident_staff (
  incident_id uuid NOT NULL REFERENCES incident (id),
  position    integer NOT NULL,
  name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  role        text NOT NULL CHECK (role IN ('RESPONDED', 'WITNESS', 'VICTIM', 'USED_FORCE', 'INVOLVED')),
  PRIMARY KEY (incident_id, position)
);
COMMENT ON TABLE incident_staff IS 'Staff involved in an incident, each with a role. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN incident_staff.incident_id IS 'The incident. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN incident_staff.position IS 'Order in the report. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN incident_staff.name IS 'Name of the member of staff. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN incident_staff.role IS 'The part they played. [Sensitivity: OFFICIAL-SENSITIVE]';

CREATE TABLE incident_addition (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  incident_id uuid NOT NULL REFERENCES incident (id),
  text        text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 8000),
  added_by    text NOT NULL,
  added_at    timestamptz NOT NULL
);
COMMENT ON TABLE incident_addition IS 'What was learnt about an incident after it was reported; append-only. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN incident_addition.id IS 'Identifier of the addition. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN incident_addition.incident_id IS 'The incident. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN incident_addition.text IS 'The addition as written. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN incident_addition.added_by IS 'User name of the writer. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN incident_addition.added_at IS 'When it was added (UTC). [Sensitivity: OFFICIAL]';
CREATE INDEX incident_addition_incident_idx ON incident_addition (incident_id, added_at);

CREATE FUNCTION incident_addition_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'incident additions are append-only';
END $$;
CREATE TRIGGER incident_addition_append_only BEFORE UPDATE OR DELETE ON incident_addition
  FOR EACH ROW EXECUTE FUNCTION incident_addition_append_only();

-- A closed report is final: later knowledge goes into an addition.
CREATE FUNCTION incident_closed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'CLOSED' OR TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'a closed incident report is never changed, and no report is deleted';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER incident_closed_is_final BEFORE UPDATE OR DELETE ON incident
  FOR EACH ROW EXECUTE FUNCTION incident_closed_is_final();

-- Officers and governors report in their facility; governors close after analysis; headquarters and the
-- inspector read the whole service, and the inspector changes nothing.
INSERT INTO permission (code) VALUES ('incident.read'), ('incident.report'), ('incident.close');
INSERT INTO role_permission (role, permission) VALUES
  ('GOVERNOR', 'incident.read'), ('OFFICER', 'incident.read'), ('HEADQUARTERS', 'incident.read'),
  ('INSPECTOR', 'incident.read'), ('ANALYST', 'incident.read'),
  ('GOVERNOR', 'incident.report'), ('OFFICER', 'incident.report'),
  ('GOVERNOR', 'incident.close');
