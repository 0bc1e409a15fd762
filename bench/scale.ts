// npm run bench:scale [-- --sizes 1000,11000,100000]
// Runs the bench at each size, each in its own process, and prints every figure per 1,000 entries
// beside its value, with how the per-entry cost grew from the smallest size to the largest: a cost
// that grows faster than the journal shows as a growth above 1.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,11000,100000' } } });
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 100)) {
  console.error('--sizes must be whole numbers of at least 100, separated by commas');
  process.exit(2);
}

const run = fileURLToPath(new URL('./run.ts', import.meta.url));
const reports: Array<Record<string, unknown>> = [];
for (const n of sizes) {
  console.error(`bench at ${n} entries…`);
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', run, '--entries', String(n), '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 2 ** 24 });
  reports.push(JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>);
}

/** Figures that are not a cost of the journal's size: rates, ratios per entry already, and counts. */
const NOT_PER_ENTRY = /(_mb_s|_per_entry(_|$)|^entries$|^records$)/;
const cell = (v: string) => v.padStart(12);
const figure = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3));

console.log(['figure'.padEnd(40), ...sizes.map((n) => cell(`${n}`)), ...sizes.map((n) => cell(`/1k @${n}`)), cell('growth')].join(''));
for (const key of Object.keys(reports[0]!)) {
  const raw = reports.map((r) => r[key]);
  if (raw.some((v) => typeof v !== 'number')) continue;
  const nums = raw as number[];
  const perK = NOT_PER_ENTRY.test(key) ? null : nums.map((v, i) => (v / sizes[i]!) * 1000);
  const growth = perK && perK[0]! > 0 ? perK[perK.length - 1]! / perK[0]! : null;
  console.log(
    [
      key.padEnd(40),
      ...nums.map((v) => cell(figure(v))),
      ...(perK ? perK.map((v) => cell(figure(v))) : sizes.map(() => cell('-'))),
      cell(growth === null ? '-' : `${growth.toFixed(2)}x`),
    ].join(''),
  );
}
for (const section of ['ratios', 'targets'] as const) {
  console.log(`\n${section}`);
  for (const key of Object.keys(reports[0]![section] as object)) {
    console.log([key.padEnd(40), ...reports.map((r) => cell(String((r[section] as Record<string, unknown>)[key])))].join(''));
  }
}
