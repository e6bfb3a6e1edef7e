-- What happened on the desk, by whom, from where: append-only, read by administrators.
CREATE TABLE audit_entries (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  occurred_at    INTEGER NOT NULL,
  actor          TEXT NOT NULL DEFAULT '',
  action         TEXT NOT NULL,
  subject        TEXT NOT NULL DEFAULT '',
  detail         TEXT NOT NULL DEFAULT '',
  client_address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_entries_recent ON audit_entries (occurred_at DESC, id DESC);
CREATE INDEX audit_entries_action ON audit_entries (action, occurred_at DESC, id DESC);
