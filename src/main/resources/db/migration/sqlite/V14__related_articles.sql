-- Each published article's related articles as the search index found them when the article was
-- indexed: ids best first, comma-separated, so that one row answers a page and one query a batch
-- of pages. Derived from the search index (the search feature recomputes it on reindex and fills
-- what is missing at catch-up), so it is never archived. Deleting the article drops its row.
CREATE TABLE related_articles (
  article_id  INTEGER NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  related_ids TEXT    NOT NULL,
  computed_at INTEGER NOT NULL
);
