-- Segregation within the law (Mandela Rules 43-46, Bangkok Rule 22, CPT 21st General Report): every order has an
-- authoriser, a reason, a start, a planned end and an independent review date; days in segregation and hours of
-- meaningful human contact are logged daily, with the health-staff (and, for disciplinary orders, management) visits.
-- The limits themselves are configuration (SegregationLimits); the CHECKs here hold what no policy may change.
CREATE TABLE segregation_order (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prisoner_id          uuid NOT NULL REFERENCES prisoner (id),
  facility_id          uuid NOT NULL REFERENCES facility (id),
  type                 text NOT NULL CHECK (type IN ('ADMINISTRATIVE', 'DISCIPLINARY', 'PROTECTIVE', 'MEDICAL')),
  status               text NOT NULL CHECK (status IN ('ACTIVE', 'EXTENDED', 'ENDED')),
  reason               text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 4000),
  authorised_by        text NOT NULL,
  authorised_at        timestamptz NOT NULL,
  starts_on            date NOT NULL,
  ends_on              date NOT NULL,
  review_on            date NOT NULL,
  ended_on             date,
  end_reason           text CHECK (length(end_reason) <= 4000),
  ended_by             text,
  -- The health declaration made for the order (Bangkok Rule 22, Mandela Rule 45(2)): who declared it, and what.
  health_declared_by   text NOT NULL CHECK (length(btrim(health_declared_by)) BETWEEN 1 AND 200),
  pregnant             boolean NOT NULL,
  breastfeeding        boolean NOT NULL,
  with_infant          boolean NOT NULL,
  disability_worsened  boolean NOT NULL,
  disability_note      text NOT NULL CHECK (length(btrim(disability_note)) BETWEEN 1 AND 2000),
  contact_restriction  text CHECK (contact_restriction IN ('NO_PHYSICAL_CONTACT_VISITS', 'SUPERVISED_CALLS_ONLY', 'LETTERS_AND_CALLS_ONLY')),
  contact_restricted_until date,
  version              integer NOT NULL DEFAULT 0,
  -- No open-ended order; no order for the people the rules protect; family contact never banned, and any
  -- restriction of its means expires.
  CHECK (ends_on >= starts_on),
  CHECK (review_on >= starts_on AND review_on <= ends_on),
  CHECK (NOT pregnant AND NOT breastfeeding AND NOT with_infant AND NOT disability_worsened),
  CHECK ((contact_restriction IS NULL) = (contact_restricted_until IS NULL)),
  CHECK (contact_restricted_until IS NULL OR contact_restricted_until <= ends_on),
  CHECK ((status = 'ENDED') = (ended_on IS NOT NULL)),
  CHECK (ended_on IS NULL OR ended_on >= starts_on AND ended_by IS NOT NULL)
);
COMMENT ON TABLE segregation_order IS 'Segregation orders: who authorised what, why, and for how long. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN segregation_order.reason IS 'Why segregation is necessary, as the authoriser wrote it. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN segregation_order.authorised_by IS 'User name of the governor who authorised the order. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN segregation_order.starts_on IS 'First day of segregation (day 1), in the service''s time zone. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN segregation_order.ends_on IS 'Planned last day; moved later only by an extension or an independent decision. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN segregation_order.review_on IS 'Date of the independent review, at the latest on the last day allowed without one. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN segregation_order.health_declared_by IS 'Name of the health staff member who made the declaration. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN segregation_order.pregnant IS 'Health declaration: pregnant (always false: a true one is refused). [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN segregation_order.breastfeeding IS 'Health declaration: breastfeeding (always false). [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN segregation_order.with_infant IS 'Health declaration: with an infant (always false). [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN segregation_order.disability_worsened IS 'Disability review: would segregation worsen a disability (always false). [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN segregation_order.disability_note IS 'What the disability review found. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN segregation_order.contact_restriction IS 'A restriction of the means of family contact; never a ban. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN segregation_order.contact_restricted_until IS 'When the restriction of the means of contact expires. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN segregation_order.version IS 'Optimistic lock: a change on an older version is refused, never overwrites. [Sensitivity: OFFICIAL]';
CREATE INDEX segregation_order_prisoner_idx ON segregation_order (prisoner_id, starts_on);
CREATE INDEX segregation_order_current_idx ON segregation_order (facility_id, ends_on) WHERE status <> 'ENDED';

-- The independent reviewer's decisions: recorded by someone who is not the authoriser, kept for ever.
CREATE TABLE segregation_review (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id       uuid NOT NULL REFERENCES segregation_order (id),
  reviewer_name  text NOT NULL CHECK (length(btrim(reviewer_name)) BETWEEN 1 AND 200),
  reviewer_role  text NOT NULL CHECK (length(btrim(reviewer_role)) BETWEEN 1 AND 200),
  decision       text NOT NULL CHECK (decision IN ('CONTINUE', 'END')),
  reasons        text NOT NULL CHECK (length(btrim(reasons)) BETWEEN 1 AND 4000),
  ends_on        date,
  next_review_on date,
  recorded_by    text NOT NULL,
  recorded_at    timestamptz NOT NULL,
  CHECK ((decision = 'CONTINUE') = (ends_on IS NOT NULL AND next_review_on IS NOT NULL))
);
COMMENT ON TABLE segregation_review IS 'Independent reviews of segregation orders and their decisions. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN segregation_review.reasons IS 'The reviewer''s reasons. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN segregation_review.recorded_by IS 'User name of the person who recorded the decision; never the authoriser. [Sensitivity: OFFICIAL]';
CREATE INDEX segregation_review_order_idx ON segregation_review (order_id, recorded_at);

-- One row per order and day: hours of meaningful human contact and out of cell, and the visits made.
CREATE TABLE segregation_day (
  order_id          uuid NOT NULL REFERENCES segregation_order (id),
  day               date NOT NULL,
  contact_hours     numeric(4, 1) NOT NULL CHECK (contact_hours BETWEEN 0 AND 24),
  out_of_cell_hours numeric(4, 1) NOT NULL CHECK (out_of_cell_hours BETWEEN 0 AND 24),
  health_visit_by   text CHECK (length(btrim(health_visit_by)) BETWEEN 1 AND 200),
  management_visit_by text CHECK (length(btrim(management_visit_by)) BETWEEN 1 AND 200),
  note              text CHECK (length(note) <= 2000),
  recorded_by       text NOT NULL,
  recorded_at       timestamptz NOT NULL,
  PRIMARY KEY (order_id, day)
);
COMMENT ON TABLE segregation_day IS 'Daily log of contact, time out of cell and visits in segregation. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN segregation_day.contact_hours IS 'Hours of meaningful human contact that day (Mandela Rule 44). [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN segregation_day.health_visit_by IS 'Who from health staff visited that day (Mandela Rule 46); null: no visit. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN segregation_day.management_visit_by IS 'Who from management visited that day (CPT, disciplinary orders). [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN segregation_day.note IS 'Free text from the recording officer. [Sensitivity: PERSONAL]';

-- Missed visits, one row per order, day and kind: the primary key makes a second alert impossible, on any node.
CREATE TABLE segregation_missed_visit (
  order_id   uuid NOT NULL REFERENCES segregation_order (id),
  day        date NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('HEALTH', 'MANAGEMENT')),
  alerted_at timestamptz NOT NULL,
  recipients integer NOT NULL,
  PRIMARY KEY (order_id, day, kind)
);
COMMENT ON TABLE segregation_missed_visit IS 'Days without a required visit, and when the governors were alerted. [Sensitivity: OFFICIAL-SENSITIVE]';

-- Health visits would be logged by health staff: that role does not exist yet, so officers and governors log them.
-- Independent review decisions: headquarters (the inspector stays read-only).
INSERT INTO permission (code) VALUES ('segregation.read'), ('segregation.order'), ('segregation.log'), ('segregation.review');
INSERT INTO role_permission (role, permission) VALUES
  ('GOVERNOR', 'segregation.read'), ('OFFICER', 'segregation.read'), ('HEADQUARTERS', 'segregation.read'),
  ('INSPECTOR', 'segregation.read'),
  ('GOVERNOR', 'segregation.order'),
  ('GOVERNOR', 'segregation.log'), ('OFFICER', 'segregation.log'),
  ('HEADQUARTERS', 'segregation.review');
