-- A proposal for the whole service is confirmed facility by facility (a proposal moves no one between facilities):
-- when it is solved, each facility with moves or conflicts gets its own proposal, a part, for its governor to decide.
ALTER TABLE placement_proposal ADD COLUMN parent_id uuid REFERENCES placement_proposal (id);
COMMENT ON COLUMN placement_proposal.parent_id IS 'The proposal for the whole service this facility''s part comes from; null for a proposal asked for itself. [Sensitivity: OFFICIAL]';
CREATE INDEX placement_proposal_parent_idx ON placement_proposal (parent_id);
