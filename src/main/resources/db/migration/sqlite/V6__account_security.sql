-- Two-factor sign-in and session ending. totp_secret is the Base32 TOTP secret, null while
-- two-factor sign-in is off; sessions that signed in before password_changed_at are ended.
ALTER TABLE accounts ADD COLUMN totp_secret TEXT;
ALTER TABLE accounts ADD COLUMN password_changed_at INTEGER;

-- Rows that transactions update first to serialise checks with the writes that depend on them
-- ("is there an enabled administrator left?"). SQLite's BEGIN IMMEDIATE already serialises
-- writers; on PostgreSQL the row lock does.
CREATE TABLE account_locks (
  name      TEXT    PRIMARY KEY,
  locked_at INTEGER NOT NULL DEFAULT 0
);
INSERT INTO account_locks (name) VALUES ('administrators');
