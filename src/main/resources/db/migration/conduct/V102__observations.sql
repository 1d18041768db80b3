-- Observations (dynamic security): what staff saw or heard in daily contact with a prisoner, against the catalogue
-- of observable behaviours (conduct/observable-behaviours.yaml, checked at start) and in their own words. Only the
-- catalogue's codes are ever counted; the free text is never read as an indicator.
CREATE TABLE observation (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prisoner_id       uuid NOT NULL REFERENCES prisoner (id),
  facility_id       uuid NOT NULL REFERENCES facility (id),
  observed_on       date NOT NULL,
  behaviours        text[] NOT NULL DEFAULT '{}',
  catalogue_version integer NOT NULL CHECK (catalogue_version >= 1),
  account           text NOT NULL CHECK (length(btrim(account)) BETWEEN 1 AND 4000),
  recorded_by       text NOT NULL,
  recorded_at       timestamptz NOT NULL
);
COMMENT ON TABLE observation IS 'Staff observations of prisoners'' behaviour, append-only. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN observation.id IS 'Identifier of the observation. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN observation.prisoner_id IS 'The prisoner observed. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN observation.facility_id IS 'Facility holding the prisoner when observed. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN observation.observed_on IS 'Day of the observation, in the service''s time zone. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN observation.behaviours IS 'Codes of the catalogue''s observable behaviours seen (may be empty). [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN observation.catalogue_version IS 'Version of the catalogue the codes come from. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN observation.account IS 'What was seen or heard, in the observer''s words; never counted as an indicator. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN observation.recorded_by IS 'User name of the observer. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN observation.recorded_at IS 'When it was recorded (UTC). [Sensitivity: OFFICIAL]';
CREATE INDEX observation_prisoner_idx ON observation (prisoner_id, observed_on DESC);
CREATE INDEX observation_facility_idx ON observation (facility_id, observed_on DESC);

CREATE FUNCTION observation_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'observations are append-only';
END $$;
CREATE TRIGGER observation_append_only BEFORE UPDATE OR DELETE ON observation
  FOR EACH ROW EXECUTE FUNCTION observation_append_only();

-- Officers and governors record in their facility; security analysts and headquarters read.
INSERT INTO permission (code) VALUES ('observation.read'), ('observation.record');
INSERT INTO role_permission (role, permission) VALUES
  ('GOVERNOR', 'observation.read'), ('OFFICER', 'observation.read'), ('ANALYST', 'observation.read'),
  ('HEADQUARTERS', 'observation.read'),
  ('GOVERNOR', 'observation.record'), ('OFFICER', 'observation.record');
