// After adding, editing and deleting entries full of canaries, and after lock, no file in the vault
// folder holds any canary in any common encoding.
import { readdirSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { canariesIn } from '../../support/canary';
import { entry, freshService } from '../../support/vault';

let cleanup = () => {};
afterEach(() => cleanup());

function assertNoCanary(dir: string, canaries: string[]) {
  const { files, found } = canariesIn(dir, canaries);
  expect(files.length).toBeGreaterThan(0);
  expect(found).toEqual([]);
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
  expect(readdirSync(v.vaultDir).sort()).toEqual(['hearth.db', 'hearth.mark', 'hearth.writer']);
});
