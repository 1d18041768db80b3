-- Bulk import of existing registers (spreadsheets). The upload waits here, tied to the person who sent it,
-- through column mapping, dry run and the import itself; any application node can serve each step.
INSERT INTO permission (code) VALUES ('prisoner.import');
-- Headquarters imports for the whole service, a governor only into their own facilities (checked per row).
INSERT INTO role_permission (role, permission) VALUES ('HEADQUARTERS', 'prisoner.import'), ('GOVERNOR', 'prisoner.import');

CREATE TABLE prisoner_import (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner          text NOT NULL,
  file_name      text NOT NULL CHECK (length(file_name) <= 255),
  format         text NOT NULL CHECK (format IN ('CSV', 'XLSX')),
  charset        text CHECK (charset IN ('UTF-8', 'windows-1251')),
  size_bytes     bigint NOT NULL CHECK (size_bytes >= 0),
  sha256         text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content        bytea,
  headers        text[] NOT NULL DEFAULT '{}',
  mapping        text,
  status         text NOT NULL CHECK (status IN ('UPLOADED', 'CHECKED', 'RUNNING', 'IMPORTED', 'FAILED')),
  rows_total     integer,
  rows_done      integer NOT NULL DEFAULT 0,
  problem_count  integer NOT NULL DEFAULT 0,
  imported       integer NOT NULL DEFAULT 0,
  failure_key    text,
  failure_args   text[] NOT NULL DEFAULT '{}',
  created_at     timestamptz NOT NULL,
  finished_at    timestamptz,
  version        integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE prisoner_import IS 'Uploaded registers on their way into the prisoner file. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN prisoner_import.owner IS 'User name of the person who uploaded it; nobody else sees it. [Sensitivity: PERSONAL]';
COMMENT ON COLUMN prisoner_import.content IS 'The file as uploaded; erased once imported or after a day. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN prisoner_import.headers IS 'The first row of the file, for column mapping. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN prisoner_import.mapping IS 'Which file column holds each field, e.g. FAMILY_NAME=0;GIVEN_NAME=1. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN prisoner_import.sha256 IS 'Hash of the file as uploaded, also written to the audit trail. [Sensitivity: OFFICIAL]';
CREATE INDEX prisoner_import_owner_idx ON prisoner_import (owner, created_at DESC);

CREATE TABLE prisoner_import_problem (
  import_id    uuid NOT NULL REFERENCES prisoner_import (id) ON DELETE CASCADE,
  row_number   bigint NOT NULL,
  column_name  text,
  message_key  text NOT NULL,
  arguments    text[] NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE prisoner_import_problem IS 'Rows a dry run or import refused, with the reason as a message key. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN prisoner_import_problem.column_name IS 'The field (ImportColumn name), or null for the whole row. [Sensitivity: OFFICIAL]';
CREATE INDEX prisoner_import_problem_idx ON prisoner_import_problem (import_id, row_number);
