-- Allocation policies are set and removed by people, with a reason, and every change is kept (issue 6).

ALTER TABLE allocation_policy ADD COLUMN reason text CHECK (reason IS NULL OR length(btrim(reason)) BETWEEN 1 AND 2000);
COMMENT ON COLUMN allocation_policy.reason IS 'Why the policy was set; null only for rows set before reasons were asked for. [Sensitivity: OFFICIAL]';

-- Every change to a policy row: what it was before (null when there was no own row), what it is after (null when
-- the row was removed and the scope inherits again), who, when and why.
CREATE TABLE allocation_policy_change (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  facility_id        uuid REFERENCES facility (id),
  unit_id            uuid REFERENCES unit (id),
  before_model       text CHECK (before_model IN ('CONCENTRATION', 'DISPERSAL', 'HYBRID')),
  before_max_designated integer,
  before_max_group   integer,
  after_model        text CHECK (after_model IN ('CONCENTRATION', 'DISPERSAL', 'HYBRID')),
  after_max_designated integer,
  after_max_group    integer,
  changed_by         text NOT NULL,
  changed_at         timestamptz NOT NULL,
  reason             text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
  CHECK (unit_id IS NULL OR facility_id IS NOT NULL),
  CHECK (before_model IS NOT NULL OR after_model IS NOT NULL)
);
COMMENT ON TABLE allocation_policy_change IS 'The history of allocation policies: every setting and removal with before, after, who, when and why. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy_change.facility_id IS 'The facility; null with unit_id null for the service default. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy_change.unit_id IS 'The unit, or null for the whole facility. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy_change.before_model IS 'The model of the own row before the change; null when the scope inherited. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy_change.before_max_designated IS 'k before the change. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy_change.before_max_group IS 'The group limit before the change. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy_change.after_model IS 'The model after the change; null when the own row was removed. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy_change.after_max_designated IS 'k after the change. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy_change.after_max_group IS 'The group limit after the change. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy_change.changed_by IS 'Who made the change. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy_change.changed_at IS 'When the change was made. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy_change.reason IS 'Why, as the person wrote it. [Sensitivity: OFFICIAL]';
CREATE INDEX allocation_policy_change_facility_idx ON allocation_policy_change (facility_id, changed_at DESC);

-- Policies are read by those who run or oversee placement; headquarters set them for the whole service, a governor
-- for their own facility and its units (the use case checks the facility).
INSERT INTO permission (code) VALUES ('allocation.policy.read'), ('allocation.policy.set');
INSERT INTO role_permission (role, permission) VALUES
  ('GOVERNOR', 'allocation.policy.read'), ('HEADQUARTERS', 'allocation.policy.read'),
  ('ADMINISTRATOR', 'allocation.policy.read'), ('INSPECTOR', 'allocation.policy.read'),
  ('ANALYST', 'allocation.policy.read'),
  ('GOVERNOR', 'allocation.policy.set'), ('HEADQUARTERS', 'allocation.policy.set');
