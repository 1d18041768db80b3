-- Placement proposals from the solver: provisional until a governor confirms (all moves at once) or rejects them.
CREATE TABLE placement_proposal (
  id                 uuid PRIMARY KEY,
  facility_id        uuid REFERENCES facility (id),
  status             text NOT NULL CHECK (status IN ('SOLVING', 'PROPOSED', 'INFEASIBLE', 'FAILED', 'CONFIRMED', 'REJECTED')),
  requested_by       text NOT NULL,
  requested_at       timestamptz NOT NULL,
  time_limit_seconds integer NOT NULL,
  finished_at        timestamptz,
  score_before       text,
  score              text,
  people             integer,
  crowded_before     integer,
  crowded_after      integer,
  km_before          bigint,
  km_after           bigint,
  fingerprint        text,
  decided_by         text,
  decided_at         timestamptz,
  version            integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE placement_proposal IS 'A re-balancing of placements worked out by the solver, provisional until confirmed. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN placement_proposal.id IS 'The proposal. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal.facility_id IS 'The facility re-balanced, or null for the whole service. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal.status IS 'SOLVING, PROPOSED, INFEASIBLE (no placement keeps every rule), FAILED, CONFIRMED or REJECTED. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal.requested_by IS 'Who asked for it. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal.requested_at IS 'When it was asked for. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal.time_limit_seconds IS 'How long the solver was given. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal.finished_at IS 'When the solver finished. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal.score_before IS 'The solver''s score of the current placement (hard/medium/soft). [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal.score IS 'The solver''s score of the proposal. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal.people IS 'How many prisoners the proposal considered. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal.crowded_before IS 'People in cells below the floor-area minimum now. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal.crowded_after IS 'People in cells below the floor-area minimum after the proposal. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal.km_before IS 'Total kilometres from the families'' home regions now. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal.km_after IS 'Total kilometres from the families'' home regions after the proposal. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal.fingerprint IS 'Digest of who was in the cells the moves involve when the proposal was made; a confirm after any change is refused. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal.decided_by IS 'Who confirmed or rejected it. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal.decided_at IS 'When it was confirmed or rejected. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal.version IS 'Optimistic lock. [Sensitivity: OFFICIAL]';
CREATE INDEX placement_proposal_requested_idx ON placement_proposal (requested_at DESC);

CREATE TABLE placement_proposal_move (
  proposal_id  uuid NOT NULL REFERENCES placement_proposal (id),
  prisoner_id  uuid NOT NULL REFERENCES prisoner (id),
  from_cell_id uuid NOT NULL REFERENCES cell (id),
  to_cell_id   uuid NOT NULL REFERENCES cell (id),
  ends         text[] NOT NULL,
  km_before    bigint,
  km_after     bigint,
  PRIMARY KEY (proposal_id, prisoner_id)
);
COMMENT ON TABLE placement_proposal_move IS 'One cell move of a proposal and why. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN placement_proposal_move.proposal_id IS 'The proposal. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal_move.prisoner_id IS 'Who moves. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN placement_proposal_move.from_cell_id IS 'The cell they are in. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN placement_proposal_move.to_cell_id IS 'The cell proposed. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN placement_proposal_move.ends IS 'Message keys of the hard rules the person breaks now and would no longer break. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN placement_proposal_move.km_before IS 'Kilometres from the family''s home region now. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN placement_proposal_move.km_after IS 'Kilometres from the family''s home region after the move. [Sensitivity: OFFICIAL-SENSITIVE]';

CREATE TABLE placement_proposal_conflict (
  proposal_id uuid NOT NULL REFERENCES placement_proposal (id),
  prisoner_id uuid NOT NULL REFERENCES prisoner (id),
  rules       text[] NOT NULL,
  others      uuid[] NOT NULL,
  PRIMARY KEY (proposal_id, prisoner_id)
);
COMMENT ON TABLE placement_proposal_conflict IS 'Where no placement keeps every rule: who cannot be housed lawfully and which rules conflict. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN placement_proposal_conflict.proposal_id IS 'The proposal. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN placement_proposal_conflict.prisoner_id IS 'The prisoner in conflict. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN placement_proposal_conflict.rules IS 'Message keys of the rules in conflict (proposals.conflict.unhoused when no cell is left). [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN placement_proposal_conflict.others IS 'The other prisoners the rules involve. [Sensitivity: OFFICIAL-SENSITIVE]';

-- Governors and headquarters ask the solver for a re-balancing; only a governor confirms it (movements follow).
INSERT INTO permission (code) VALUES ('allocation.propose'), ('allocation.confirm');
INSERT INTO role_permission (role, permission) VALUES
  ('GOVERNOR', 'allocation.propose'), ('HEADQUARTERS', 'allocation.propose'), ('GOVERNOR', 'allocation.confirm');
