// Figures that only a fresh process tells honestly: the first search and the first insights after
// an unlock with nothing warm, the peak resident memory of an unlock (Argon2's 256 MiB included:
// its worker thread is in the same process), the memory of the unlocked journal in its parts, and a
// plaintext load with no other phase's garbage in the heap. Each child is this file run again.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { HearthService } from '../electron/service/hearth-service';
import { SearchIndex, searchText } from '../electron/service/search-index';
import { loadSodium } from '../electron/vault/sodium';

const MB = 2 ** 20;

export interface UnlockFigures {
  peak_rss_mb: number;
  rss_mb: number;
  heap_used_mb: number;
  external_mb: number;
  array_buffers_mb: number;
  /** RSS less the JavaScript heap and external memory: code, SQLite's cache, allocator slack. */
  native_mb: number;
  first_search_ms: number;
  /** The same search in CPU time: on a loaded machine, the wall clock also counts other processes' turns. */
  first_search_cpu_ms: number;
  insights_uncached_ms: number;
  /** What the unlocked journal holds in the heap per entry, less the note text itself. */
  journal_bytes_per_entry_beyond_note: number;
  /** The same once every entry was listed: the journal then keeps each entry's named form too. */
  journal_listed_bytes_per_entry_beyond_note: number;
  /**
   * The search index alone per entry: with every entry's lower-cased text counted (what an index
   * given texts rather than sources holds; the journal's never does, as its searches keep no text
   * they make), and as unlocked, holding each entry's note and tags (the journal's own).
   */
  search_index_bytes_per_entry: number;
  search_index_bytes_per_entry_beyond_text: number;
  /** The entries' data as decrypted and parsed, less the note text: dates, tags, interactions. */
  entry_data_bytes_per_entry_beyond_note: number;
  /** The rest of the journal beyond the note: per-entry records, maps by id, the order, people. */
  journal_other_bytes_per_entry: number;
  note_chars_per_entry: number;
}

/** Runs this file in a new node with the given task, and returns what it printed as JSON. */
function child<T>(args: string[]): T {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), ...args], { encoding: 'utf8', maxBuffer: 2 ** 24 });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

export function measureFreshUnlock(vaultDir: string, passphrase: string, search: string): UnlockFigures {
  return child<UnlockFigures>(['unlock', vaultDir, passphrase, search]);
}

/** The first search after an unlock alone, in a fresh process: wall clock and CPU time. */
export function measureFreshFirstSearch(vaultDir: string, passphrase: string, search: string): Pick<UnlockFigures, 'first_search_ms' | 'first_search_cpu_ms'> {
  return child(['first-search', vaultDir, passphrase, search]);
}

/**
 * The load phase of one unlock (opening, parsing and indexing every record once the key is known, as
 * the service reports it) in a fresh process: what a person waits for after the passphrase when the
 * app has just started, under the same conditions as the plaintext load it is compared with.
 */
export function measureFreshLoad(vaultDir: string, passphrase: string): { load_ms: number; kdf_ms: number } {
  return child(['load', vaultDir, passphrase]);
}

/** Loads and parses every row of a plaintext copy of the journal, once, in a fresh process. */
export function measureFreshPlaintextLoad(dbPath: string): number {
  return child<{ ms: number }>(['plaintext', dbPath]).ms;
}

const gc = () => {
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
};
/** What the heap and the array buffers hold, after collecting what can be collected. */
const held = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Times one search, as the journal screen asks it (the first page of matches with their total). */
async function timeSearch(service: HearthService, search: string): Promise<Pick<UnlockFigures, 'first_search_ms' | 'first_search_cpu_ms'>> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await service.listEntries({ search, limit: 100 });
  const first_search_ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { first_search_ms, first_search_cpu_ms: (used.user + used.system) / 1000 };
}

async function firstSearchChild(vaultDir: string, passphrase: string, search: string): Promise<Pick<UnlockFigures, 'first_search_ms' | 'first_search_cpu_ms'>> {
  const service = new HearthService({ vaultDir });
  await service.unlock({ passphrase });
  const figures = await timeSearch(service, search);
  service.close();
  return figures;
}

