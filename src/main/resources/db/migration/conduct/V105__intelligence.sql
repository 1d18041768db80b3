-- The intelligence log (UNODC Handbook on Dynamic Security and Prison Intelligence, 2015; graded in the style of
-- the UK 5x5x5): each item carries a source grade, an information grade and a handling code from a grading scheme
-- kept as data, its provenance, the prisoners it concerns, the links between prisoners it asserts, and a review.
-- An allegation that the information was obtained under duress (Mandela Rule 57; DOMAIN.md §6) keeps the item out
-- of every decision until a reviewer has recorded a review.

-- The grading scheme: a service may change its grades and handling codes without a new release.
CREATE TABLE intelligence_grade (
  scale     text NOT NULL CHECK (scale IN ('SOURCE', 'INFORMATION')),
  code      text NOT NULL CHECK (code ~ '^[A-Z0-9]{1,4}$'),
  position  integer NOT NULL,
  label_ky  text NOT NULL CHECK (length(btrim(label_ky)) BETWEEN 1 AND 200),
  label_ru  text NOT NULL CHECK (length(btrim(label_ru)) BETWEEN 1 AND 200),
  label_en  text NOT NULL CHECK (length(btrim(label_en)) BETWEEN 1 AND 200),
  PRIMARY KEY (scale, code)
);
COMMENT ON TABLE intelligence_grade IS 'Grades of the intelligence grading scheme: how reliable a source is, how far information can be trusted. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_grade.scale IS 'SOURCE (evaluation of the source) or INFORMATION (evaluation of the information). [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_grade.code IS 'The grade as analysts write it, e.g. B or 2. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_grade.position IS 'Order on the scale, most reliable first. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_grade.label_ky IS 'Meaning of the grade in Kyrgyz. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_grade.label_ru IS 'Meaning of the grade in Russian. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_grade.label_en IS 'Meaning of the grade in English. [Sensitivity: OFFICIAL]';

CREATE TABLE intelligence_handling_code (
  code       text PRIMARY KEY CHECK (code ~ '^[A-Z0-9]{1,4}$'),
  position   integer NOT NULL,
  sharing    text NOT NULL CHECK (sharing IN ('PERMITTED', 'CONDITIONS', 'NONE')),
  permission text NOT NULL,
  label_ky   text NOT NULL CHECK (length(btrim(label_ky)) BETWEEN 1 AND 200),
  label_ru   text NOT NULL CHECK (length(btrim(label_ru)) BETWEEN 1 AND 200),
  label_en   text NOT NULL CHECK (length(btrim(label_en)) BETWEEN 1 AND 200)
);
COMMENT ON TABLE intelligence_handling_code IS 'Handling codes: who may see an item and whether it may leave the service. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_handling_code.code IS 'The code as analysts write it, e.g. P. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_handling_code.position IS 'Order in lists, least restricted first. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_handling_code.sharing IS 'Whether an item may be disclosed to partner agencies: PERMITTED, with CONDITIONS recorded on the item, or NONE. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_handling_code.permission IS 'The permission a person must hold to see an item with this code (role_permission). [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_handling_code.label_ky IS 'Meaning of the code in Kyrgyz. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_handling_code.label_ru IS 'Meaning of the code in Russian. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_handling_code.label_en IS 'Meaning of the code in English. [Sensitivity: OFFICIAL]';

INSERT INTO intelligence_grade (scale, code, position, label_ky, label_ru, label_en) VALUES
  ('SOURCE', 'A', 1, 'Дайыма ишенимдүү', 'Всегда надёжен', 'Always reliable'),
  ('SOURCE', 'B', 2, 'Көбүнчө ишенимдүү', 'Чаще всего надёжен', 'Mostly reliable'),
  ('SOURCE', 'C', 3, 'Кээде ишенимдүү', 'Иногда надёжен', 'Sometimes reliable'),
  ('SOURCE', 'D', 4, 'Ишенимсиз', 'Ненадёжен', 'Unreliable'),
  ('SOURCE', 'E', 5, 'Текшерилбеген булак', 'Непроверенный источник', 'Untested source'),
  ('INFORMATION', '1', 1, 'Чындыгы шексиз белгилүү', 'Достоверность известна без оговорок', 'Known to be true without reservation'),
  ('INFORMATION', '2', 2, 'Булакка жеке белгилүү, кызматкерге эмес', 'Известно источнику лично, но не сотруднику', 'Known personally to the source but not to the officer'),
  ('INFORMATION', '3', 3, 'Булакка жеке белгисиз, бирок тастыкталган', 'Не известно источнику лично, но подтверждено', 'Not known personally to the source but corroborated'),
  ('INFORMATION', '4', 4, 'Баалоого мүмкүн эмес', 'Оценить невозможно', 'Cannot be judged'),
  ('INFORMATION', '5', 5, 'Жалган деп шектелет', 'Предположительно ложно', 'Suspected to be false');

INSERT INTO intelligence_handling_code (code, position, sharing, permission, label_ky, label_ru, label_en) VALUES
  ('P', 1, 'PERMITTED', 'intelligence.read', 'Өнөктөш мекемелерге берилиши мүмкүн', 'Может передаваться партнёрским ведомствам', 'May be shared with partner agencies'),
  ('C', 2, 'CONDITIONS', 'intelligence.read', 'Шарттар менен гана берилет', 'Передаётся только на условиях', 'Shared only on the conditions recorded'),
  ('S', 3, 'NONE', 'intelligence.restricted', 'Чектелген: коопсуздук кызматы гана', 'Ограничено: только служба безопасности', 'Restricted: security staff only'),
  ('H', 4, 'NONE', 'intelligence.headquarters', 'Чектелген: борбордук аппарат гана', 'Ограничено: только центральный аппарат', 'Restricted: headquarters only');

CREATE SEQUENCE intelligence_reference_seq;

CREATE TABLE intelligence_item (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference            text NOT NULL UNIQUE,
  facility_id          uuid NOT NULL REFERENCES facility (id),
  source_scale         text NOT NULL DEFAULT 'SOURCE' CHECK (source_scale = 'SOURCE'),
  source_grade         text NOT NULL,
  information_scale    text NOT NULL DEFAULT 'INFORMATION' CHECK (information_scale = 'INFORMATION'),
  information_grade    text NOT NULL,
  handling_code        text NOT NULL REFERENCES intelligence_handling_code (code),
  handling_conditions  text CHECK (length(btrim(handling_conditions)) BETWEEN 1 AND 1000),
  summary              text NOT NULL CHECK (length(btrim(summary)) BETWEEN 1 AND 4000),
  provenance           text NOT NULL CHECK (length(btrim(provenance)) BETWEEN 1 AND 2000),
  obtained_on          date NOT NULL,
  duress_alleged       boolean NOT NULL,
  duress_note          text CHECK (length(btrim(duress_note)) BETWEEN 1 AND 2000),
  usable               boolean NOT NULL,
  review_status        text NOT NULL CHECK (review_status IN ('AWAITING_REVIEW', 'REVIEWED')),
  review_outcome       text CHECK (review_outcome IN ('USABLE', 'NOT_USABLE')),
  review_note          text CHECK (length(btrim(review_note)) BETWEEN 1 AND 4000),
  reviewed_by          text,
  reviewed_at          timestamptz,
  recorded_by          text NOT NULL,
  recorded_at          timestamptz NOT NULL,
  version              integer NOT NULL DEFAULT 0,
  FOREIGN KEY (source_scale, source_grade) REFERENCES intelligence_grade (scale, code),
  FOREIGN KEY (information_scale, information_grade) REFERENCES intelligence_grade (scale, code),
  CHECK (duress_alleged = (duress_note IS NOT NULL)),
  -- An item alleged to come from duress feeds no decision until a reviewer has looked at it.
  CHECK (NOT (duress_alleged AND usable AND review_status <> 'REVIEWED')),
  CHECK ((review_status = 'REVIEWED') = (review_outcome IS NOT NULL AND reviewed_by IS NOT NULL AND reviewed_at IS NOT NULL)),
  CHECK (reviewed_by IS NULL OR reviewed_by <> recorded_by)
);
COMMENT ON TABLE intelligence_item IS 'Graded intelligence items: what is reported about prisoners, how reliable it is, and who may see it. [Sensitivity: SPECIAL-CATEGORY, need to know: handling code]';
COMMENT ON COLUMN intelligence_item.reference IS 'Reference staff quote, e.g. INT-2026-000123. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN intelligence_item.facility_id IS 'Facility the item was recorded for (where its first subject was held): governors see their facilities'' items. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN intelligence_item.source_scale IS 'Always SOURCE: lets the source grade reference the scheme. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_item.source_grade IS 'Evaluation of the source (scheme: intelligence_grade). [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN intelligence_item.information_scale IS 'Always INFORMATION: lets the information grade reference the scheme. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_item.information_grade IS 'Evaluation of the information. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN intelligence_item.handling_code IS 'Who may see the item and whether it may leave the service. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN intelligence_item.handling_conditions IS 'The conditions of sharing, required for handling code C. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN intelligence_item.summary IS 'What is reported. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN intelligence_item.provenance IS 'How and from whom the information came, as far as may be written. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN intelligence_item.obtained_on IS 'Day the information was obtained. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN intelligence_item.duress_alleged IS 'An allegation that the information was obtained under duress (Mandela Rule 57). [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN intelligence_item.duress_note IS 'What the allegation says and who made it. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN intelligence_item.usable IS 'Whether the item may feed decisions (assessments, the association network); never before review when duress is alleged. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN intelligence_item.review_status IS 'AWAITING_REVIEW or REVIEWED. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN intelligence_item.review_outcome IS 'The reviewer''s finding: USABLE or NOT_USABLE. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN intelligence_item.review_note IS 'The reviewer''s reasons. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN intelligence_item.reviewed_by IS 'User name of the reviewer; never the recorder. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_item.reviewed_at IS 'When the review was recorded. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_item.recorded_by IS 'User name of the analyst who recorded the item. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_item.recorded_at IS 'When the item was recorded. [Sensitivity: OFFICIAL]';
COMMENT ON COLUMN intelligence_item.version IS 'Optimistic lock: a change on an older version is refused, never overwrites. [Sensitivity: OFFICIAL]';
CREATE INDEX intelligence_item_facility_idx ON intelligence_item (facility_id, recorded_at DESC);

-- The prisoners an item concerns.
CREATE TABLE intelligence_subject (
  item_id     uuid NOT NULL REFERENCES intelligence_item (id),
  prisoner_id uuid NOT NULL REFERENCES prisoner (id),
  PRIMARY KEY (item_id, prisoner_id)
);
COMMENT ON TABLE intelligence_subject IS 'The prisoners an intelligence item concerns. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN intelligence_subject.prisoner_id IS 'A prisoner the item concerns. [Sensitivity: SPECIAL-CATEGORY]';
CREATE INDEX intelligence_subject_prisoner_idx ON intelligence_subject (prisoner_id);

-- The links between two prisoners an item asserts: they become association-network links once the item is usable.
CREATE TABLE intelligence_link (
  item_id      uuid NOT NULL REFERENCES intelligence_item (id),
  prisoner_a   uuid NOT NULL REFERENCES prisoner (id),
  prisoner_b   uuid NOT NULL REFERENCES prisoner (id),
  valid_from   date NOT NULL,
  valid_to     date,
  PRIMARY KEY (item_id, prisoner_a, prisoner_b),
  CHECK (prisoner_a < prisoner_b),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
COMMENT ON TABLE intelligence_link IS 'Links between two prisoners an intelligence item asserts. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN intelligence_link.prisoner_a IS 'One of the two prisoners (the smaller id). [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN intelligence_link.prisoner_b IS 'The other prisoner. [Sensitivity: SPECIAL-CATEGORY]';
COMMENT ON COLUMN intelligence_link.valid_from IS 'First day the link is reported to hold. [Sensitivity: OFFICIAL-SENSITIVE]';
COMMENT ON COLUMN intelligence_link.valid_to IS 'Last day it held; null while it lasts. [Sensitivity: OFFICIAL-SENSITIVE]';

-- Security roles only: governors read their facilities' items of the open codes; analysts record, review and read
-- the whole service, restricted items included; headquarters too, and alone reads items kept to headquarters.
-- Officers, facilitators, probation and the inspector get nothing here.
INSERT INTO permission (code) VALUES ('intelligence.record'), ('intelligence.review'), ('intelligence.national'),
  ('intelligence.restricted'), ('intelligence.headquarters'), ('network.read');
INSERT INTO role_permission (role, permission) VALUES
  ('HEADQUARTERS', 'intelligence.read'),
  ('ANALYST', 'intelligence.record'), ('HEADQUARTERS', 'intelligence.record'),
  ('ANALYST', 'intelligence.review'), ('HEADQUARTERS', 'intelligence.review'),
  ('ANALYST', 'intelligence.national'), ('HEADQUARTERS', 'intelligence.national'),
  ('ANALYST', 'intelligence.restricted'), ('HEADQUARTERS', 'intelligence.restricted'),
  ('HEADQUARTERS', 'intelligence.headquarters'),
  ('ANALYST', 'network.read'), ('HEADQUARTERS', 'network.read'), ('GOVERNOR', 'network.read');
