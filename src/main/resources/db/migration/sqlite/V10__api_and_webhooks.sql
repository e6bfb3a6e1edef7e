-- Content API keys (public data, per-key rate limit and CORS origins) and Admin API tokens (one
-- desk account each, scoped). Only SHA-256 hashes of keys and tokens are stored.
CREATE TABLE api_keys (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  name            TEXT    NOT NULL,
  key_hash        TEXT    NOT NULL UNIQUE,
  key_prefix      TEXT    NOT NULL,
  rate_limit      INTEGER NOT NULL,
  allowed_origins TEXT    NOT NULL DEFAULT '',
  created_by      TEXT    NOT NULL,
  created_at      INTEGER NOT NULL,
  revoked_at      INTEGER
);
CREATE TABLE api_tokens (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  name         TEXT    NOT NULL,
  token_hash   TEXT    NOT NULL UNIQUE,
  token_prefix TEXT    NOT NULL,
  account_id   INTEGER NOT NULL,
  account_email TEXT   NOT NULL,
  scopes       TEXT    NOT NULL,
  created_at   INTEGER NOT NULL,
  last_used_at INTEGER,
  revoked_at   INTEGER
);
CREATE INDEX api_tokens_account ON api_tokens (account_id);
-- Webhooks: endpoints staff register, and a durable queue of deliveries with their history.
CREATE TABLE webhook_endpoints (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  url        TEXT    NOT NULL,
  events     TEXT    NOT NULL,
  secret     TEXT    NOT NULL,
  enabled    BOOLEAN NOT NULL DEFAULT TRUE,
  created_by TEXT    NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE webhook_deliveries (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  endpoint_id      INTEGER NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  event_id         TEXT    NOT NULL,
  event_type       TEXT    NOT NULL,
  payload          TEXT    NOT NULL,
  status           TEXT    NOT NULL,
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  INTEGER NOT NULL,
  claimed_until    INTEGER,
  last_status_code INTEGER,
  last_error       TEXT    NOT NULL DEFAULT '',
  created_at       INTEGER NOT NULL,
  delivered_at     INTEGER,
  UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_history ON webhook_deliveries (endpoint_id, id DESC);
