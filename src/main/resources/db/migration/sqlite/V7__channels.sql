-- Appeals, events and newsletters (issue 6). Money is in minor units of the row's ISO 4217
-- currency; times are epoch milliseconds.
CREATE TABLE appeals (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  slug          TEXT    NOT NULL UNIQUE,
  name          TEXT    NOT NULL,
  description   TEXT    NOT NULL DEFAULT '',
  target_minor  BIGINT  NOT NULL,
  currency      TEXT    NOT NULL,
  starts_at     BIGINT  NOT NULL,
  ends_at       BIGINT,
  created_at    BIGINT  NOT NULL,
  updated_at    BIGINT  NOT NULL
);

-- An article carries at most one appeal's progress block.
CREATE TABLE appeal_articles (
  article_id BIGINT NOT NULL PRIMARY KEY,
  appeal_id  BIGINT NOT NULL REFERENCES appeals (id) ON DELETE CASCADE
);

-- Donations (positive) and refunds (negative). payment_id is the provider's id, unique so that a
-- webhook delivered twice counts once; null for gifts recorded by hand.
CREATE TABLE donations (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  appeal_id     BIGINT  NOT NULL REFERENCES appeals (id) ON DELETE CASCADE,
  amount_minor  BIGINT  NOT NULL,
  currency      TEXT    NOT NULL,
  payment_id    TEXT    UNIQUE,
  donor         TEXT    NOT NULL DEFAULT '',
  recorded_by   TEXT    NOT NULL DEFAULT '',
  created_at    BIGINT  NOT NULL
);
CREATE INDEX donations_by_appeal ON donations (appeal_id);

-- Events: instants in UTC plus the zone the organiser gave, so that pages show local times.
CREATE TABLE events (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  slug         TEXT    NOT NULL UNIQUE,
  title        TEXT    NOT NULL,
  description  TEXT    NOT NULL DEFAULT '',
  starts_at    BIGINT  NOT NULL,
  ends_at      BIGINT  NOT NULL,
  time_zone    TEXT    NOT NULL,
  venue        TEXT    NOT NULL DEFAULT '',
  online_url   TEXT    NOT NULL DEFAULT '',
  organiser    TEXT    NOT NULL DEFAULT '',
  created_at   BIGINT  NOT NULL,
  updated_at   BIGINT  NOT NULL
);
CREATE INDEX events_by_start ON events (starts_at);

CREATE TABLE event_articles (
  event_id   BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  article_id BIGINT NOT NULL,
  PRIMARY KEY (event_id, article_id)
);

-- Newsletter readers; no account. sections and languages are comma-separated (empty: all).
CREATE TABLE subscribers (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  email             TEXT    NOT NULL UNIQUE,
  status            TEXT    NOT NULL,
  frequency         TEXT    NOT NULL DEFAULT 'weekly',
  sections          TEXT    NOT NULL DEFAULT '',
  languages         TEXT    NOT NULL DEFAULT '',
  confirm_sent_at   BIGINT,
  confirmed_at      BIGINT,
  created_at        BIGINT  NOT NULL,
  updated_at        BIGINT  NOT NULL
);

-- What is sent: an article, a digest of a period, or a confirmation. Bodies are rendered per
-- recipient at send time, because each carries its own signed links.
CREATE TABLE newsletter_messages (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  kind          TEXT    NOT NULL,
  article_id    BIGINT,
  frequency     TEXT    NOT NULL DEFAULT '',
  period_from   BIGINT,
  period_until  BIGINT,
  created_by    TEXT    NOT NULL DEFAULT '',
  created_at    BIGINT  NOT NULL
);

-- The outgoing mail queue. (message_id, subscriber_id) is unique: a message never goes twice to
-- the same person. status: queued, sending, sent, failed, uncertain, cancelled.
CREATE TABLE mail_queue (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  message_id       BIGINT  NOT NULL REFERENCES newsletter_messages (id) ON DELETE CASCADE,
  subscriber_id    BIGINT  NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
  status           TEXT    NOT NULL,
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  BIGINT  NOT NULL,
  claimed_at       BIGINT,
  sent_at          BIGINT,
  last_error       TEXT    NOT NULL DEFAULT '',
  created_at       BIGINT  NOT NULL,
  UNIQUE (message_id, subscriber_id)
);
CREATE INDEX mail_queue_due ON mail_queue (status, next_attempt_at);

-- Secrets generated at first start when the settings name none (the newsletter's link key).
CREATE TABLE channel_secrets (
  name   TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);

-- A digest of a period is planned once, even with several servers.
CREATE UNIQUE INDEX newsletter_digest_once ON newsletter_messages (kind, frequency, period_until);
