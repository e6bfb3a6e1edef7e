-- Timestamps are epoch milliseconds (UTC) in both stores so that one repository class serves both.
CREATE TABLE sections (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  slug        TEXT    NOT NULL UNIQUE,
  name        TEXT    NOT NULL,
  description TEXT    NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE authors (
  id   INTEGER PRIMARY KEY AUTOINCREMENT,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  bio  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE tags (
  id   INTEGER PRIMARY KEY AUTOINCREMENT,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL
);

CREATE TABLE articles (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  uid               TEXT    NOT NULL UNIQUE,
  language          TEXT    NOT NULL,
  slug              TEXT    NOT NULL,
  title             TEXT    NOT NULL,
  standfirst        TEXT    NOT NULL DEFAULT '',
  body              TEXT    NOT NULL DEFAULT '',
  status            TEXT    NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'unpublished')),
  section_id        INTEGER NOT NULL REFERENCES sections (id),
  translation_group TEXT    NOT NULL,
  featured_image    TEXT,
  published_at      INTEGER,
  created_at        INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL,
  version           INTEGER NOT NULL DEFAULT 1,
  UNIQUE (language, slug)
);
CREATE INDEX articles_listing ON articles (status, published_at DESC, id DESC);
CREATE INDEX articles_section_listing ON articles (section_id, status, published_at DESC, id DESC);
CREATE INDEX articles_translation_group ON articles (translation_group);

-- Every slug an article has ever had, so that old URLs keep answering with a redirect.
CREATE TABLE article_slugs (
  language   TEXT    NOT NULL,
  slug       TEXT    NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (language, slug)
);
CREATE INDEX article_slugs_article ON article_slugs (article_id);

CREATE TABLE article_authors (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  author_id  INTEGER NOT NULL REFERENCES authors (id),
  position   INTEGER NOT NULL,
  PRIMARY KEY (article_id, author_id)
);
CREATE INDEX article_authors_author ON article_authors (author_id, article_id);

CREATE TABLE article_tags (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  tag_id     INTEGER NOT NULL REFERENCES tags (id),
  position   INTEGER NOT NULL,
  PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags (tag_id, article_id);

CREATE TABLE article_countries (
  article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  country_code TEXT    NOT NULL,
  position     INTEGER NOT NULL,
  PRIMARY KEY (article_id, country_code)
);
CREATE INDEX article_countries_country ON article_countries (country_code, article_id);

-- The publication's own identity (name, language, timezone), editable later from the desk.
CREATE TABLE publication_settings (
  name  TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
);
