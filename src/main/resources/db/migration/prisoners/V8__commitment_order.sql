-- Mandela Rule 7(b): no person is received without a valid commitment order. Later orders (a verdict, an
-- appeal decision) add rows; the first is the one the admission rests on.
CREATE TABLE commitment_order (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prisoner_id     uuid NOT NULL REFERENCES prisoner (id),
  authority       text NOT NULL CHECK (length(btrim(authority)) BETWEEN 1 AND 300),
  document_number text NOT NULL CHECK (length(btrim(document_number)) BETWEEN 1 AND 100),
  issued_on       date NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE commitment_order IS 'Orders committing a person to custody: issuing authority, document number, date. [Sensitivity: OFFICIAL-SENSITIVE]';
CREATE INDEX commitment_order_prisoner_idx ON commitment_order (prisoner_id);
