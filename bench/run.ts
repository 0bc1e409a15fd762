// npm run bench -- [--entries N] [--json]   (builds the renderer first; needs /usr/bin/chromium)
// Measures the encrypted journal against baselines taken in the same run on the same machine:
// a bare libsodium loop over the same boxes, and the same records as plaintext SQLite rows.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkpointAndClose, openDatabase } from '../electron/store/database';
import { RecordStore } from '../electron/store/record-store';
import { HearthService } from '../electron/service/hearth-service';
import { openWithPassphrase } from '../electron/vault/key-manager';
import { PAD_BLOCK, RECORD_KINDS } from '../electron/vault/record-cipher';
import { loadSodium } from '../electron/vault/sodium';
import { DEFAULT_SHAPE, generateJournal, generatePeople } from './generate-journal';
import { entryCountArg } from './entry-count';
import { REPORT_SECTIONS } from '../shared/exchange';
import { measureFreshBackup } from './backup-bench';
import { measureInsightsScreen } from './insights-screen';
import { measureJournalScreen } from './journal-screen';
import { benchCli } from './cli-bench';
import { benchSync } from './sync-bench';
import { measureFreshFirstSearch, measureFreshLoad, measureFreshPlaintextLoad, measureFreshUnlock } from './fresh-process';
import { rawDecryptOneThread, rawDecryptTwoThreads, type RawRow } from './raw-decrypt';

const { values } = parseArgs({ options: { entries: { type: 'string' }, json: { type: 'boolean', default: false } } });
const entryCount = entryCountArg(values.entries);

const PASSPHRASE = 'benchmark passphrase, not secret';
const REPEATS = 5;
/** Enough that the 95th percentile is the 50th slowest add, not a handful of unlucky ones. */
const ADDS = 1000;
/** Adds made before timing starts, on both sides alike, so p95 describes steady use, not JIT warm-up. */
const WARM_UP_ADDS = 100;

/**
 * Collects the garbage earlier phases left (five unlocks build five indexes), so each phase is
 * timed on its own work. Needs node --expose-gc, which `npm run bench` passes.
 */
const settle = () => (globalThis as { gc?: () => void }).gc?.();

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
function timeIt(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return ms(t);
}

