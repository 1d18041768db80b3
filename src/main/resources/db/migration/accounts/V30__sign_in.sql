-- Signing in: lockout, one-time passwords, the TOTP second factor and its recovery codes.

ALTER TABLE staff_account
  ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
  ADD COLUMN failed_attempts      integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  ADD COLUMN locked_until         timestamptz,
  ADD COLUMN password_changed_at  timestamptz;
COMMENT ON COLUMN staff_account.must_change_password IS 'The password is a one-time password set by an administrator: nothing else is reachable until the person chooses their own. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN staff_account.failed_attempts IS 'Wrong passwords and second-factor codes in a row since the last complete sign-in. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN staff_account.locked_until IS 'No sign-in is accepted before this moment, even with the right password. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN staff_account.password_changed_at IS 'When the person last chose their password. [Sensitivity: OFFICIAL]';

CREATE TABLE second_factor (
  account_id     uuid PRIMARY KEY REFERENCES staff_account (id) ON DELETE CASCADE,
  secret         bytea NOT NULL,
  created_at     timestamptz NOT NULL,
  confirmed_at   timestamptz,
  last_used_step bigint
);
COMMENT ON TABLE second_factor IS 'Each account''s TOTP authenticator (RFC 6238). [Sensitivity: SECRET]';
COMMENT ON COLUMN second_factor.secret IS 'The shared TOTP secret, AES-256-GCM encrypted with the account id as associated data; the key is outside the database. [Sensitivity: SECRET]';
COMMENT ON COLUMN second_factor.created_at IS 'When enrolment began. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN second_factor.confirmed_at IS 'Null while enrolment waits for the first code from the app; sign-in asks for codes only once confirmed. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN second_factor.last_used_step IS 'The 30-second time step of the last accepted code: that code and older ones are refused (no replay). [Sensitivity: OFFICIAL]';

CREATE TABLE recovery_code (
  account_id  uuid NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
  fingerprint text NOT NULL,
  used_at     timestamptz,
  PRIMARY KEY (account_id, fingerprint)
);
COMMENT ON TABLE recovery_code IS 'One-time codes that stand in for the authenticator app when it is lost. [Sensitivity: SECRET]';
COMMENT ON COLUMN recovery_code.fingerprint IS 'HMAC-SHA256 of the code under a key outside the database; the code itself is shown once and never stored. [Sensitivity: SECRET]';
COMMENT ON COLUMN recovery_code.used_at IS 'When the code was used; a used code is refused. [Sensitivity: OFFICIAL]';
