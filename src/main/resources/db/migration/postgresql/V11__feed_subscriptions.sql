-- Partner feeds the desk subscribes to. A poller takes the active ones whose next_poll_at has come,
-- claiming each for a while (claimed_until) with a compare-and-set, so that two servers never poll
-- one feed at once. etag and last_modified are the partner's validators for a conditional GET;
-- failures counts the errors in a row, which push next_poll_at further out.
CREATE TABLE feed_subscriptions (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  url            TEXT    NOT NULL UNIQUE,
  partner        TEXT    NOT NULL,
  section_id     BIGINT  NOT NULL REFERENCES sections (id),
  status         TEXT    NOT NULL DEFAULT 'active',
  etag           TEXT,
  last_modified  TEXT,
  next_poll_at   BIGINT  NOT NULL,
  claimed_until  BIGINT ,
  failures       INTEGER NOT NULL DEFAULT 0,
  last_error     TEXT    NOT NULL DEFAULT '',
  last_polled_at BIGINT ,
  last_success_at BIGINT ,
  created_by     TEXT    NOT NULL,
  created_at     BIGINT  NOT NULL
);
CREATE INDEX feed_subscriptions_due ON feed_subscriptions (status, next_poll_at);

-- The items of those feeds, waiting for an editor in the review queue (state 'new') until one is
-- republished (article_id then names the article) or dismissed. An item is the same item when its
-- GUID repeats within its feed, or when its link repeats in any feed: a partner that changes GUIDs,
-- or two feeds of one partner carrying the same story, bring it to the queue once. Unsubscribing
-- deletes the feed's waiting items and keeps the decided ones (subscription_id then NULL), so that
-- subscribing again never brings back what was republished or dismissed.
CREATE TABLE subscription_items (
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  subscription_id BIGINT  REFERENCES feed_subscriptions (id) ON DELETE SET NULL,
  guid            TEXT    NOT NULL,
  link            TEXT,
  title           TEXT    NOT NULL,
  summary         TEXT    NOT NULL DEFAULT '',
  content         TEXT    NOT NULL DEFAULT '',
  author          TEXT    NOT NULL DEFAULT '',
  published_at    BIGINT ,
  state           TEXT    NOT NULL DEFAULT 'new',
  article_id      BIGINT  REFERENCES articles (id) ON DELETE SET NULL,
  arrived_at      BIGINT  NOT NULL,
  decided_by      TEXT,
  decided_at      BIGINT ,
  UNIQUE (subscription_id, guid),
  UNIQUE (link)
);
CREATE INDEX subscription_items_queue ON subscription_items (state, arrived_at);

-- A republished article names its original: canonical_url for search engines (the page's
-- rel=canonical) and attribution for readers ("Originally published by …"). Both optional; the
-- revisions keep them so that going back to a revision keeps them too.
ALTER TABLE articles ADD COLUMN canonical_url TEXT;
ALTER TABLE articles ADD COLUMN attribution TEXT;
ALTER TABLE article_revisions ADD COLUMN canonical_url TEXT;
ALTER TABLE article_revisions ADD COLUMN attribution TEXT;
