-- The search index's catch-up compares every article's version with the index's, at start-up and
-- every minute: with this index the read is an index-only scan instead of the whole table.
CREATE INDEX articles_versions ON articles (id, version);
