// Several computers syncing one journal, for tests: each a real vault in its own temp folder with
// its own view of the sync folder, and a stand-in sync tool that copies files between the views
// the way real ones do: late, twice, out of order, cut short, or as conflict copies.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HearthService, TEST_KDF } from '../../electron/service/hearth-service';
import { joinSyncFolder } from '../../electron/service/sync-join';
import { SyncSession } from '../../electron/service/sync-session';
import { PASSPHRASE } from './vault';
import { loadSodium } from '../../electron/vault/sodium';
import { openVault } from '../../electron/service/vault-file';
import { VAULT_FILE } from '../../electron/service/paths';
import { openWithPassphraseKey } from '../../electron/vault/key-manager';
import { deriveSyncKey } from '../../electron/vault/sync-key';
import type { Arg } from '../../shared/contract';

export interface Template {
  /** Where the devices live; a copy of it as first made is kept in `pristine`. */
  root: string;
  pristine: string;
  devices: Array<{ id: string; vault: string; view: string }>;
  kek: Uint8Array;
  /** The journal's id and the key of its change files, to read them back. */
  journal: string;
  syncKey: Uint8Array;
  cleanup: () => void;
}

/** Device 0 sets the journal up; the others join it, each through its own view of the folder. */
export async function makeTemplate(count: number): Promise<Template> {
  // In memory where the system has it: hundreds of runs of real SQLite commits, without waiting on the disk's flushes.
  const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'hearth-sync-template-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const root = join(dir, 'live');
  const pristine = join(dir, 'pristine');
  mkdirSync(root);
  const devices: Template['devices'] = [];
  const first = new HearthService({ vaultDir: join(root, 'vault0'), kdf: TEST_KDF });
  await first.create({ passphrase: PASSPHRASE });
  const kek = await first.passphraseKey({ passphrase: PASSPHRASE });
  await new SyncSession(first).syncSetUp({ folder: join(root, 'view0'), deviceName: 'Device 0' });
  devices.push({ id: (await new SyncSession(first).syncStatus())!.device.id, vault: join(root, 'vault0'), view: join(root, 'view0') });
  first.close();
  for (let i = 1; i < count; i++) {
    const view = join(root, `view${i}`);
    mkdirSync(view);
    cpSync(join(root, 'view0', 'devices'), join(view, 'devices'), { recursive: true });
    await joinSyncFolder({ folder: view, vaultDir: join(root, `vault${i}`), passphrase: PASSPHRASE, deviceName: `Device ${i}` });
    const s = new HearthService({ vaultDir: join(root, `vault${i}`), kdf: TEST_KDF });
    await s.unlockWithPassphraseKey(kek);
    devices.push({ id: (await new SyncSession(s).syncStatus())!.device.id, vault: join(root, `vault${i}`), view });
    s.close();
  }
  cpSync(root, pristine, { recursive: true });
  const sodium = await loadSodium();
  const vault = openVault({ dbPath: join(devices[0]!.vault, VAULT_FILE) }, true)!;
  const dataKey = openWithPassphraseKey(sodium, vault.store, vault.vaultId, kek)!;
  const journal = vault.vaultId;
  vault.db.close();
  const syncKey = deriveSyncKey(sodium, dataKey);
  dataKey.fill(0);
  return { root, pristine, devices, kek, journal, syncKey, cleanup };
}

export interface Device {
  id: string;
  view: string;
  service: HearthService;
  sync: SyncSession;
}

/**
 * The template as first made, every device unlocked. Sync state names the folder by its path, so
 * each run works in the same place, on a fresh copy.
 */
export async function freshDevices(t: Template): Promise<{ devices: Device[]; close: () => void }> {
  rmSync(t.root, { recursive: true, force: true });
  cpSync(t.pristine, t.root, { recursive: true });
  const devices: Device[] = [];
  for (const d of t.devices) {
    const service = new HearthService({ vaultDir: d.vault, kdf: TEST_KDF });
    await service.unlockWithPassphraseKey(t.kek);
    devices.push({ id: d.id, view: d.view, service, sync: new SyncSession(service) });
  }
  return {
    devices,
    close: () => {
      for (const d of devices) d.service.close();
    },
  };
}

export type Delivery = 'whole' | 'truncated' | 'conflict-copy' | 'twice';

/** The change files `from` published so far, by name, in its own view. */
export function published(from: Device): string[] {
  const folder = join(from.view, 'devices', from.id);
  return existsSync(folder) ? readdirSync(folder).filter((n) => /^\d+\.hearthsync$/.test(n)).sort() : [];
}

/** The sync tool brings one of `from`'s files (or its name file) to `to`'s view. */
export function deliver(from: Device, to: Device, name: string, how: Delivery): void {
  const bytes = readFileSync(join(from.view, 'devices', from.id, name));
  const folder = join(to.view, 'devices', from.id);
  mkdirSync(folder, { recursive: true });
  const target = join(folder, name);
  if (how === 'truncated') {
    if (!existsSync(target)) writeFileSync(target, bytes.subarray(0, Math.floor(bytes.length / 2)));
  } else if (how === 'conflict-copy') {
    writeFileSync(join(folder, name.replace('.hearthsync', '.sync-conflict-20261203-101010-ABCDEFG.hearthsync')), bytes);
  } else {
    writeFileSync(target, bytes);
    if (how === 'twice') writeFileSync(target, bytes);
  }
}

/** Everything every device published, whole, to every other device (the sync tool caught up). */
export function deliverAll(devices: readonly Device[]): void {
  for (const from of devices) {
    for (const to of devices) {
      if (from === to) continue;
      for (const name of [...published(from), 'device.hearthsync', 'keys.hearthsync']) {
        if (existsSync(join(from.view, 'devices', from.id, name))) deliver(from, to, name, 'whole');
      }
    }
  }
}

/** Every file `from` keeps in its own folder of its own view: change files, snapshots, its device and keys files. */
export function ownFiles(from: Device): string[] {
  const folder = join(from.view, 'devices', from.id);
  return existsSync(folder) ? readdirSync(folder).filter((n) => !n.startsWith('.')).sort() : [];
}

/**
 * The sync tool catches up from `from` to `to` as it does in the end: `to`'s view of `from`'s
 * folder becomes what `from` holds, files `from` deleted are deleted there too (with the copies
 * the tool made of them).
 */
export function mirror(from: Device, to: Device): void {
  const names = new Set(ownFiles(from));
  const folder = join(to.view, 'devices', from.id);
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(folder)) if (!names.has(name)) rmSync(join(folder, name), { force: true });
  for (const name of names) writeFileSync(join(folder, name), readFileSync(join(from.view, 'devices', from.id, name)));
}

/** A person writes entry `id` on one computer: added the first time, edited after. */
export async function putEntry(service: HearthService, id: string, input: Arg<'addEntry'>): Promise<void> {
  const known = (await service.listEntries(undefined)).entries.some((e) => e.id === id);
  if (known) await service.updateEntry({ id, entry: input });
  else await service.addEntry({ ...input, id });
}

/** A person deletes entry `id` on one computer, where that computer holds it. */
export async function deleteIfHeld(service: HearthService, id: string): Promise<void> {
  if ((await service.listEntries(undefined)).entries.some((e) => e.id === id)) await service.deleteEntry({ id });
}
