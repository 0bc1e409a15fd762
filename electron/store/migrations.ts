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
  // Sync (electron/sync/, service/sync-session.ts). In the clear: this device's random id, the next
  // number it publishes, the other devices' ids and next numbers, and each synced record's id and
  // kind and whether it is published. Sealed under the sync-state subkey: the folder, device names,
  // the clock, when a device was last seen, which files were applied, and each record's stamp
  // (time, counter, device) and whether it is a deletion.
  `
  CREATE TABLE sync_device (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id TEXT NOT NULL,
    next_seq INTEGER NOT NULL,
    nonce BLOB NOT NULL,
    box BLOB NOT NULL
  );
  CREATE TABLE sync_peers (
    device_id TEXT PRIMARY KEY,
    next_seq INTEGER NOT NULL,
    forgotten INTEGER NOT NULL DEFAULT 0,
    nonce BLOB NOT NULL,
    box BLOB NOT NULL
  );
  CREATE TABLE sync_stamps (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    published INTEGER NOT NULL,
    nonce BLOB NOT NULL,
    box BLOB NOT NULL
  );
  CREATE INDEX sync_unpublished ON sync_stamps (published) WHERE published = 0;
  `,
  // The seal as a log: the whole manifest (the base) sealed at its counter, and one small sealed
  // delta (puts and deletes) per later write, so a write costs what it changed. While there are
  // deltas the base has its own row, and the manifest row's box holds a small sealed head naming it:
  // a write then rewrites no large row. Without a base row, the manifest row holds the whole manifest.
  `
  CREATE TABLE manifest_base (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    counter INTEGER NOT NULL,
    nonce BLOB NOT NULL,
    box BLOB NOT NULL
  );
  CREATE TABLE manifest_deltas (
    counter INTEGER PRIMARY KEY,
    nonce BLOB NOT NULL,
    box BLOB NOT NULL
  );
  `,
  // No table changes. Writers now exclude each other by an operating-system lock on hearth.writer
  // (../store/write-lock.ts) instead of by creating hearth.lock. A Hearth that knows only the old
  // lock would not wait for a newer one, so this step makes it refuse the journal instead.
  `
  SELECT 1;
  `,
];
