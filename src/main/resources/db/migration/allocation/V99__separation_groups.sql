-- Separation groups are recorded by people: by hand, or by adopting a community the association network found. The
-- basis says why, so that a group is never a label without a reason; reading and recording are permissions.
ALTER TABLE prisoner_group ADD COLUMN basis text NOT NULL DEFAULT '' CHECK (length(basis) <= 2000);
COMMENT ON COLUMN prisoner_group.basis IS 'Why these people are a group: the evidence or the network community adopted. [Sensitivity: OFFICIAL-SENSITIVE]';

INSERT INTO permission (code) VALUES ('separationgroup.read'), ('separationgroup.record'), ('separationgroup.national');
INSERT INTO role_permission (role, permission) VALUES
  ('GOVERNOR', 'separationgroup.read'), ('ANALYST', 'separationgroup.read'), ('HEADQUARTERS', 'separationgroup.read'),
  ('GOVERNOR', 'separationgroup.record'), ('ANALYST', 'separationgroup.record'), ('HEADQUARTERS', 'separationgroup.record'),
  -- Security analysts work on the national network: they see and record groups wherever the members are held.
  ('ANALYST', 'separationgroup.national'), ('HEADQUARTERS', 'separationgroup.national');
