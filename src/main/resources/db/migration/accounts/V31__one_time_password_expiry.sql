-- A one-time password set by an administrator works only for a limited time (BAGYT_ONE_TIME_PASSWORD_HOURS):
-- one written on a note and forgotten in a drawer must not open the account weeks later.
ALTER TABLE staff_account ADD COLUMN one_time_password_expires_at timestamptz;
COMMENT ON COLUMN staff_account.one_time_password_expires_at IS 'When the one-time password stops working; null once the person chose their own. [Sensitivity: OFFICIAL]';
