-- Criminal cases with more than one defendant held by the service: the strongest known tie between prisoners, and
-- one source of the association network. Filled from court papers (and by the demo); read by the network.
CREATE TABLE co_defendant_case (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_number  text NOT NULL CHECK (length(btrim(case_number)) BETWEEN 1 AND 100),
  court        text NOT NULL CHECK (length(btrim(court)) BETWEEN 1 AND 300),
  opened_on    date NOT NULL,
  recorded_by  text NOT NULL,
  recorded_at  timestamptz NOT NULL,
  UNIQUE (court, case_number)
);
COMMENT ON TABLE co_defendant_case IS 'Criminal cases with several defendants in the service''s custody. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN co_defendant_case.case_number IS 'The court''s case number. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN co_defendant_case.court IS 'The court that tried or tries the case. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN co_defendant_case.opened_on IS 'Day the case was opened (the link holds from then). [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN co_defendant_case.recorded_by IS 'User name of whoever recorded the case. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN co_defendant_case.recorded_at IS 'When the case was recorded. [Sensitivity: OFFICIAL]';

CREATE TABLE co_defendant (
  case_id     uuid NOT NULL REFERENCES co_defendant_case (id),
  prisoner_id uuid NOT NULL REFERENCES prisoner (id),
  PRIMARY KEY (case_id, prisoner_id)
);
COMMENT ON TABLE co_defendant IS 'The prisoners charged or convicted in a case. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN co_defendant.prisoner_id IS 'A defendant in the case. [Sensitivity: SPECIAL-CATEGORY]';
CREATE INDEX co_defendant_prisoner_idx ON co_defendant (prisoner_id);
