-- Admission (Mandela Rule 7): the record made when a person is received into a facility on a commitment
-- order. The person, their commitment order and particulars live in the prisoner file; this is the reception.

CREATE TABLE admission (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prisoner_id            uuid NOT NULL UNIQUE REFERENCES prisoner (id),
  facility_id            uuid NOT NULL REFERENCES facility (id),
  admitted_at            timestamptz NOT NULL,
  recorded_by            text NOT NULL,
  reason                 text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
  arrested_at            date,
  arrest_place           text CHECK (length(arrest_place) <= 300),
  visible_injuries       text CHECK (length(visible_injuries) <= 4000),
  ill_treatment_claim    text CHECK (length(ill_treatment_claim) <= 4000),
  information_given      boolean NOT NULL,
  information_language   text CHECK (information_language IN ('ky', 'ru', 'en', 'uz', 'tg', 'other')),
  interpreter_used       boolean NOT NULL DEFAULT false,
  version                integer NOT NULL DEFAULT 0,
  CHECK (NOT information_given OR information_language IS NOT NULL)
);
COMMENT ON TABLE admission IS 'Reception into custody: reason, arrest, injuries and complaints, admission information given. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN admission.visible_injuries IS 'Injuries seen at reception (Mandela Rule 7(d)). [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN admission.ill_treatment_claim IS 'The person''s complaint of prior ill-treatment, in their words (Rule 7(d), 57). [Sensitivity: SPECIAL-CATEGORY]';
CREATE INDEX admission_facility_idx ON admission (facility_id, admitted_at DESC);

CREATE TABLE admission_property (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  admission_id uuid NOT NULL REFERENCES admission (id),
  description  text NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 300),
  quantity     integer NOT NULL CHECK (quantity BETWEEN 1 AND 10000),
  position     integer NOT NULL
);
COMMENT ON TABLE admission_property IS 'Property taken into storage at reception (Mandela Rule 7(e)). [Sensitivity: PERSONAL]';
CREATE INDEX admission_property_admission_idx ON admission_property (admission_id);

-- A complaint of ill-treatment goes to an authority independent of the facility (Rule 57(3)): facility staff
-- may read the referral but cannot close it; closing records who closed it and the outcome.
CREATE TABLE ill_treatment_referral (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  admission_id uuid NOT NULL UNIQUE REFERENCES admission (id),
  prisoner_id  uuid NOT NULL REFERENCES prisoner (id),
  prisoner_number text NOT NULL,
  facility_id  uuid NOT NULL REFERENCES facility (id),
  raised_at    timestamptz NOT NULL,
  closed_at    timestamptz,
  closed_by    text,
  outcome      text CHECK (length(btrim(outcome)) BETWEEN 1 AND 4000),
  version      integer NOT NULL DEFAULT 0,
  CHECK ((closed_at IS NULL) = (outcome IS NULL) AND (closed_at IS NULL) = (closed_by IS NULL))
);
COMMENT ON TABLE ill_treatment_referral IS 'Referrals of complaints of ill-treatment to an independent authority. [Sensitivity: SPECIAL-CATEGORY]';
CREATE INDEX ill_treatment_referral_open_idx ON ill_treatment_referral (facility_id, raised_at) WHERE closed_at IS NULL;

INSERT INTO permission (code) VALUES ('prisoner.admit'), ('referral.read'), ('referral.close');
INSERT INTO role_permission (role, permission) VALUES
  ('GOVERNOR', 'prisoner.admit'), ('OFFICER', 'prisoner.admit'),
  ('GOVERNOR', 'referral.read'), ('OFFICER', 'referral.read'), ('HEADQUARTERS', 'referral.read'), ('INSPECTOR', 'referral.read'),
  ('HEADQUARTERS', 'referral.close'), ('INSPECTOR', 'referral.close');
