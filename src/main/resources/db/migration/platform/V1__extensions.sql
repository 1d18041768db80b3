-- Trigram search over names (prisoner file) and cryptographic digests (audit chain, recovery codes).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
