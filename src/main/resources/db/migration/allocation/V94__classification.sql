-- Classification: three separate decisions per prisoner (security category, regime, the violent-extremist-prisoner
-- designation), each with a rationale and the countersigned assessment it rests on; lowering waits for a second
-- person. Keep-apart pairs: two prisoners who must not meet, at a nested scope and in named activities.

-- The levels of each scale, as data: a service adds or renames a level here; rank orders them (higher is more
-- restrictive). default_for lists the judged assessment levels for which this is the least restrictive consistent one.
CREATE TABLE classification_level (
  dimension   text NOT NULL CHECK (dimension IN ('SECURITY', 'REGIME', 'DESIGNATION')),
  code        text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{0,31}$'),
  rank        integer NOT NULL CHECK (rank >= 0),
  label_ky    text NOT NULL CHECK (length(btrim(label_ky)) BETWEEN 1 AND 100),
  label_ru    text NOT NULL CHECK (length(btrim(label_ru)) BETWEEN 1 AND 100),
  label_en    text NOT NULL CHECK (length(btrim(label_en)) BETWEEN 1 AND 100),
  default_for text[] NOT NULL DEFAULT '{}',
  in_use      boolean NOT NULL DEFAULT true,
  PRIMARY KEY (dimension, code),
  UNIQUE (dimension, rank)
);
COMMENT ON TABLE classification_level IS 'Levels of the security, regime and designation scales, ordered by restrictiveness. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN classification_level.default_for IS 'Judged assessment levels (LOW, MODERATE, HIGH) for which this level is the default: the least restrictive consistent with the assessment. [Sensitivity: OFFICIAL]';

INSERT INTO classification_level (dimension, code, rank, label_ky, label_ru, label_en, default_for) VALUES
  ('SECURITY', 'LOW', 1, 'Төмөн', 'Низкая', 'Low', '{LOW}'),
  ('SECURITY', 'MEDIUM', 2, 'Орточо', 'Средняя', 'Medium', '{MODERATE}'),
  ('SECURITY', 'HIGH', 3, 'Жогору', 'Высокая', 'High', '{HIGH}'),
  ('REGIME', 'GENERAL', 1, 'Жалпы режим', 'Общий режим', 'General regime', '{LOW,MODERATE}'),
  ('REGIME', 'STRENGTHENED', 2, 'Күчөтүлгөн режим', 'Усиленный режим', 'Strengthened regime', '{HIGH}'),
  ('REGIME', 'STRICT', 3, 'Катаал режим', 'Строгий режим', 'Strict regime', '{}'),
  ('REGIME', 'SPECIAL', 4, 'Өзгөчө режим', 'Особый режим', 'Special regime', '{}'),
  ('DESIGNATION', 'NOT_DESIGNATED', 0, 'Белгиленген эмес', 'Не отнесён', 'Not designated', '{LOW,MODERATE,HIGH}'),
  ('DESIGNATION', 'DESIGNATED', 1, 'Зомбулуктуу экстремист катары белгиленген', 'Отнесён к насильственным экстремистам', 'Designated violent extremist prisoner', '{}');

-- Where each prisoner stands on each scale now: the decision in force, and a version a stale decision is refused by.
CREATE TABLE classification (
  prisoner_id  uuid NOT NULL REFERENCES prisoner (id),
  dimension    text NOT NULL CHECK (dimension IN ('SECURITY', 'REGIME', 'DESIGNATION')),
  level        text NOT NULL,
  decision_id  uuid NOT NULL,
  version      integer NOT NULL DEFAULT 0,
  PRIMARY KEY (prisoner_id, dimension),
  FOREIGN KEY (dimension, level) REFERENCES classification_level (dimension, code)
);
COMMENT ON TABLE classification IS 'The classification in force per prisoner and scale. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN classification.version IS 'Optimistic lock: a decision made on an older version is refused, never overwrites.';

