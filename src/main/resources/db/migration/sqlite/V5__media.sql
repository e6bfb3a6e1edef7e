-- Uploaded images. Only cleaned re-encodings are stored (under ./data/media by default), one file
-- per width in variant_widths; the upload itself, with its metadata, is never kept.
CREATE TABLE media (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  key            TEXT    NOT NULL UNIQUE,
  original_name  TEXT    NOT NULL DEFAULT '',
  content_type   TEXT    NOT NULL,
  width          INTEGER NOT NULL,
  height         INTEGER NOT NULL,
  byte_size      INTEGER NOT NULL,
  variant_widths TEXT    NOT NULL,
  alt_text       TEXT    NOT NULL DEFAULT '',
  caption        TEXT    NOT NULL DEFAULT '',
  credit         TEXT    NOT NULL DEFAULT '',
  -- Lower-cased in Java (SQLite's LOWER folds ASCII only) so that search matches in any script.
  search_text    TEXT    NOT NULL DEFAULT '',
  uploaded_by    TEXT    NOT NULL DEFAULT '',
  created_at     INTEGER NOT NULL
);
CREATE INDEX media_recent ON media (created_at DESC, id DESC);
