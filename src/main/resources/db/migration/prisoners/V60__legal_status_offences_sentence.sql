-- Legal status, offences and sentence (Mandela Rules 7(b) and 8: the reason for custody and the judicial process).

-- The offence reference list: articles of the Criminal Code as the service loads them. An article keeps its
-- row when it goes out of use, so old offences still name it. Numbers repeat between editions of the Code
-- (1997, 2019, 2021), so the edition is part of the reference.
CREATE TABLE offence_article (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code_year  smallint NOT NULL CHECK (code_year BETWEEN 1950 AND 2100),
  article    text NOT NULL CHECK (article ~ '^[0-9]{1,4}(-[0-9]{1,2})?$'),
  title_ky   text NOT NULL CHECK (length(btrim(title_ky)) BETWEEN 1 AND 300),
  title_ru   text NOT NULL CHECK (length(btrim(title_ru)) BETWEEN 1 AND 300),
  title_en   text NOT NULL CHECK (length(btrim(title_en)) BETWEEN 1 AND 300),
  category   text NOT NULL CHECK (category IN ('TERRORISM', 'EXTREMISM', 'VIOLENT', 'OTHER')),
  in_use     boolean NOT NULL DEFAULT true,
  version    integer NOT NULL DEFAULT 0,
  UNIQUE (code_year, article)
);
COMMENT ON TABLE offence_article IS 'Criminal Code articles offences are recorded against; reference data. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN offence_article.category IS 'Decides the early-release fraction. An offence label says nothing about a person''s risk (DOMAIN.md §6.1).';

-- The share of a term served before conditional early release may be considered, by offence category.
-- DOMAIN.md says nothing on these fractions (§9 leaves Kyrgyz rules open); the defaults are the issue's
-- examples (ordinary 1/2, grave 2/3, terrorism and extremism 3/4) and must be checked against the Criminal
-- Code in force before use. They are data: an administrator changes them, and every sentence being served
-- under the category is recalculated with history.
CREATE TABLE early_release_rule (
  category    text PRIMARY KEY CHECK (category IN ('TERRORISM', 'EXTREMISM', 'VIOLENT', 'OTHER')),
  numerator   smallint NOT NULL,
  denominator smallint NOT NULL,
  changed_at  timestamptz NOT NULL DEFAULT now(),
  changed_by  text NOT NULL DEFAULT 'flyway',
  version     integer NOT NULL DEFAULT 0,
  CHECK (numerator >= 1 AND numerator <= denominator AND denominator <= 100)
);
COMMENT ON TABLE early_release_rule IS 'Fraction of the term to serve before conditional early release, per offence category. [Sensitivity: OFFICIAL]';
INSERT INTO early_release_rule (category, numerator, denominator) VALUES
  ('OTHER', 1, 2), ('VIOLENT', 2, 3), ('EXTREMISM', 3, 4), ('TERRORISM', 3, 4);

-- Offences a prisoner is charged with or convicted of.
CREATE TABLE prisoner_offence (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prisoner_id  uuid NOT NULL REFERENCES prisoner (id),
  article_id   uuid NOT NULL REFERENCES offence_article (id),
  stage        text NOT NULL CHECK (stage IN ('CHARGED', 'CONVICTED')),
  committed_on date NOT NULL,
  recorded_at  timestamptz NOT NULL,
  recorded_by  text NOT NULL
);
COMMENT ON TABLE prisoner_offence IS 'Charges and convictions, by Criminal Code article and date of the offence. [Sensitivity: SPECIAL-CATEGORY]';
CREATE INDEX prisoner_offence_prisoner_idx ON prisoner_offence (prisoner_id);

-- Changes of legal status, with who, when and why: the judicial process of Mandela Rule 8.
CREATE TABLE legal_status_change (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prisoner_id uuid NOT NULL REFERENCES prisoner (id),
  from_status text NOT NULL,
  to_status   text NOT NULL CHECK (to_status IN ('UNTRIED', 'CONVICTED', 'UNDER_APPEAL')),
  changed_at  timestamptz NOT NULL,
  changed_by  text NOT NULL,
  reason      text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000)
);
COMMENT ON TABLE legal_status_change IS 'History of a prisoner''s legal status. [Sensitivity: SPECIAL-CATEGORY]';
CREATE INDEX legal_status_change_prisoner_idx ON legal_status_change (prisoner_id, changed_at);

-- The sentence being served: its inputs and the dates that follow from them (SentenceCalculator).
CREATE TABLE sentence (
  prisoner_id  uuid PRIMARY KEY REFERENCES prisoner (id),
  starts_on    date NOT NULL,
  years        smallint NOT NULL CHECK (years BETWEEN 0 AND 30),
  months       smallint NOT NULL CHECK (months BETWEEN 0 AND 11),
  days         smallint NOT NULL CHECK (days BETWEEN 0 AND 30),
  remand_days  integer NOT NULL CHECK (remand_days >= 0),
  category     text NOT NULL,
  numerator    smallint NOT NULL,
  denominator  smallint NOT NULL,
  term_days    integer NOT NULL CHECK (term_days > remand_days),
  eligible_on  date NOT NULL,
  release_on   date NOT NULL,
  version      integer NOT NULL DEFAULT 0,
  CHECK (years + months + days > 0),
  CHECK (starts_on <= eligible_on AND eligible_on <= release_on)
);
COMMENT ON TABLE sentence IS 'The current sentence calculation of each sentenced prisoner. [Sensitivity: SPECIAL-CATEGORY]';
CREATE INDEX sentence_release_idx ON sentence (release_on);

-- Every calculation ever made, never updated: who, when, why, with the inputs and results of the time.
CREATE TABLE sentence_calculation (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prisoner_id   uuid NOT NULL REFERENCES prisoner (id),
  calculated_at timestamptz NOT NULL,
  calculated_by text NOT NULL,
  reason        text CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
  reason_key    text,
  reason_args   text[] NOT NULL DEFAULT '{}',
  starts_on     date NOT NULL,
  years         smallint NOT NULL,
  months        smallint NOT NULL,
  days          smallint NOT NULL,
  remand_days   integer NOT NULL,
  category      text NOT NULL,
  numerator     smallint NOT NULL,
  denominator   smallint NOT NULL,
  term_days     integer NOT NULL,
  eligible_on   date NOT NULL,
  release_on    date NOT NULL,
  -- A person states a reason in their words; a recalculation Bagyt makes states it as a message, shown in the reader's language.
  CHECK ((reason IS NULL) <> (reason_key IS NULL))
);
COMMENT ON TABLE sentence_calculation IS 'History of sentence calculations, append-only. [Sensitivity: SPECIAL-CATEGORY]';
CREATE INDEX sentence_calculation_prisoner_idx ON sentence_calculation (prisoner_id, calculated_at);

INSERT INTO permission (code) VALUES ('sentence.record'), ('offence.manage');
INSERT INTO role_permission (role, permission) VALUES
  ('GOVERNOR', 'sentence.record'), ('OFFICER', 'sentence.record'), ('ADMINISTRATOR', 'offence.manage');
