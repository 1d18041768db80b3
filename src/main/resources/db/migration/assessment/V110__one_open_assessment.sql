-- One assessment being written or checked per prisoner and purpose, and one in force: the aggregate checks both,
-- and these indexes make sure two assessors starting or countersigning at the same moment cannot make a second.
CREATE UNIQUE INDEX assessment_open_idx ON assessment (prisoner_id, purpose)
  WHERE status IN ('DRAFT', 'SUBMITTED', 'RETURNED');
CREATE UNIQUE INDEX assessment_in_force_idx ON assessment (prisoner_id, purpose) WHERE status = 'COUNTERSIGNED';
