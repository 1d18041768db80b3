-- Mandela Rule 7(c): a release is recorded with its date and time and on what ground the person left.
ALTER TABLE prisoner ADD COLUMN release_type text
  CHECK (release_type IN ('END_OF_SENTENCE', 'EARLY_RELEASE', 'COURT_ORDER', 'TRANSFER_ABROAD'));
ALTER TABLE prisoner ADD CONSTRAINT prisoner_release_has_type CHECK ((released_at IS NULL) = (release_type IS NULL));
-- A released person holds no bed: cell.occupied counts exactly the placed people still in custody.
ALTER TABLE prisoner ADD CONSTRAINT prisoner_released_holds_no_bed CHECK (released_at IS NULL OR cell_id IS NULL);
COMMENT ON COLUMN prisoner.release_type IS 'Ground of release: end of sentence, early release, court order, transfer abroad. [Sensitivity: PERSONAL]';
