// npm run bench:screens -- [--entries N] [--vault DIR] [--json]   (builds the renderer first; needs /usr/bin/chromium)
// Only the desktop screens' figures (the Journal's first draw, bytes and heap; the Insights screen),
// without the rest of the bench. --vault keeps the generated journal in DIR and reuses it on the
// next run, so a before/after comparison at 100k entries measures the same journal twice.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { HearthService } from '../electron/service/hearth-service';
import { DEFAULT_SHAPE, generateJournal } from './generate-journal';
import { entryCountArg } from './entry-count';
import { measureInsightsScreen } from './insights-screen';
import { measureJournalScreen } from './journal-screen';

const { values } = parseArgs({ options: { entries: { type: 'string' }, vault: { type: 'string' }, json: { type: 'boolean', default: false } } });
const entryCount = entryCountArg(values.entries);

const PASSPHRASE = 'benchmark passphrase, not secret';
const REPEATS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

const work = values.vault === undefined ? mkdtempSync(join(tmpdir(), 'hearth-screens-')) : null;
const vaultDir = values.vault === undefined ? join(work!, 'vault') : resolve(values.vault);
try {
  if (!existsSync(join(vaultDir, 'hearth.db'))) {
    console.error(`generating ${entryCount} entries in ${vaultDir}…`);
    const service = new HearthService({ vaultDir });
    await service.create({ passphrase: PASSPHRASE });
    await service.addEntries(generateJournal({ ...DEFAULT_SHAPE, entries: entryCount }));
    service.close();
  }
  const journal = await measureJournalScreen(vaultDir, PASSPHRASE, REPEATS);
  const insightsTimes = await measureInsightsScreen(vaultDir, PASSPHRASE, REPEATS + 1);
  const insights_screen_first_ms = insightsTimes.firstScreen.shift()!;
  const insights_screen_all_first_ms = insightsTimes.all.shift()!;
  const figures = {
    entries: entryCount,
    journal_screen_first_ms: round(journal.firstMs),
    journal_screen_ms: round(median(journal.times)),
    journal_screen_bytes: journal.bytes,
    journal_screen_heap_mb: round(journal.heapMb),
    insights_screen_first_ms: round(insights_screen_first_ms),
    insights_screen_ms: round(median(insightsTimes.firstScreen)),
    insights_screen_all_first_ms: round(insights_screen_all_first_ms),
    insights_screen_all_ms: round(median(insightsTimes.all)),
  };
  if (values.json) console.log(JSON.stringify(figures));
  else for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(26)} ${v}`);
} finally {
  if (work) rmSync(work, { recursive: true, force: true });
}
