-- The estate: regions, facilities, units and cells. Capacity (beds) and floor area make overcrowding visible.

CREATE TABLE region (
  code       text PRIMARY KEY,
  name_ky    text NOT NULL,
  name_ru    text NOT NULL,
  name_en    text NOT NULL,
  latitude   numeric(8, 5) NOT NULL,
  longitude  numeric(8, 5) NOT NULL
);
COMMENT ON TABLE region IS 'Administrative regions, with a centroid for distance from a family''s home (Mandela Rule 59). [Sensitivity: PUBLIC]';

CREATE TABLE facility (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code           text NOT NULL UNIQUE,
  name_ky        text NOT NULL,
  name_ru        text NOT NULL,
  name_en        text NOT NULL,
  type           text NOT NULL CHECK (type IN ('PRE_TRIAL', 'COLONY', 'SETTLEMENT')),
  regime         text NOT NULL CHECK (regime IN ('PRE_TRIAL', 'GENERAL', 'STRENGTHENED', 'STRICT', 'SPECIAL', 'SETTLEMENT')),
  sex            text NOT NULL CHECK (sex IN ('MALE', 'FEMALE', 'MIXED')),
  juvenile       boolean NOT NULL DEFAULT false,
  specialisation text CHECK (specialisation IN ('TUBERCULOSIS')),
  region_code    text NOT NULL REFERENCES region (code),
  address        text NOT NULL,
  version        integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE facility IS 'Pre-trial centres, correctional colonies and settlements. [Sensitivity: OFFICIAL]';

CREATE TABLE unit (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  facility_id uuid NOT NULL REFERENCES facility (id),
  code        text NOT NULL,
  name        text NOT NULL,
  used_for    text[] NOT NULL DEFAULT '{}',
  version     integer NOT NULL DEFAULT 0,
  UNIQUE (facility_id, code)
);
COMMENT ON TABLE unit IS 'Wings or blocks of a facility, tagged with what they are used for. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN unit.used_for IS 'Tags: ADMISSIONS, SEPARATION, VIOLENT_EXTREMIST, VULNERABLE, MEDICAL, GENERAL.';

CREATE TABLE cell (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id        uuid NOT NULL REFERENCES unit (id),
  code           text NOT NULL,
  beds           integer NOT NULL CHECK (beds > 0),
  floor_area_m2  numeric(6, 2) NOT NULL CHECK (floor_area_m2 > 0),
  sanitary_annex boolean NOT NULL DEFAULT false,
  accessible     boolean NOT NULL DEFAULT false,
  in_use         boolean NOT NULL DEFAULT true,
  version        integer NOT NULL DEFAULT 0,
  UNIQUE (unit_id, code)
);
COMMENT ON TABLE cell IS 'Cells and dormitories; a cell with one bed is a single cell. [Sensitivity: OFFICIAL]';
CREATE INDEX cell_unit_idx ON cell (unit_id);
CREATE INDEX unit_facility_idx ON unit (facility_id);

-- Kyrgyzstan's seven regions and two cities of republican significance, with approximate centroids.
INSERT INTO region (code, name_ky, name_ru, name_en, latitude, longitude) VALUES
  ('BISHKEK',   'Бишкек шаары',      'город Бишкек',          'Bishkek city',     42.87460, 74.56980),
  ('OSH_CITY',  'Ош шаары',          'город Ош',              'Osh city',         40.51400, 72.81610),
  ('CHUY',      'Чүй облусу',        'Чуйская область',       'Chuy Region',      42.56550, 74.40560),
  ('ISSYK_KUL', 'Ысык-Көл облусу',   'Иссык-Кульская область','Issyk-Kul Region', 42.18590, 77.56190),
  ('NARYN',     'Нарын облусу',      'Нарынская область',     'Naryn Region',     41.29560, 75.40500),
  ('TALAS',     'Талас облусу',      'Таласская область',     'Talas Region',     42.51830, 72.24270),
  ('JALAL_ABAD','Жалал-Абад облусу', 'Джалал-Абадская область','Jalal-Abad Region',41.10680, 72.89880),
  ('OSH',       'Ош облусу',         'Ошская область',        'Osh Region',       40.34260, 73.33210),
  ('BATKEN',    'Баткен облусу',     'Баткенская область',    'Batken Region',    40.06250, 70.81940);
