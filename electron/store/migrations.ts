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
];
