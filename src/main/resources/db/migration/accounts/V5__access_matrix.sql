-- The access matrix: which permissions each role holds. Data, so a service can adjust it; deny unless granted.
CREATE TABLE role_permission (
  role       text NOT NULL,
  permission text NOT NULL,
  PRIMARY KEY (role, permission)
);
COMMENT ON TABLE role_permission IS 'Permissions granted to each role; a permission not listed is denied. [Sensitivity: OFFICIAL]';

INSERT INTO role_permission (role, permission) VALUES
  ('ADMINISTRATOR', 'estate.read'), ('ADMINISTRATOR', 'api.reference'), ('ADMINISTRATOR', 'user.manage'), ('ADMINISTRATOR', 'system.monitor'),
  ('GOVERNOR', 'estate.read'),
  ('OFFICER', 'estate.read'),
  ('ASSESSOR', 'estate.read'),
  ('ANALYST', 'estate.read'),
  ('FACILITATOR', 'estate.read'),
  ('HEADQUARTERS', 'estate.read'), ('HEADQUARTERS', 'api.reference'),
  ('PROBATION', 'estate.read'),
  ('INSPECTOR', 'estate.read');
