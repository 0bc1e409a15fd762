// The armored block of a report file, saved as report.age, opens with the age command-line tool
// (Debian package `age`). age reads a passphrase only from a terminal, so it runs under
// `script` (util-linux), which gives it a pseudo-terminal whose input is this test's pipe.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../electron/report/build-report';
import { renderReportFile } from '../../../electron/report/report-file';
import { renderReportBody } from '../../../electron/report/report-html';
import { generateSharePassphrase } from '../../../electron/report/share-passphrase';
import { REPORT_SECTIONS, reportOptionsSchema } from '../../../shared/exchange';
import { generatedYear } from './journal';

/** age accepts work factors down to 1; 10 keeps the test fast. */
const WORK_FACTOR = 10;

function tool(command: string, args: string[]): string | null {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  return run.status === 0 ? `${run.stdout}${run.stderr}`.trim() : null;
}

/** Runs `age -d -o out in` on a pseudo-terminal and types the passphrase when age asks for it. */
function ageDecrypt(input: string, output: string, passphrase: string): Promise<{ code: number | null; transcript: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', `age -d -o '${output}' '${input}'`, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let transcript = '';
    let typed = false;
    const read = (chunk: Buffer) => {
      transcript += chunk.toString('utf8');
      if (!typed && /passphrase/i.test(transcript)) {
        typed = true;
        child.stdin.write(`${passphrase}\n`);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`age did not finish within 30 s:\n${transcript}`));
    }, 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.end();
      resolve({ code, transcript });
    });
  });
}

describe('the age command-line tool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-age-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const { entries, people } = generatedYear('2026-11-24', 60);
  const model = buildReport(
    entries,
    people,
    reportOptionsSchema.parse({ from: '2026-01-01', to: '2026-11-24', sections: [...REPORT_SECTIONS], includeNotes: true, names: 'full' }),
    { today: '2026-11-25', weekStartsOn: 1 },
  );
  const { passphrase } = generateSharePassphrase();

  async function saveBlock(): Promise<string> {
    const file = await renderReportFile(model, passphrase, { scryptWorkFactor: WORK_FACTOR });
    const block = /<pre id="hearth-age">([^<]*)<\/pre>/.exec(file)![1]!;
    const path = join(dir, 'report.age');
    writeFileSync(path, block);
    return path;
  }

  it('is installed, with script to give it a terminal', () => {
    expect(existsSync('/usr/bin/age') || tool('age', ['--version']) !== null, 'The age tool is missing: install the Debian package `age` (apt-get install age).').toBe(true);
    expect(tool('script', ['--version']), 'script is missing: install the Debian package `bsdutils` (util-linux).').not.toBeNull();
  });

  it('decrypts the saved block to the report body with the share passphrase', async () => {
    const input = await saveBlock();
    const output = join(dir, 'report.html');
    const { code, transcript } = await ageDecrypt(input, output, passphrase);
    expect(code, transcript).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(renderReportBody(model));
  });

  it('refuses a wrong passphrase', async () => {
    const input = await saveBlock();
    const output = join(dir, 'wrong.html');
    const { code, transcript } = await ageDecrypt(input, output, `${passphrase}x`);
    expect(code).not.toBe(0);
    expect(transcript).toMatch(/incorrect passphrase|no identity matched/i);
    expect(existsSync(output) ? readFileSync(output, 'utf8') : '').toBe('');
  });
});