-- Every decision, append-only: applied at once (first, raising or confirming), requested (lowering, waiting for a
-- second person) or approved (the lowering applied, naming the approver and the request).
CREATE TABLE classification_decision (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prisoner_id         uuid NOT NULL REFERENCES prisoner (id),
  facility_id         uuid NOT NULL REFERENCES facility (id),
  dimension           text NOT NULL CHECK (dimension IN ('SECURITY', 'REGIME', 'DESIGNATION')),
  from_level          text,
  to_level            text NOT NULL,
  direction           text NOT NULL CHECK (direction IN ('FIRST', 'RAISE', 'SAME', 'LOWER')),
  kind                text NOT NULL CHECK (kind IN ('APPLIED', 'REQUESTED', 'APPROVED')),
  rationale           text NOT NULL CHECK (length(btrim(rationale)) BETWEEN 1 AND 4000),
  assessment_id       uuid NOT NULL REFERENCES assessment (id),
  basis               text CHECK (length(basis) <= 4000),
  starts_on           date,
  review_on           date,
  decided_by          text NOT NULL,
  decided_at          timestamptz NOT NULL,
  approval_request_id uuid REFERENCES approval_request (id),
  approved_by         text,
  -- A lowering is applied only by a second person; a designation always has its basis, start and review dates.
  CHECK ((kind = 'APPROVED') = (approved_by IS NOT NULL)),
  CHECK (approved_by IS NULL OR approved_by <> decided_by),
  CHECK (kind = 'APPLIED' OR direction = 'LOWER'),
  CHECK (dimension <> 'DESIGNATION' OR to_level <> 'DESIGNATED'
         OR (length(btrim(basis)) > 0 AND starts_on IS NOT NULL AND review_on IS NOT NULL AND review_on > starts_on))
);
COMMENT ON TABLE classification_decision IS 'Every classification decision with its rationale and assessment, append-only. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN classification_decision.rationale IS 'The human reason for the decision; never generated. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN classification_decision.basis IS 'The basis of a violent-extremist-prisoner designation. [Sensitivity: SPECIAL-CATEGORY]';
CREATE INDEX classification_decision_prisoner_idx ON classification_decision (prisoner_id, decided_at);

CREATE FUNCTION classification_decision_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'classification decisions are append-only';
END $$;
CREATE TRIGGER classification_decision_append_only BEFORE UPDATE OR DELETE ON classification_decision
  FOR EACH ROW EXECUTE FUNCTION classification_decision_append_only();

-- The prisoner's appeals against a decision, and their outcome; one open appeal per decision.
CREATE TABLE classification_appeal (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  decision_id     uuid NOT NULL REFERENCES classification_decision (id),
  prisoner_id     uuid NOT NULL REFERENCES prisoner (id),
  lodged_on       date NOT NULL,
  grounds         text NOT NULL CHECK (length(btrim(grounds)) BETWEEN 1 AND 4000),
  recorded_by     text NOT NULL,
  recorded_at     timestamptz NOT NULL,
  outcome         text CHECK (outcome IN ('UPHELD', 'RECONSIDER')),
  outcome_reason  text CHECK (length(outcome_reason) <= 4000),
  decided_on      date,
  decided_by      text,
  version         integer NOT NULL DEFAULT 0,
  CHECK ((outcome IS NULL) = (decided_by IS NULL) AND (outcome IS NULL) = (decided_on IS NULL)),
  CHECK (outcome IS NULL OR length(btrim(outcome_reason)) > 0)
);
COMMENT ON TABLE classification_appeal IS 'Appeals against classification decisions and their outcomes. [Sensitivity: OFFICIAL-SENSITIVE]';
CREATE UNIQUE INDEX classification_appeal_open_idx ON classification_appeal (decision_id) WHERE outcome IS NULL;

-- Scales whose classification should be reviewed (a new countersigned assessment, an appeal sent back): a flag
-- for people, never a change of level. A decision on the scale clears it.
CREATE TABLE classification_review (
  prisoner_id   uuid NOT NULL REFERENCES prisoner (id),
  dimension     text NOT NULL CHECK (dimension IN ('SECURITY', 'REGIME', 'DESIGNATION')),
  reason        text NOT NULL CHECK (reason IN ('NEW_ASSESSMENT', 'APPEAL')),
  assessment_id uuid REFERENCES assessment (id),
  flagged_at    timestamptz NOT NULL,
  PRIMARY KEY (prisoner_id, dimension)
);
COMMENT ON TABLE classification_review IS 'Classification reviews due, and why. [Sensitivity: OFFICIAL-SENSITIVE]';

