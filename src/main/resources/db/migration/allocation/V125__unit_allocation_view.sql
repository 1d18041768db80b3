-- The unit view lists who is held where in a unit, designated prisoners, keep-apart pairs and group members: staff
-- who place people in the facility and headquarters see it; analysts, inspectors and assessors place nobody.
INSERT INTO permission (code) VALUES ('allocation.unit.read');
INSERT INTO role_permission (role, permission) VALUES
  ('GOVERNOR', 'allocation.unit.read'), ('OFFICER', 'allocation.unit.read'), ('HEADQUARTERS', 'allocation.unit.read');
