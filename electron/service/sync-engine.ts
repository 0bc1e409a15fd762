// The sync engine as the sync feature uses it (./sync-api.ts): lent to HearthService by the app,
// the test bridge and the tests, since the engine itself reaches back to the service.
import type { SyncEngine } from './sync-api';
import { adoptSyncFolder } from './sync-adopt';
import { joinSyncFolder } from './sync-join';
import { syncRound } from './sync-round';
import { forgetSyncDevice, leaveSync, renameThisDevice, setUpSync, syncStatusOf } from './sync-session';

export function syncEngine(vault: { vaultDir: string; nativeBinding?: string }): SyncEngine {
  return {
    setUp: (journal, folder) => setUpSync(journal, { folder }),
    round: (journal) => syncRound(journal),
    status: (journal) => syncStatusOf(journal),
    rename: (journal, name) => renameThisDevice(journal, name),
    forget: (journal, id) => forgetSyncDevice(journal, id),
    leave: (journal) => leaveSync(journal),
    adopt: (folder, ownPassphrase, passphrase) => adoptSyncFolder({ folder, vaultDir: vault.vaultDir, ownPassphrase, passphrase }),
    join: (folder, passphrase) => joinSyncFolder({ folder, passphrase, vaultDir: vault.vaultDir, ...(vault.nativeBinding === undefined ? {} : { nativeBinding: vault.nativeBinding }) }),
  };
}
