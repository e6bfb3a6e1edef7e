-- Desk accounts. E-mail addresses are stored lower-cased, so uniqueness ignores case.
CREATE TABLE accounts (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email         TEXT    NOT NULL UNIQUE,
  display_name  TEXT    NOT NULL,
  password_hash TEXT    NOT NULL,
  role          TEXT    NOT NULL CHECK (role IN ('admin', 'editor', 'author', 'contributor')),
  disabled      BOOLEAN NOT NULL DEFAULT FALSE,
  created_at    BIGINT  NOT NULL
);
