-- Movements (Mandela Rule 7(c)): every cell move, transfer, temporary absence and release, kept as history.
-- The prisoner row holds where the person is now; this table holds how they got there.
CREATE TABLE movement (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prisoner_id      uuid NOT NULL REFERENCES prisoner (id),
  kind             text NOT NULL CHECK (kind IN ('CELL_MOVE', 'TRANSFER', 'TEMPORARY_ABSENCE', 'RELEASE')),
  occurred_at      timestamptz NOT NULL,
  from_facility_id uuid REFERENCES facility (id),
  from_cell_id     uuid REFERENCES cell (id),
  to_facility_id   uuid REFERENCES facility (id),
  to_cell_id       uuid REFERENCES cell (id),
  absence_reason   text CHECK (absence_reason IN ('COURT', 'HOSPITAL')),
  returned_at      timestamptz,
  release_type     text CHECK (release_type IN ('END_OF_SENTENCE', 'EARLY_RELEASE', 'COURT_ORDER', 'TRANSFER_ABROAD')),
  note             text CHECK (length(note) <= 2000),
  recorded_by      text NOT NULL,
  approved_by      text,
  CHECK ((kind = 'TEMPORARY_ABSENCE') = (absence_reason IS NOT NULL)),
  CHECK (kind = 'TEMPORARY_ABSENCE' OR returned_at IS NULL),
  CHECK (returned_at IS NULL OR returned_at >= occurred_at),
  CHECK ((kind = 'RELEASE') = (release_type IS NOT NULL)),
  -- Transfers and releases are sensitive: applied only on a second person's approval.
  CHECK (kind NOT IN ('TRANSFER', 'RELEASE') OR approved_by IS NOT NULL AND approved_by <> recorded_by)
);
COMMENT ON TABLE movement IS 'History of cell moves, transfers, temporary absences and releases. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN movement.occurred_at IS 'When the person moved or left. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN movement.returned_at IS 'When a person temporarily absent came back; null while away. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN movement.note IS 'Free text from the recording officer, e.g. the court hearing. [Sensitivity: PERSONAL]';
COMMENT ON COLUMN movement.recorded_by IS 'User name of the officer who recorded or requested the movement. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN movement.approved_by IS 'User name of the second person who approved a transfer or release. [Sensitivity: OFFICIAL]';
CREATE INDEX movement_prisoner_idx ON movement (prisoner_id, occurred_at DESC);
-- At most one absence open at a time: a person cannot be at court and in hospital at once.
CREATE UNIQUE INDEX movement_one_open_absence ON movement (prisoner_id)
  WHERE kind = 'TEMPORARY_ABSENCE' AND returned_at IS NULL;

INSERT INTO permission (code) VALUES ('movement.record'), ('movement.approve');
INSERT INTO role_permission (role, permission) VALUES
  ('OFFICER', 'movement.record'), ('GOVERNOR', 'movement.record'), ('GOVERNOR', 'movement.approve');