const work = mkdtempSync(join(tmpdir(), 'hearth-bench-'));
try {
  const sodium = await loadSodium();
  const vaultDir = join(work, 'vault');
  const shape = { ...DEFAULT_SHAPE, entries: entryCount };
  const journal = generateJournal(shape);

  // The journal under test, made with the default (production) KDF.
  const unlocks: Array<{ kdfMs: number; loadMs: number; totalMs: number }> = [];
  let lastUnlock = { kdfMs: 0, loadMs: 0 };
  const service = new HearthService({ vaultDir, onUnlock: (t) => (lastUnlock = t) });
  await service.create({ passphrase: PASSPHRASE });
  const generateStart = process.hrtime.bigint();
  await service.addEntries(journal);
  const generate_ms = ms(generateStart);

  // unlock = KDF (Argon2id, while the boxes are read and the helper thread starts) + decrypt_all
  // (opening, parsing and indexing every record once the key is known), as the service reports them.
  for (let i = 0; i < REPEATS; i++) {
    await service.lock();
    const t = process.hrtime.bigint();
    await service.unlock({ passphrase: PASSPHRASE });
    unlocks.push({ ...lastUnlock, totalMs: ms(t) });
  }
  // What the Journal and People screens ask first after an unlock, before anything else warms up.
  let coldStart = process.hrtime.bigint();
  await service.careCards(undefined);
  const care_cards_first_ms = ms(coldStart);
  coldStart = process.hrtime.bigint();
  await service.listPeople(undefined);
  const list_people_ms = ms(coldStart);
  const kdf_ms = median(unlocks.map((u) => u.kdfMs));
  const unlock_ms = median(unlocks.map((u) => u.totalMs));
  const decrypt_all_ms = median(unlocks.map((u) => u.loadMs));
  const rss_mb = process.memoryUsage().rss / 2 ** 20;

  const db = openDatabase(join(vaultDir, 'hearth.db'), { mustExist: true });
  const store = new RecordStore(db);
  const dataKey = (await openWithPassphrase(sodium, store, store.vaultId()!, PASSPHRASE))!;

  settle();
  // raw_decrypt: a bare libsodium loop over the same boxes, already in memory: the limit. On two
  // threads, as the unlock opens them, and on one.
  const rows = store.all();
  const subkeys = Object.fromEntries(Object.entries(RECORD_KINDS).map(([k, id]) => [k, sodium.crypto_kdf_derive_from_key(32, id, 'hearthrc', dataKey)]));
  const rawRows: RawRow[] = rows.map((r) => ({ box: r.box, nonce: r.nonce, ad: new TextEncoder().encode(`hearth:${r.format}:${r.kind}:${r.id}:${r.schema}`), key: subkeys[r.kind]! }));
  const raw_decrypt_one_thread_ms = median(rawDecryptOneThread(sodium, rawRows, REPEATS));
  const raw_decrypt_ms = median(await rawDecryptTwoThreads(sodium, rawRows, REPEATS));

  settle();
  // plaintext_load: the same records as plaintext JSON rows in better-sqlite3, loaded and parsed.
  const plainDb = new Database(join(work, 'plain.db'));
  plainDb.pragma('journal_mode = WAL');
  plainDb.pragma('synchronous = FULL');
  plainDb.exec('CREATE TABLE records (id TEXT PRIMARY KEY, kind TEXT NOT NULL, json TEXT NOT NULL)');
  const insertPlain = plainDb.prepare('INSERT INTO records (id, kind, json) VALUES (?, ?, ?)');
  plainDb.transaction(() => {
    for (const r of rows) {
      const plain = sodium.unpad(sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, r.box, `hearth:${r.format}:${r.kind}:${r.id}:${r.schema}`, r.nonce, subkeys[r.kind]!), PAD_BLOCK);
      insertPlain.run(r.id, r.kind, new TextDecoder().decode(plain));
    }
  })();
  // Loaded and parsed in a fresh process each time, as an unlock loads into a fresh index; each beside
  // the encrypted journal's load in a fresh process, so both sides are timed under the same conditions.
  plainDb.pragma('wal_checkpoint(TRUNCATE)');
  const plainLoads: number[] = [];
  const freshLoads: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    plainLoads.push(measureFreshPlaintextLoad(join(work, 'plain.db')));
    freshLoads.push(measureFreshLoad(vaultDir, PASSPHRASE).load_ms);
  }
  const plaintext_load_ms = median(plainLoads);
  const decrypt_all_fresh_ms = median(freshLoads);

  settle();
  // Search: what the journal screen asks (first page of matches, with the total), and everything.
  const people = generatePeople(shape);
  const names = people.slice(0, 20).map((p) => p.name.split(' ')[0]!);
  const queries = ['coffee', 'garden', 'lonely', 'music', 'quiet day', 'zzz-nothing', ...names, 'work', 'health', 'listened helped'];
  const searchTimes: number[] = [];
  const nameSearchTimes: number[] = [];
  const searchAllTimes: number[] = [];
  for (const search of [...queries, ...queries]) {
    let t = process.hrtime.bigint();
    await service.listEntries({ search, limit: 100 });
    searchTimes.push(ms(t));
    if (names.includes(search)) nameSearchTimes.push(searchTimes.at(-1)!);
    t = process.hrtime.bigint();
    await service.listEntries({ search });
    searchAllTimes.push(ms(t));
  }

  settle();
  // Insights: every analytic over the whole journal, as the Insights screen and `hearth stats` ask.
  // The first call works it out; the repeats, with nothing changed, get the answer the journal kept
  // (insights_after_edit_ms and insights_uncached_ms time working it out again).
  const insightTimes: number[] = [];
  for (let i = 0; i < REPEATS + 1; i++) {
    const t = process.hrtime.bigint();
    await service.insights(undefined);
    insightTimes.push(ms(t));
  }
  const insights_first_ms = insightTimes.shift()!;

  settle();
  // The therapy report: the last year of the journal built, drawn and encrypted into the HTML file.
  // Most of it is age's scrypt (work factor 2^18), which is what makes a guessed passphrase slow.
  const yearOptions = {
    from: `${Number(shape.endDate.slice(0, 4)) - 1}${shape.endDate.slice(4)}`,
    to: shape.endDate,
    sections: [...REPORT_SECTIONS],
    excludeEntryIds: [],
    includeNotes: true,
    names: 'initials' as const,
  };
  const reportTimes = Array.from({ length: 3 }, () => 0);
  for (let i = 0; i < reportTimes.length; i++) {
    const t = process.hrtime.bigint();
    await service.exportReport({ options: yearOptions, format: 'html', passphrase: PASSPHRASE }, join(work, `report-${i}.html`));
    reportTimes[i] = ms(t);
  }

  settle();
  // Backup and restore throughput against a bare secretstream loop over the same bytes, in a fresh process.
  const backup = await measureFreshBackup(await service.backupRecords(), work);

  settle();
  // What a person waits for right after a write: a search after adding an entry, and the insights
  // after editing one (each write drops what was cached). Just before the adds, so that the phases
  // above measure the journal as generated.
  const afterAdd = generateJournal({ ...shape, entries: REPEATS, seed: shape.seed + 2 });
  const searchAfterAddTimes: number[] = [];
  let lastAdded = '';
  for (const [i, e] of afterAdd.entries()) {
    lastAdded = (await service.addEntry(e)).id;
    const t = process.hrtime.bigint();
    await service.listEntries({ search: queries[i % queries.length]!, limit: 100 });
    searchAfterAddTimes.push(ms(t));
  }
  const insightsAfterEditTimes: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    await service.updateEntry({ id: lastAdded, entry: { ...afterAdd[REPEATS - 1]!, mood: i } });
    const t = process.hrtime.bigint();
    await service.insights(undefined);
    insightsAfterEditTimes.push(ms(t));
  }

  settle();
  // Adds, last so that every phase above measures the journal as generated: the service (encrypt +
  // one durable transaction) against a plaintext insert of the same entry. Interleaved, in
  // alternating order, so a slow moment of the disk or the machine weighs on both alike. The
  // plaintext add does what a plaintext journal must: make an id, serialise, commit durably.
  const extra = generateJournal({ ...shape, entries: WARM_UP_ADDS + ADDS, seed: shape.seed + 1 });
  // Both start from an empty write-ahead log, as any journal opened afresh does (the vault's was
  // emptied at the last lock; the plaintext one still holds the bulk insert): a commit that grows
  // the log file costs more than one that rewrites it.
  plainDb.pragma('wal_checkpoint(TRUNCATE)');
  const plainAdd = plainDb.transaction((id: string, json: string) => insertPlain.run(id, 'entry', json));
  // The CPU time of each add as well: on a shared machine the wall clock also counts other processes' turns.
  const addCpu: number[] = [];
  const plainAddCpu: number[] = [];
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  const addPlain = (e: (typeof extra)[number]) => {
    const cpu = process.cpuUsage();
    const wall = timeIt(() => {
      const stamp = new Date().toISOString();
      plainAdd(randomUUID(), JSON.stringify({ ...e, createdAt: stamp, updatedAt: stamp }));
    });
    plainAddCpu.push(cpuMs(cpu));
    return wall;
  };
  const addEncrypted = async (e: (typeof extra)[number]) => {
    const cpu = process.cpuUsage();
    const t = process.hrtime.bigint();
    await service.addEntry(e);
    const wall = ms(t);
    addCpu.push(cpuMs(cpu));
    return wall;
  };
  const addTimes: number[] = [];
  const plainAddTimes: number[] = [];
  for (const [i, e] of extra.entries()) {
    if (i % 2 === 0) {
      addTimes.push(await addEncrypted(e));
      plainAddTimes.push(addPlain(e));
    } else {
      plainAddTimes.push(addPlain(e));
      addTimes.push(await addEncrypted(e));
    }
  }
  for (const xs of [addTimes, plainAddTimes, addCpu, plainAddCpu]) xs.splice(0, WARM_UP_ADDS);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

  dataKey.fill(0);
  checkpointAndClose(db);
  plainDb.close();
  service.close();

  // A fresh process unlocks the journal and searches, as the app or the CLI does when it starts.
  const fresh = measureFreshUnlock(vaultDir, PASSPHRASE, queries[0]!);
  // The first search after unlock for a person's first name, which their entries answer.
  const freshName = measureFreshFirstSearch(vaultDir, PASSPHRASE, names[0]!);
  // The first phrase of two words: the texts of the entries holding both words are read, and made, then.
  const freshPhrase = measureFreshFirstSearch(vaultDir, PASSPHRASE, queries.at(-1)!);

  // The Insights screen in Chromium on this journal; the first visit also warms the page up.
  const screenTimes = await measureInsightsScreen(vaultDir, PASSPHRASE, REPEATS + 1);
  const insights_screen_first_ms = screenTimes.firstScreen.shift()!;
  const insights_screen_all_first_ms = screenTimes.all.shift()!;
  // The Journal screen: its first draw after unlock, what its list calls carried, and the page's heap.
  const journalScreen = await measureJournalScreen(vaultDir, PASSPHRASE, REPEATS);
  // The built command line in fresh processes: start-up, add --ndjson and import.
  const cli = await benchCli(work, journal, PASSPHRASE);
  settle();
  // Sync: applying 1,000 entries another computer added, against adding them here.
  const sync = await benchSync(work);

  const figures = {
    entries: entryCount,
    records: rows.length,
    generate_ms: round(generate_ms),
    kdf_ms: round(kdf_ms),
    unlock_ms: round(unlock_ms),
    decrypt_all_ms: round(decrypt_all_ms),
    decrypt_all_fresh_ms: round(decrypt_all_fresh_ms),
    raw_decrypt_ms: round(raw_decrypt_ms),
    raw_decrypt_one_thread_ms: round(raw_decrypt_one_thread_ms),
    plaintext_load_ms: round(plaintext_load_ms),
    add_p50_ms: round(percentile(addTimes, 50), 2),
    add_p95_ms: round(percentile(addTimes, 95), 2),
    plaintext_add_p95_ms: round(percentile(plainAddTimes, 95), 2),
    add_cpu_mean_ms: round(mean(addCpu), 3),
    plaintext_add_cpu_mean_ms: round(mean(plainAddCpu), 3),
    search_p95_ms: round(percentile(searchTimes, 95), 2),
    name_search_p95_ms: round(percentile(nameSearchTimes, 95), 2),
    search_all_p95_ms: round(percentile(searchAllTimes, 95), 2),
    first_search_ms: round(fresh.first_search_ms, 2),
    care_cards_first_ms: round(care_cards_first_ms, 2),
    list_people_ms: round(list_people_ms, 2),
    first_search_cpu_ms: round(fresh.first_search_cpu_ms, 2),
    first_name_search_ms: round(freshName.first_search_ms, 2),
    first_name_search_cpu_ms: round(freshName.first_search_cpu_ms, 2),
    first_phrase_search_ms: round(freshPhrase.first_search_ms, 2),
    first_phrase_search_cpu_ms: round(freshPhrase.first_search_cpu_ms, 2),
    search_after_add_ms: round(median(searchAfterAddTimes), 2),
    insights_all_ms: round(median(insightTimes)),
    insights_first_ms: round(insights_first_ms),
    insights_uncached_ms: round(fresh.insights_uncached_ms),
    insights_after_edit_ms: round(median(insightsAfterEditTimes)),
    insights_screen_ms: round(median(screenTimes.firstScreen)),
    insights_screen_first_ms: round(insights_screen_first_ms),
    insights_screen_all_ms: round(median(screenTimes.all)),
    insights_screen_all_first_ms: round(insights_screen_all_first_ms),
    journal_screen_first_ms: round(journalScreen.firstMs),
    journal_screen_ms: round(median(journalScreen.times)),
    journal_screen_bytes: journalScreen.bytes,
    journal_screen_heap_mb: round(journalScreen.heapMb),
    report_html_ms: round(median(reportTimes)),
    backup_mb_s: round(backup.backup_mb_s),
    restore_mb_s: round(backup.restore_mb_s),
    raw_secretstream_mb_s: round(backup.raw_secretstream_mb_s),
    raw_parse_mb_s: round(backup.raw_parse_mb_s),
    backup_bytes: backup.backup_bytes,
    rss_mb: round(rss_mb),
    ...cli.figures,
    ...sync.figures,
    peak_rss_mb: round(fresh.peak_rss_mb),
    unlocked_rss_mb: round(fresh.rss_mb),
    unlocked_heap_mb: round(fresh.heap_used_mb),
    unlocked_external_mb: round(fresh.external_mb),
    unlocked_array_buffers_mb: round(fresh.array_buffers_mb),
    unlocked_native_mb: round(fresh.native_mb),
    note_chars_per_entry: Math.round(fresh.note_chars_per_entry),
    journal_bytes_per_entry_beyond_note: Math.round(fresh.journal_bytes_per_entry_beyond_note),
    journal_listed_bytes_per_entry_beyond_note: Math.round(fresh.journal_listed_bytes_per_entry_beyond_note),
    search_index_bytes_per_entry: Math.round(fresh.search_index_bytes_per_entry),
    search_index_bytes_per_entry_beyond_text: Math.round(fresh.search_index_bytes_per_entry_beyond_text),
    entry_data_bytes_per_entry_beyond_note: Math.round(fresh.entry_data_bytes_per_entry_beyond_note),
    journal_other_bytes_per_entry: Math.round(fresh.journal_other_bytes_per_entry),
  };
  const ratios = {
    decrypt_all_vs_raw: round(decrypt_all_ms / raw_decrypt_ms, 2),
    // Both loads in a fresh process: the in-process decrypt_all shares its heap with the generated journal.
    decrypt_all_vs_plaintext: round(decrypt_all_fresh_ms / plaintext_load_ms, 2),
    decrypt_all_in_process_vs_plaintext: round(decrypt_all_ms / plaintext_load_ms, 2),
    add_p95_vs_plaintext: round(percentile(addTimes, 95) / percentile(plainAddTimes, 95), 2),
    add_cpu_vs_plaintext: round(mean(addCpu) / mean(plainAddCpu), 2),
    backup_vs_raw_secretstream: round(backup.backup_mb_s / backup.raw_secretstream_mb_s, 2),
    restore_vs_raw_secretstream: round(backup.restore_mb_s / backup.raw_secretstream_mb_s, 2),
    restore_vs_raw_parse: round(backup.restore_mb_s / backup.raw_parse_mb_s, 2),
    ...cli.ratios,
    ...sync.ratios,
  };
  const targets = {
    decrypt_all_le_2x_raw: ratios.decrypt_all_vs_raw <= 2,
    decrypt_all_le_2x_plaintext: ratios.decrypt_all_vs_plaintext <= 2,
    add_p95_le_1_5x_plaintext: ratios.add_p95_vs_plaintext <= 1.5,
    search_p95_le_30ms: figures.search_p95_ms <= 30,
    name_search_p95_le_30ms: figures.name_search_p95_ms <= 30,
    first_search_le_50ms: figures.first_search_ms <= 50,
    care_cards_first_le_200ms: figures.care_cards_first_ms <= 200,
    first_name_search_le_50ms: figures.first_name_search_ms <= 50,
    first_phrase_search_le_50ms: figures.first_phrase_search_ms <= 50,
    // Once every entry was listed the journal holds the most it holds for them.
    journal_le_3kb_per_entry_beyond_note: figures.journal_listed_bytes_per_entry_beyond_note <= 3072,
    insights_all_le_50ms: figures.insights_all_ms <= 50,
    insights_screen_le_1000ms: figures.insights_screen_ms <= 1000,
    backup_ge_half_raw_secretstream: ratios.backup_vs_raw_secretstream >= 0.5,
    restore_ge_half_raw_secretstream: ratios.restore_vs_raw_secretstream >= 0.5,
    ...cli.targets,
    ...sync.targets,
  };
  const report = { ...figures, ratios, targets };
  if (values.json) console.log(JSON.stringify(report));
  else {
    for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(24)} ${v}`);
    for (const [k, v] of Object.entries(ratios)) console.log(`${k.padEnd(24)} ${v}x`);
    for (const [k, v] of Object.entries(targets)) console.log(`${k.padEnd(24)} ${v ? 'met' : 'MISSED'}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
