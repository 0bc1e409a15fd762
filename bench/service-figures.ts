// node --expose-gc --import tsx bench/service-figures.ts [--entries N] [--vault DIR]
// The service's search and Insights figures of bench/run.ts, made the same way (same journal,
// queries, repeats and fresh child process), without the other phases: a few minutes at 100k
// where the whole bench takes far longer, to compare two versions of the service side by side.
// --vault DIR starts from a copy of a journal generate-journal.ts made (with N entries and this
// passphrase) instead of making one; the folder itself is left untouched.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { HearthService } from '../electron/service/hearth-service';
import { DEFAULT_SHAPE, generateJournal, generatePeople } from './generate-journal';
import { measureFreshUnlock } from './fresh-process';
import { entryCountArg } from './entry-count';

const { values } = parseArgs({ options: { entries: { type: 'string' }, vault: { type: 'string' } } });
const entries = entryCountArg(values.entries);
const PASSPHRASE = 'benchmark passphrase, not secret';
const REPEATS = 5;
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

const work = mkdtempSync(join(tmpdir(), 'hearth-figures-'));
try {
  const vaultDir = join(work, 'vault');
  const shape = { ...DEFAULT_SHAPE, entries };
  const service = new HearthService({ vaultDir });
  if (values.vault === undefined) {
    await service.create({ passphrase: PASSPHRASE });
    await service.addEntries(generateJournal(shape));
    await service.lock();
  } else cpSync(values.vault, vaultDir, { recursive: true });
  await service.unlock({ passphrase: PASSPHRASE });
  // What the Journal and People screens ask first after an unlock, before anything else warms up.
  let t0 = process.hrtime.bigint();
  await service.careCards(undefined);
  const careCardsFirst = ms(t0);
  t0 = process.hrtime.bigint();
  await service.listPeople(undefined);
  const listPeopleFirst = ms(t0);
  // Reach-out (off unless the person turns it on) reads each person's days up to today: the cards' dearest case.
  await service.setCare({ reachOut: true });
  t0 = process.hrtime.bigint();
  await service.careCards(undefined);
  const careCardsReachOut = ms(t0);
  const names = generatePeople(shape)
    .slice(0, 20)
    .map((p) => p.name.split(' ')[0]!);
  const queries = ['coffee', 'garden', 'lonely', 'music', 'quiet day', 'zzz-nothing', ...names, 'work', 'health', 'listened helped'];
  const searchTimes: number[] = [];
  for (const search of [...queries, ...queries]) {
    const t = process.hrtime.bigint();
    await service.listEntries({ search, limit: 100 });
    searchTimes.push(ms(t));
    await service.listEntries({ search });
  }
  const insightTimes: number[] = [];
  for (let i = 0; i < REPEATS + 1; i++) {
    const t = process.hrtime.bigint();
    await service.insights(undefined);
    insightTimes.push(ms(t));
  }
  insightTimes.shift();
  const afterAdd = generateJournal({ ...shape, entries: REPEATS, seed: shape.seed + 2 });
  let lastAdded = '';
  for (const e of afterAdd) lastAdded = (await service.addEntry(e)).id;
  const afterEdit: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    await service.updateEntry({ id: lastAdded, entry: { ...afterAdd[REPEATS - 1]!, mood: i } });
    const t = process.hrtime.bigint();
    await service.insights(undefined);
    afterEdit.push(ms(t));
  }
  service.close();
  const fresh = measureFreshUnlock(vaultDir, PASSPHRASE, queries[0]!);
  console.log(
    JSON.stringify({
      entries,
      care_cards_first_ms: round(careCardsFirst),
      list_people_ms: round(listPeopleFirst),
      care_cards_reach_out_ms: round(careCardsReachOut),
      search_p95_ms: round(percentile(searchTimes, 95), 2),
      first_search_ms: round(fresh.first_search_ms, 2),
      insights_all_ms: round(median(insightTimes)),
      insights_uncached_ms: round(fresh.insights_uncached_ms),
      insights_after_edit_ms: round(median(afterEdit)),
      journal_bytes_per_entry_beyond_note: Math.round(fresh.journal_bytes_per_entry_beyond_note),
      journal_listed_bytes_per_entry_beyond_note: Math.round(fresh.journal_listed_bytes_per_entry_beyond_note),
      search_index_bytes_per_entry_beyond_text: Math.round(fresh.search_index_bytes_per_entry_beyond_text),
      entry_data_bytes_per_entry_beyond_note: Math.round(fresh.entry_data_bytes_per_entry_beyond_note),
      journal_other_bytes_per_entry: Math.round(fresh.journal_other_bytes_per_entry),
    }),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
