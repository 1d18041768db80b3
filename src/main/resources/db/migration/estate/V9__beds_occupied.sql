-- Beds in use, kept current by every placement and departure in the same transaction as the movement.
-- The CHECK makes the last free bed a race only one placement can win.
ALTER TABLE cell ADD COLUMN occupied integer NOT NULL DEFAULT 0;
ALTER TABLE cell ADD CONSTRAINT cell_occupied_within_beds CHECK (occupied BETWEEN 0 AND beds);
COMMENT ON COLUMN cell.occupied IS 'Beds in use now; changed only through the estate''s Beds service.';
