-- A section's name, address and description in another language edition (/es/america). Without a
-- row, the edition uses the section's own; tags likewise.
CREATE TABLE section_names (
  section_id  INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
  language    TEXT    NOT NULL,
  name        TEXT    NOT NULL,
  slug        TEXT    NOT NULL,
  description TEXT    NOT NULL DEFAULT '',
  PRIMARY KEY (section_id, language)
);
CREATE UNIQUE INDEX section_names_language_slug ON section_names (language, slug);

-- A tag's name and address in another language edition (/es/tag/historia).
CREATE TABLE tag_names (
  tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  language TEXT    NOT NULL,
  name     TEXT    NOT NULL,
  slug     TEXT    NOT NULL,
  PRIMARY KEY (tag_id, language)
);
CREATE UNIQUE INDEX tag_names_language_slug ON tag_names (language, slug);
