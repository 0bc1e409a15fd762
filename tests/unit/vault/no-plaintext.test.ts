// After adding, editing and deleting entries full of canaries, and after lock, no file in the vault
// folder holds any canary in any common encoding.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { entry, freshService } from '../../support/vault';

let cleanup = () => {};
afterEach(() => cleanup());

function encodings(canary: string): Array<[string, Buffer]> {
  const utf8 = Buffer.from(canary, 'utf8');
  return [
    ['utf8', utf8],
    ['utf16le', Buffer.from(canary, 'utf16le')],
    ['hex', Buffer.from(utf8.toString('hex'), 'latin1')],
    ['HEX', Buffer.from(utf8.toString('hex').toUpperCase(), 'latin1')],
    ['base64', Buffer.from(utf8.toString('base64').slice(0, -4), 'latin1')],
  ];
}

function assertNoCanary(dir: string, canaries: string[]) {
  const files = readdirSync(dir);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    for (const canary of canaries) {
      for (const [name, needle] of encodings(canary)) {
        expect(bytes.includes(needle), `${canary} (${name}) found in ${file}`).toBe(false);
      }
    }
  }
}

it('keeps notes, names and tags out of every file on disk', async () => {
  const v = await freshService();
  cleanup = v.cleanup;
  const canaries = ['CanaryNoteZebra41', 'CanaryPersonOkapi', 'CanaryTagNarwhal', 'CanaryEditedQuokka', 'CanaryDeletedAxolotl', 'CanaryRenamedTapir'];
  const { service } = v;
  const kept = await service.addEntry(
    entry({ mood: 3, support: 7, note: `Long talk. ${canaries[0]}`, tags: [canaries[2]!], interactions: [{ person: canaries[1]!, kinds: ['emotional'] }] }),
  );
  const doomed = await service.addEntry(entry({ mood: 5, support: 5, note: `${canaries[4]} ${'x'.repeat(3000)}`, interactions: [{ person: 'Lou' }] }));
  await service.updateEntry({ id: kept.id, entry: entry({ mood: 4, support: 7, note: `Edited: ${canaries[3]}`, tags: [canaries[2]!], interactions: [{ person: canaries[1]! }] }) });
  await service.deleteEntry({ id: doomed.id });
  const lou = (await service.listPeople(undefined)).find((p) => p.name === 'Lou')!;
  await service.updatePerson({ id: lou.id, name: canaries[5]! });
  // While unlocked, the WAL and the database may hold pages: they must be ciphertext too.
  assertNoCanary(v.vaultDir, canaries);
  await service.lock();
  assertNoCanary(v.vaultDir, canaries);
  expect(readdirSync(v.vaultDir)).toEqual(['hearth.db']);
});
