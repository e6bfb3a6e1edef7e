-- Who started an article (authors and contributors may change only their own), and the trash:
-- a trashed article is never published, and restoring it brings it back as it was.
ALTER TABLE articles ADD COLUMN created_by BIGINT REFERENCES accounts (id);
ALTER TABLE articles ADD COLUMN trashed_at BIGINT;
CREATE INDEX articles_desk ON articles (updated_at DESC, id DESC);

-- Every save of an article, whole: who, when, what. Autosaves replace the saver's previous
-- autosave, so that an hour of typing leaves one revision, not two hundred.
CREATE TABLE article_revisions (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id     BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  version        INTEGER NOT NULL,
  kind           TEXT    NOT NULL,
  saved_at       BIGINT NOT NULL,
  saved_by       TEXT    NOT NULL DEFAULT '',
  status         TEXT    NOT NULL,
  language       TEXT    NOT NULL,
  slug           TEXT    NOT NULL,
  title          TEXT    NOT NULL,
  standfirst     TEXT    NOT NULL DEFAULT '',
  body           TEXT    NOT NULL DEFAULT '',
  section_id     BIGINT NOT NULL,
  featured_image TEXT,
  published_at   BIGINT,
  author_ids     TEXT    NOT NULL DEFAULT '',
  tag_ids        TEXT    NOT NULL DEFAULT '',
  country_codes  TEXT    NOT NULL DEFAULT '',
  UNIQUE (article_id, version)
);