async function unlockChild(vaultDir: string, passphrase: string, search: string): Promise<UnlockFigures> {
  const service = new HearthService({ vaultDir });
  // libsodium and the status query load before the baseline, so it holds them too.
  await loadSodium();
  await service.status();
  const before = held();
  await service.unlock({ passphrase });
  const { first_search_ms, first_search_cpu_ms } = await timeSearch(service, search);
  const t = performance.now();
  await service.insights(undefined);
  const insights_uncached_ms = performance.now() - t;
  const m = process.memoryUsage();
  const peak_rss_mb = (process.resourceUsage().maxRSS * 1024) / MB;

  // The journal in memory: measured with the insights' cache of named entries dropped again.
  await service.lock();
  await service.unlock({ passphrase });
  const journal = held() - before;
  const stored = (await service.listEntries(undefined)).entries;
  const listed = held() - before;
  const entries = stored.length || 1;
  const noteChars = stored.reduce((sum, e) => sum + e.note.length, 0);

  // The search index alone, built again beside the journal from the same notes, tags and people, as
  // the journal builds it; the texts are made only to count what reading them all would add.
  const sources = stored.map((e) => ({ note: e.note, tags: e.tags }));
  const texts = stored.map((e) => searchText(e.note, e.tags));
  const people = stored.map((e) => e.interactions.map((i) => i.person));
  const textBytes = texts.reduce((sum, x) => sum + x.length, 0);
  let bare = held();
  const index = new SearchIndex();
  sources.forEach((x, i) => index.put(String(i), x, people[i]));
  const indexBytes = held() - bare;

  // The entries' data alone: each record's JSON, as the backup writes it, parsed again.
  const json = (await service.backupRecords()).flatMap((r) => (r.kind === 'entry' ? [JSON.stringify(r.data)] : []));
  bare = held();
  const parsed = json.map((x) => JSON.parse(x) as unknown);
  const dataBytes = held() - bare;
  // Both are held until measured: read them once more so that neither is collected before.
  if (parsed.length !== entries || index.slotCount !== entries) throw new Error('the journal changed while measured');
  service.close();
  return {
    peak_rss_mb,
    rss_mb: m.rss / MB,
    heap_used_mb: m.heapUsed / MB,
    external_mb: (m.external - m.arrayBuffers) / MB,
    array_buffers_mb: m.arrayBuffers / MB,
    native_mb: (m.rss - m.heapTotal - m.external) / MB,
    first_search_ms,
    first_search_cpu_ms,
    insights_uncached_ms,
    journal_bytes_per_entry_beyond_note: (journal - noteChars) / entries,
    journal_listed_bytes_per_entry_beyond_note: (listed - noteChars) / entries,
    // Were every text read by a phrase search, the index would hold them all: count them as its own.
    search_index_bytes_per_entry: (indexBytes + textBytes) / entries,
    search_index_bytes_per_entry_beyond_text: indexBytes / entries,
    entry_data_bytes_per_entry_beyond_note: (dataBytes - noteChars) / entries,
    journal_other_bytes_per_entry: (journal - indexBytes - dataBytes) / entries,
    note_chars_per_entry: noteChars / entries,
  };
}

async function loadChild(vaultDir: string, passphrase: string): Promise<{ load_ms: number; kdf_ms: number }> {
  let timings = { kdfMs: NaN, loadMs: NaN };
  const service = new HearthService({ vaultDir, onUnlock: (t) => (timings = t) });
  await service.status();
  await service.unlock({ passphrase });
  service.close();
  return { load_ms: timings.loadMs, kdf_ms: timings.kdfMs };
}

function plaintextChild(dbPath: string): { ms: number } {
  const t = performance.now();
  const db = new Database(dbPath, { readonly: true });
  const parsed = new Map<string, unknown>();
  for (const r of db.prepare('SELECT id, json FROM records').all() as Array<{ id: string; json: string }>) parsed.set(r.id, JSON.parse(r.json));
  const ms = performance.now() - t;
  db.close();
  return { ms };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [task, ...args] = process.argv.slice(2);
  const tasks: Record<string, () => Promise<unknown>> = {
    unlock: () => unlockChild(args[0]!, args[1]!, args[2]!),
    'first-search': () => firstSearchChild(args[0]!, args[1]!, args[2]!),
    load: () => loadChild(args[0]!, args[1]!),
    plaintext: async () => plaintextChild(args[0]!),
  };
  const result = await tasks[task!]!();
  console.log(JSON.stringify(result));
}
