// Schema steps; index i brings user_version from i to i + 1. Only ids, kinds, versions, nonces and
// boxes are stored: no dates, moods, names or tags in the clear.
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE vault (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    vault_id TEXT NOT NULL,
    format INTEGER NOT NULL
  );
  CREATE TABLE keyslots (
    slot TEXT PRIMARY KEY,
    kdf TEXT,
    nonce BLOB NOT NULL,
    box BLOB NOT NULL
  );
  CREATE TABLE records (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    format INTEGER NOT NULL,
    schema INTEGER NOT NULL,
    nonce BLOB NOT NULL,
    box BLOB NOT NULL
  );
  `,
  // Every write bumps one change counter and stamps the records it puts with the new value, so a
  // process holding an older index sees that the journal moved on and reloads only what changed.
  // The manifest row also holds the journal-wide seal (ids, kinds, versions, tags) under the data
  // key; nonce and box stay NULL until the first unlock after this step writes them.
  `
  ALTER TABLE records ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE manifest (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    counter INTEGER NOT NULL,
    nonce BLOB,
    box BLOB
  );
  INSERT INTO manifest (singleton, counter) VALUES (1, 0);
  `,
];
