-- Risk and needs assessment: structured professional judgement on versioned instruments, countersigned by a
-- second accredited assessor, with the review schedule that keeps every prisoner's assessment on time.

-- Every instrument version ever loaded, with its file as it was: an assessment always shows the questions it answered.
CREATE TABLE instrument (
  id         text NOT NULL CHECK (id ~ '^[a-z][a-z0-9-]{1,63}$'),
  version    integer NOT NULL CHECK (version > 0),
  purpose    text NOT NULL CHECK (purpose IN ('INTAKE_SCREENING', 'EXTREMISM_RISK_NEEDS', 'RADICALISATION_VULNERABILITY')),
  source     text NOT NULL,
  sha256     text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  loaded_at  timestamptz NOT NULL,
  PRIMARY KEY (id, version)
);
COMMENT ON TABLE instrument IS 'Assessment instrument versions as loaded; a version never changes. [Sensitivity: OFFICIAL]';

-- What is due: an intake screening after admission, a full assessment after an extremism offence or a screening,
-- a review on schedule or after an event. At most one open due per prisoner and purpose; later triggers add reasons.
CREATE TABLE assessment_due (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prisoner_id   uuid NOT NULL REFERENCES prisoner (id),
  purpose       text NOT NULL CHECK (purpose IN ('INTAKE_SCREENING', 'EXTREMISM_RISK_NEEDS', 'RADICALISATION_VULNERABILITY')),
  due_on        date NOT NULL,
  reasons       text[] NOT NULL CHECK (cardinality(reasons) > 0),
  raised_at     timestamptz NOT NULL,
  assessment_id uuid,
  closed_at     timestamptz,
  closed_reason text CHECK (closed_reason IN ('COUNTERSIGNED', 'RELEASED')),
  CHECK ((closed_at IS NULL) = (closed_reason IS NULL))
);
COMMENT ON TABLE assessment_due IS 'Assessments and reviews due, and what closed them. [Sensitivity: OFFICIAL-SENSITIVE]';
CREATE UNIQUE INDEX assessment_due_open_idx ON assessment_due (prisoner_id, purpose) WHERE closed_at IS NULL;
CREATE INDEX assessment_due_on_idx ON assessment_due (due_on) WHERE closed_at IS NULL;

CREATE TABLE assessment (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prisoner_id        uuid NOT NULL REFERENCES prisoner (id),
  facility_id        uuid NOT NULL REFERENCES facility (id),
  instrument_id      text NOT NULL,
  instrument_version integer NOT NULL,
  purpose            text NOT NULL,
  status             text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'COUNTERSIGNED', 'SUPERSEDED')),
  author             text NOT NULL,
  started_at         timestamptz NOT NULL,
  submitted_at       timestamptz,
  countersigned_by   text,
  countersigned_at   timestamptz,
  sources            text[] NOT NULL DEFAULT '{}',
  sources_note       text CHECK (length(sources_note) <= 2000),
  next_review_on     date,
  version            integer NOT NULL DEFAULT 0,
  FOREIGN KEY (instrument_id, instrument_version) REFERENCES instrument (id, version),
  -- Countersigning needs a second assessor, never the author: enforced by the aggregate and here.
  CHECK (countersigned_by IS NULL OR countersigned_by <> author),
  CHECK ((status IN ('COUNTERSIGNED', 'SUPERSEDED')) = (countersigned_at IS NOT NULL))
);
COMMENT ON TABLE assessment IS 'Structured professional judgement assessments. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN assessment.version IS 'Optimistic lock: a save on an older version is refused, never overwrites.';
CREATE INDEX assessment_prisoner_idx ON assessment (prisoner_id, started_at);
ALTER TABLE assessment_due ADD FOREIGN KEY (assessment_id) REFERENCES assessment (id);

CREATE TABLE assessment_rating (
  assessment_id uuid NOT NULL REFERENCES assessment (id),
  item_code     text NOT NULL,
  rating        text,
  rationale     text CHECK (length(rationale) <= 4000),
  PRIMARY KEY (assessment_id, item_code)
);
COMMENT ON TABLE assessment_rating IS 'Item ratings with their rationale. [Sensitivity: SPECIAL-CATEGORY]';

