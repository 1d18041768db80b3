-- Staff accounts. Each account has one role; facility scope says which facilities' prisoners it may see.

CREATE TABLE staff_account (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username      text NOT NULL CHECK (username = lower(username) AND length(username) BETWEEN 2 AND 64),
  display_name  text NOT NULL,
  password_hash text NOT NULL,
  role          text NOT NULL CHECK (role IN ('ADMINISTRATOR', 'GOVERNOR', 'OFFICER', 'ASSESSOR', 'ANALYST',
                                               'FACILITATOR', 'HEADQUARTERS', 'PROBATION', 'INSPECTOR')),
  language      text CHECK (language IN ('ky', 'ru', 'en')),
  enabled       boolean NOT NULL DEFAULT true,
  demo          boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  version       integer NOT NULL DEFAULT 0,
  UNIQUE (username)
);
COMMENT ON TABLE staff_account IS 'Staff who sign in to Bagyt. [Sensitivity: PERSONAL]';
COMMENT ON COLUMN staff_account.password_hash IS 'Argon2id or bcrypt hash, never the password. [Sensitivity: SECRET]';
COMMENT ON COLUMN staff_account.language IS 'The language the person last chose; null until they choose one.';
COMMENT ON COLUMN staff_account.demo IS 'Created by the demo generator with the documented demo password.';

CREATE TABLE staff_account_facility (
  account_id  uuid NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
  facility_id uuid NOT NULL REFERENCES facility (id),
  PRIMARY KEY (account_id, facility_id)
);
COMMENT ON TABLE staff_account_facility IS 'The facilities a facility-scoped account works in. [Sensitivity: OFFICIAL]';
