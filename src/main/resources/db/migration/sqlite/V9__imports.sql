-- What importers brought in, one row per item of a source: running an import again finds its
-- rows here, skips what has not changed and revises what has (content_hash), and never revises
-- an article someone edited since (article_version).
CREATE TABLE imported_items (
  source_kind     TEXT    NOT NULL,
  source_id       TEXT    NOT NULL,
  source_url      TEXT    NOT NULL DEFAULT '',
  article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  article_version INTEGER NOT NULL,
  content_hash    TEXT    NOT NULL,
  imported_at     INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  PRIMARY KEY (source_kind, source_id)
);
CREATE INDEX imported_items_url ON imported_items (source_kind, source_url);
CREATE INDEX imported_items_article ON imported_items (article_id);

-- Addresses of the old site (path and normalised query, e.g. '/?p=123' or '/2019/03/a-post'),
-- answered with a permanent redirect to the article's current address.
CREATE TABLE legacy_urls (
  path       TEXT    NOT NULL PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX legacy_urls_article ON legacy_urls (article_id);

-- Files an imported article referred to on the old site; local_path only when a copy was given.
CREATE TABLE imported_attachments (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  url        TEXT    NOT NULL,
  local_path TEXT,
  PRIMARY KEY (article_id, url)
);