CREATE TABLE assessment_judgement (
  assessment_id  uuid NOT NULL REFERENCES assessment (id),
  judgement_code text NOT NULL,
  level          text CHECK (level IN ('LOW', 'MODERATE', 'HIGH')),
  rationale      text CHECK (length(rationale) <= 4000),
  PRIMARY KEY (assessment_id, judgement_code)
);
COMMENT ON TABLE assessment_judgement IS 'Overall judgements, each with its rationale. [Sensitivity: SPECIAL-CATEGORY]';

CREATE TABLE assessment_plan_entry (
  assessment_id uuid NOT NULL REFERENCES assessment (id),
  position      smallint NOT NULL CHECK (position >= 0),
  kind          text NOT NULL CHECK (kind IN ('SECURITY_MEASURE', 'INTERVENTION')),
  description   text NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 2000),
  needs         text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (assessment_id, position)
);
COMMENT ON TABLE assessment_plan_entry IS 'The plan: security measures and interventions, each linked to the needs it answers. [Sensitivity: SPECIAL-CATEGORY]';

-- The workflow as it happened, append-only: who moved the assessment from which state to which, with comments.
CREATE TABLE assessment_transition (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assessment_id uuid NOT NULL REFERENCES assessment (id),
  from_status   text,
  to_status     text NOT NULL,
  actor         text NOT NULL,
  at            timestamptz NOT NULL,
  comment       text CHECK (length(comment) <= 4000)
);
COMMENT ON TABLE assessment_transition IS 'Each step of an assessment''s workflow. [Sensitivity: OFFICIAL-SENSITIVE]';
CREATE INDEX assessment_transition_idx ON assessment_transition (assessment_id, at);

-- The prisoner is told the outcome (when, how, in which language); any appeal and its decision.
CREATE TABLE assessment_notice (
  assessment_id uuid PRIMARY KEY REFERENCES assessment (id),
  told_on       date NOT NULL,
  method        text NOT NULL CHECK (method IN ('IN_PERSON', 'IN_WRITING', 'IN_PERSON_AND_WRITING')),
  language      text NOT NULL CHECK (length(btrim(language)) BETWEEN 1 AND 50),
  interpreter   boolean NOT NULL,
  note          text CHECK (length(note) <= 2000),
  recorded_by   text NOT NULL,
  recorded_at   timestamptz NOT NULL
);
COMMENT ON TABLE assessment_notice IS 'How and when the prisoner was told the outcome. [Sensitivity: OFFICIAL-SENSITIVE]';

CREATE TABLE assessment_appeal (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assessment_id   uuid NOT NULL REFERENCES assessment (id),
  lodged_on       date NOT NULL,
  grounds         text NOT NULL CHECK (length(btrim(grounds)) BETWEEN 1 AND 4000),
  recorded_by     text NOT NULL,
  recorded_at     timestamptz NOT NULL,
  decision        text CHECK (decision IN ('UPHELD', 'REVIEW_ORDERED')),
  decision_reason text CHECK (length(decision_reason) <= 4000),
  decided_on      date,
  decided_by      text,
  version         integer NOT NULL DEFAULT 0,
  CHECK ((decision IS NULL) = (decided_by IS NULL) AND (decision IS NULL) = (decided_on IS NULL)),
  CHECK (decision IS NULL OR length(btrim(decision_reason)) > 0)
);
COMMENT ON TABLE assessment_appeal IS 'Appeals against an assessment and their decisions. [Sensitivity: OFFICIAL-SENSITIVE]';
CREATE UNIQUE INDEX assessment_appeal_open_idx ON assessment_appeal (assessment_id) WHERE decision IS NULL;

-- Reminders sent, one row per due and kind: the primary key makes a second sending impossible, on any node.
CREATE TABLE assessment_reminder (
  due_id     uuid NOT NULL REFERENCES assessment_due (id),
  kind       text NOT NULL CHECK (kind IN ('DUE_SOON', 'OVERDUE')),
  sent_at    timestamptz NOT NULL,
  recipients integer NOT NULL,
  PRIMARY KEY (due_id, kind)
);
COMMENT ON TABLE assessment_reminder IS 'Review reminders sent. [Sensitivity: OFFICIAL]';

INSERT INTO permission (code) VALUES ('assessment.write'), ('assessment.appeal');
INSERT INTO role_permission (role, permission) VALUES
  ('HEADQUARTERS', 'assessment.read'),
  ('ASSESSOR', 'assessment.write'),
  ('GOVERNOR', 'assessment.appeal'), ('HEADQUARTERS', 'assessment.appeal');
