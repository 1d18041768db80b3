-- Allocation rules as data: the policy for holding designated violent extremist prisoners per facility and unit,
-- groups (networks) recorded by hand with their members, and the family's home region (Mandela Rule 59).

-- The policy in force: a unit's own row, else its facility's, else the service default (both ids null).
CREATE TABLE allocation_policy (
  id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  facility_id               uuid REFERENCES facility (id),
  unit_id                   uuid REFERENCES unit (id),
  model                     text NOT NULL CHECK (model IN ('CONCENTRATION', 'DISPERSAL', 'HYBRID')),
  max_designated_per_unit   integer NOT NULL CHECK (max_designated_per_unit BETWEEN 0 AND 1000),
  max_group_members_per_unit integer NOT NULL CHECK (max_group_members_per_unit BETWEEN 1 AND 1000),
  set_by                    text NOT NULL,
  set_at                    timestamptz NOT NULL,
  version                   integer NOT NULL DEFAULT 0,
  CHECK (unit_id IS NULL OR facility_id IS NOT NULL)
);
COMMENT ON TABLE allocation_policy IS 'How designated violent extremist prisoners are held: concentration, dispersal or hybrid, per unit, facility or the whole service. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy.facility_id IS 'The facility; null with unit_id null for the service default. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy.unit_id IS 'The unit, or null for the whole facility. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy.model IS 'CONCENTRATION: designated only in units tagged VIOLENT_EXTREMIST; DISPERSAL: at most k per unit, never two of one network; HYBRID: concentration in tagged units, dispersal elsewhere. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy.max_designated_per_unit IS 'k: designated prisoners a unit may hold where dispersal applies. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy.max_group_members_per_unit IS 'Members of one group a unit may hold, whatever the model. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy.set_by IS 'Who set the policy. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy.set_at IS 'When the policy was set. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN allocation_policy.version IS 'Optimistic lock: a change made on an older version is refused. [Sensitivity: OFFICIAL]';
CREATE UNIQUE INDEX allocation_policy_scope_idx ON allocation_policy
  (coalesce(facility_id, '00000000-0000-0000-0000-000000000000'), coalesce(unit_id, '00000000-0000-0000-0000-000000000000'));

INSERT INTO allocation_policy (facility_id, unit_id, model, max_designated_per_unit, max_group_members_per_unit, set_by, set_at)
VALUES (NULL, NULL, 'HYBRID', 2, 2, 'system', '2026-01-01T00:00:00Z');

-- Groups and networks, recorded by hand until the association network feeds them.
CREATE TABLE prisoner_group (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name         text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  kind         text NOT NULL CHECK (kind IN ('NETWORK', 'GANG', 'OTHER')),
  recorded_by  text NOT NULL,
  recorded_at  timestamptz NOT NULL
);
COMMENT ON TABLE prisoner_group IS 'Networks and groups whose members must not gather in one unit. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN prisoner_group.name IS 'The name staff use for the group. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN prisoner_group.kind IS 'NETWORK (violent extremist), GANG or OTHER. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN prisoner_group.recorded_by IS 'Who recorded the group. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN prisoner_group.recorded_at IS 'When the group was recorded. [Sensitivity: OFFICIAL]';

CREATE TABLE prisoner_group_member (
  group_id     uuid NOT NULL REFERENCES prisoner_group (id),
  prisoner_id  uuid NOT NULL REFERENCES prisoner (id),
  recorded_by  text NOT NULL,
  recorded_at  timestamptz NOT NULL,
  PRIMARY KEY (group_id, prisoner_id)
);
COMMENT ON TABLE prisoner_group_member IS 'Who is recorded as a member of which group, and by whom. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN prisoner_group_member.group_id IS 'The group. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN prisoner_group_member.prisoner_id IS 'The member. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN prisoner_group_member.recorded_by IS 'Who recorded the membership. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN prisoner_group_member.recorded_at IS 'When the membership was recorded. [Sensitivity: OFFICIAL]';
CREATE INDEX prisoner_group_member_prisoner_idx ON prisoner_group_member (prisoner_id);

-- Where the prisoner's family lives, by region: distance from it is shown for every placement (Mandela Rule 59).
CREATE TABLE family_home_region (
  prisoner_id  uuid PRIMARY KEY REFERENCES prisoner (id),
  region_code  text NOT NULL REFERENCES region (code),
  recorded_by  text NOT NULL,
  recorded_at  timestamptz NOT NULL
);
COMMENT ON TABLE family_home_region IS 'The region the prisoner''s family lives in. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN family_home_region.prisoner_id IS 'The prisoner. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN family_home_region.region_code IS 'The family''s home region. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN family_home_region.recorded_by IS 'Who recorded it. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN family_home_region.recorded_at IS 'When it was recorded. [Sensitivity: OFFICIAL]';

-- Checking a placement reads the facts of the people around the cell: staff who place people hold it; analysts,
-- inspectors and assessors do not place anyone.
INSERT INTO permission (code) VALUES ('allocation.check');
INSERT INTO role_permission (role, permission) VALUES
  ('GOVERNOR', 'allocation.check'), ('OFFICER', 'allocation.check'), ('HEADQUARTERS', 'allocation.check');