-- Keep-apart pairs. first_id < second_id in the index below, so a pair is the same in either order.
CREATE TABLE keep_apart (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  first_id       uuid NOT NULL REFERENCES prisoner (id),
  first_role     text NOT NULL CHECK (first_role IN ('VICTIM', 'PERPETRATOR', 'RECRUITER', 'TARGET', 'RIVAL', 'FORMER_MEMBER', 'GROUP_MEMBER', 'NOT_RELEVANT')),
  second_id      uuid NOT NULL REFERENCES prisoner (id),
  second_role    text NOT NULL CHECK (second_role IN ('VICTIM', 'PERPETRATOR', 'RECRUITER', 'TARGET', 'RIVAL', 'FORMER_MEMBER', 'GROUP_MEMBER', 'NOT_RELEVANT')),
  reason         text NOT NULL CHECK (reason IN ('RISK_OF_RECRUITING_OR_INFLUENCING', 'RIVAL_NETWORKS', 'THREAT_TO_FORMER_MEMBER', 'VIOLENCE', 'GANG', 'OTHER')),
  comment        text NOT NULL CHECK (length(btrim(comment)) BETWEEN 1 AND 2000),
  scope          text NOT NULL CHECK (scope IN ('CELL', 'UNIT', 'FACILITY')),
  activities     text[] NOT NULL DEFAULT '{}' CHECK (activities <@ ARRAY['EXERCISE', 'WORSHIP', 'EDUCATION', 'WORK']),
  review_on      date NOT NULL,
  authorised_by  text NOT NULL,
  authorised_at  timestamptz NOT NULL,
  closed_by      text,
  closed_at      timestamptz,
  closed_reason  text CHECK (length(closed_reason) <= 2000),
  version        integer NOT NULL DEFAULT 0,
  CHECK (first_id <> second_id),
  CHECK ((closed_at IS NULL) = (closed_by IS NULL) AND (closed_at IS NULL) = (closed_reason IS NULL)),
  CHECK (closed_reason IS NULL OR length(btrim(closed_reason)) > 0)
);
COMMENT ON TABLE keep_apart IS 'Pairs of prisoners to be kept apart, with roles, reason, scope and activities. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN keep_apart.comment IS 'Why the two must be kept apart, in the authoriser''s words. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN keep_apart.scope IS 'Nested: CELL (not in one cell), UNIT (not in one unit, so not one cell), FACILITY (not in one facility). [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN keep_apart.version IS 'Optimistic lock: closing an older version is refused.';
-- One open pair for two people, whichever of them was named first.
CREATE UNIQUE INDEX keep_apart_open_pair_idx ON keep_apart (least(first_id, second_id), greatest(first_id, second_id))
  WHERE closed_at IS NULL;
CREATE INDEX keep_apart_first_idx ON keep_apart (first_id);
CREATE INDEX keep_apart_second_idx ON keep_apart (second_id);

INSERT INTO permission (code) VALUES ('classification.read'), ('classification.decide'), ('classification.approve'),
  ('classification.appeal'), ('keepapart.read'), ('keepapart.record');
INSERT INTO role_permission (role, permission) VALUES
  ('GOVERNOR', 'classification.read'), ('OFFICER', 'classification.read'), ('ASSESSOR', 'classification.read'),
  ('ANALYST', 'classification.read'), ('HEADQUARTERS', 'classification.read'), ('INSPECTOR', 'classification.read'),
  ('GOVERNOR', 'classification.decide'), ('HEADQUARTERS', 'classification.decide'),
  ('GOVERNOR', 'classification.approve'), ('HEADQUARTERS', 'classification.approve'),
  ('GOVERNOR', 'classification.appeal'), ('OFFICER', 'classification.appeal'), ('HEADQUARTERS', 'classification.appeal'),
  ('GOVERNOR', 'keepapart.read'), ('OFFICER', 'keepapart.read'), ('ANALYST', 'keepapart.read'),
  ('HEADQUARTERS', 'keepapart.read'), ('INSPECTOR', 'keepapart.read'),
  ('GOVERNOR', 'keepapart.record'), ('ANALYST', 'keepapart.record'), ('HEADQUARTERS', 'keepapart.record');
