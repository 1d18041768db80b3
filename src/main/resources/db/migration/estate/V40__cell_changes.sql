-- Changing a cell's beds or floor area, or taking it out of use, needs two people: a governor (own
-- facilities) or headquarters asks; a headquarters officer other than the requester approves.
INSERT INTO permission (code) VALUES ('estate.manage'), ('estate.approve');
INSERT INTO role_permission (role, permission) VALUES
  ('GOVERNOR', 'estate.manage'),
  ('HEADQUARTERS', 'estate.manage'),
  ('HEADQUARTERS', 'estate.approve');

COMMENT ON COLUMN cell.beds IS 'Official capacity; a cell with one bed is a single cell. Changed only by an approved request.';
COMMENT ON COLUMN cell.floor_area_m2 IS 'Floor area without the sanitary annex, m²; measured against the CPT and ICRC minimums.';
COMMENT ON COLUMN cell.in_use IS 'False when the cell is taken out of use (only when empty); its beds then count nowhere.';
COMMENT ON COLUMN cell.version IS 'Optimistic lock: raised by every approved change to beds, area or use.';

