-- Which article a translation was made from, and the original's text as the translation last
-- caught up with it: the translation is out of date while the original's title, standfirst or
-- body differ from that copy. A copy rather than a version number, because versions also move on
-- for workflow changes (publish, trash) that leave nothing to translate, and because revisions
-- (autosaves) can be dropped. Deleting either article drops the link, never the other article.
CREATE TABLE article_translations (
  article_id        BIGINT  NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  original_id       BIGINT  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  source_version    INTEGER NOT NULL,
  source_title      TEXT    NOT NULL,
  source_standfirst TEXT    NOT NULL DEFAULT '',
  source_body       TEXT    NOT NULL DEFAULT '',
  synced_at         BIGINT  NOT NULL,
  synced_by         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX article_translations_original ON article_translations (original_id);
