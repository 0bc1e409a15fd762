// A backup holds each entry exactly as sealed on disk: the index keeps no copy of the sealed text,
// and the line a backup writes for an entry is, byte for byte, the one it wrote from that text.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/store/database';
import { RecordStore } from '../../../electron/store/record-store';
import { openWithPassphrase } from '../../../electron/vault/key-manager';
import { RecordCipher } from '../../../electron/vault/record-cipher';
import { loadSodium } from '../../../electron/vault/sodium';
import { entry, freshService, PASSPHRASE } from '../../support/vault';

let v: Awaited<ReturnType<typeof freshService>>;
beforeAll(async () => {
  v = await freshService();
});
afterAll(() => v.cleanup());

/** Each entry's JSON text, decrypted from the database itself. */
async function sealedTexts(): Promise<Map<string, string>> {
  const db = openDatabase(join(v.vaultDir, 'hearth.db'), { mustExist: true });
  try {
    const store = new RecordStore(db);
    const sodium = await loadSodium();
    const cipher = new RecordCipher(sodium, (await openWithPassphrase(sodium, store, store.vaultId()!, PASSPHRASE))!);
    const rows = store.snapshot().rows.filter((r) => r.kind === 'entry');
    return new Map(rows.map((r) => [r.id, cipher.openText(r)]));
  } finally {
    db.close();
  }
}

/** The backup's line for every entry, as the writer makes it from a record. */
async function backupLines(): Promise<Map<string, string>> {
  const records = (await v.service.backupRecords()).filter((r) => r.kind === 'entry');
  return new Map(records.map((r) => [r.id, JSON.stringify({ kind: r.kind, id: r.id, schema: r.schema, data: r.data })]));
}

const person = (name: string) => ({ person: name, relationship: 'friend' as const, kinds: ['emotional' as const], channel: 'call' as const, askedForHelp: false, felt: -2, cost: 0 });

it('writes every entry as the text sealed on disk, after adds, edits, merges, an unlock and another process', async () => {
  // Awkward text: quotes, backslashes, control characters, a lone surrogate, an emoji, accents, a script end tag.
  const notes = ['plain', 'quote " and \\ backslash', 'tab\tnew\nline\u0001', 'half \ud83d emoji 😀', 'Élodie ß İ Σ', '</script><b>', ''];
  const added = await v.service.addEntries(notes.map((note, i) => entry({ note, mood: i, support: 10 - i, stress: i % 2 ? 3 : undefined, tags: i % 2 ? ['x-y', 'éa'] : [], interactions: i % 3 ? [person('Rosa'), person('Sam')] : [] })));
  await v.service.updateEntry({ id: added[1]!.id, entry: entry({ note: 'edited "again"', mood: 0, support: 0, interactions: [person('Rosa')] }) });
  const people = await v.service.listPeople(undefined);
  await v.service.mergePeople({ sourceId: people.find((p) => p.name === 'Sam')!.id, targetId: people.find((p) => p.name === 'Rosa')!.id });
  const expectLines = async () => {
    const texts = await sealedTexts();
    const lines = await backupLines();
    expect([...lines.keys()].sort()).toEqual([...texts.keys()].sort());
    for (const [id, text] of texts) expect(lines.get(id)).toBe(`{"kind":"entry","id":${JSON.stringify(id)},"schema":1,"data":${text}}`);
  };
  await expectLines();

  await v.service.lock();
  await v.service.unlock({ passphrase: PASSPHRASE });
  await expectLines();

  const other = v.reopen();
  try {
    await other.unlock({ passphrase: PASSPHRASE });
    await other.addEntry(entry({ note: 'from the command line \u2028', mood: 5, support: 5 }));
    await other.updateEntry({ id: added[0]!.id, entry: entry({ note: 'changed elsewhere', mood: 1, support: 1 }) });
  } finally {
    other.close();
  }
  await expectLines();
});
