-- Personal particulars recorded at admission (Mandela Rule 7(a), (f)): place of birth, other Latin spellings
-- other agencies use, identity documents, family and children, an emergency contact, and the photo.

CREATE TABLE prisoner_particulars (
  prisoner_id    uuid PRIMARY KEY REFERENCES prisoner (id),
  place_of_birth text CHECK (length(place_of_birth) <= 300),
  version        integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE prisoner_particulars IS 'Place of birth and other single-valued particulars. [Sensitivity: PERSONAL]';

CREATE TABLE prisoner_other_spelling (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prisoner_id uuid NOT NULL REFERENCES prisoner (id),
  spelling    text NOT NULL CHECK (length(btrim(spelling)) BETWEEN 1 AND 200),
  position    integer NOT NULL
);
COMMENT ON TABLE prisoner_other_spelling IS 'Latin spellings of the name used by other agencies (passport, police, courts). [Sensitivity: PERSONAL]';
CREATE INDEX prisoner_other_spelling_prisoner_idx ON prisoner_other_spelling (prisoner_id);

CREATE TABLE prisoner_identity_document (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prisoner_id uuid NOT NULL REFERENCES prisoner (id),
  kind        text NOT NULL CHECK (kind IN ('NATIONAL_ID', 'PASSPORT', 'BIRTH_CERTIFICATE', 'RESIDENCE_PERMIT', 'OTHER')),
  number      text NOT NULL CHECK (length(btrim(number)) BETWEEN 1 AND 50),
  issued_by   text CHECK (length(issued_by) <= 200),
  issued_on   date,
  position    integer NOT NULL
);
COMMENT ON TABLE prisoner_identity_document IS 'Identity documents seen or held at admission. [Sensitivity: PERSONAL]';
CREATE INDEX prisoner_identity_document_prisoner_idx ON prisoner_identity_document (prisoner_id);

CREATE TABLE prisoner_family_member (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prisoner_id   uuid NOT NULL REFERENCES prisoner (id),
  name          text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  relationship  text NOT NULL CHECK (relationship IN ('SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'OTHER')),
  date_of_birth date,
  whereabouts   text CHECK (length(whereabouts) <= 300),
  cared_for_by  text CHECK (length(cared_for_by) <= 200),
  position      integer NOT NULL
);
COMMENT ON TABLE prisoner_family_member IS 'Family members and children: ages, where they are, who cares for them (Mandela Rule 7(f)). [Sensitivity: PERSONAL]';
CREATE INDEX prisoner_family_member_prisoner_idx ON prisoner_family_member (prisoner_id);

CREATE TABLE prisoner_emergency_contact (
  prisoner_id  uuid PRIMARY KEY REFERENCES prisoner (id),
  name         text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  relationship text CHECK (length(relationship) <= 100),
  phone        text CHECK (length(phone) <= 50),
  address      text CHECK (length(address) <= 300),
  version      integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE prisoner_emergency_contact IS 'Whom to tell in an emergency (Mandela Rules 68-69). [Sensitivity: PERSONAL]';

-- Only the re-encoded JPEG is kept: never the uploaded bytes, so no camera or location metadata survives.
CREATE TABLE prisoner_photo (
  prisoner_id uuid PRIMARY KEY REFERENCES prisoner (id),
  jpeg        bytea NOT NULL CHECK (octet_length(jpeg) BETWEEN 1 AND 5242880),
  width       integer NOT NULL CHECK (width > 0),
  height      integer NOT NULL CHECK (height > 0),
  taken_at    timestamptz NOT NULL,
  taken_by    text NOT NULL,
  version     integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE prisoner_photo IS 'The prisoner''s current photograph, re-encoded as JPEG. [Sensitivity: BIOMETRIC]';

INSERT INTO permission (code) VALUES ('prisoner.photo');
INSERT INTO role_permission (role, permission) VALUES ('GOVERNOR', 'prisoner.photo'), ('OFFICER', 'prisoner.photo');
