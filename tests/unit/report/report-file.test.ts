// The encrypted report file: a complete page whose only report content is the age ciphertext,
// opened by Node's age-encryption here (the browser and the age CLI have their own tests).
import { createHash } from 'node:crypto';
import { armor, Decrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { buildReport, REPORT_TITLE } from '../../../electron/report/build-report';
import { renderReportFile } from '../../../electron/report/report-file';
import { renderReportBody } from '../../../electron/report/report-html';
import { REPORT_SECTIONS, reportOptionsSchema } from '../../../shared/exchange';
import { entry, generatedYear, interaction, person } from './journal';

const PASSPHRASE = 'abacus-ability-zoom-yo-yo-tidal-quench';
/** Tests use a cheap scrypt; the default (18) is checked once below. */
const FAST = { scryptWorkFactor: 10 };
const ctx = { today: '2026-04-02', weekStartsOn: 1 as const };

function ageBlock(file: string): string {
  const match = /<pre id="hearth-age">([^<]*)<\/pre>/.exec(file);
  expect(match, 'the file holds an armored age block').not.toBeNull();
  return match![1]!;
}

async function decrypt(file: string, passphrase = PASSPHRASE): Promise<string> {
  const d = new Decrypter();
  d.addPassphrase(passphrase);
  return d.decrypt(armor.decode(ageBlock(file)), 'text');
}

/** The file with its ciphertext cut out: what anyone sees without the passphrase. */
const outside = (file: string) => file.replace(ageBlock(file), '');

describe('renderReportFile', () => {
  const canaryPerson = person(1, 'Quentin Canarysson', 'friend');
  const other = person(2, 'Mira Holt', 'family');
  const excluded = entry('2026-03-05T10:00:00+01:00', {
    mood: 2,
    support: 9,
    note: 'CANARY-EXCLUDED-NOTE',
    tags: ['canary-excluded-tag'],
    interactions: [interaction(other, { kinds: ['financial'] })],
  });
  const journal = [
    entry('2026-03-01T09:15:00+01:00', { mood: 6, support: 7, note: 'CANARY-INCLUDED-NOTE', tags: ['canary-included-tag'], interactions: [interaction(canaryPerson)] }),
    excluded,
    entry('2026-03-08T20:45:00+01:00', { mood: 4, support: 5, stress: 8, interactions: [interaction(canaryPerson, { kinds: ['practical'] })] }),
  ];
  const options = reportOptionsSchema.parse({ from: '2026-03-01', to: '2026-03-31', sections: [...REPORT_SECTIONS], excludeEntryIds: [excluded.id], includeNotes: false, names: 'initials' });
  const model = buildReport(journal, [canaryPerson, other], options, ctx);
  const filePromise = renderReportFile(model, PASSPHRASE, FAST);

  it('holds the report body, and nothing left out appears in it or anywhere in the file', async () => {
    const file = await filePromise;
    const body = await decrypt(file);
    expect(body).toBe(renderReportBody(model));
    for (const canary of ['CANARY-EXCLUDED-NOTE', 'canary-excluded-tag', 'CANARY-INCLUDED-NOTE', 'canary-included-tag', 'Quentin', 'Canarysson', 'Mira', 'Holt']) {
      expect(body).not.toContain(canary);
      expect(file).not.toContain(canary);
    }
    // What was chosen is there: the person's initials, the entries' days and times.
    expect(body).toContain('Q. C.');
    expect(body).toContain('Sun 1 Mar 2026, 09:15');
    expect(body).toContain('Sun 8 Mar 2026, 20:45');
    expect(body).not.toContain('Thu 5 Mar 2026, 10:00');
    expect(body).toContain(REPORT_TITLE);
  });

  it('shows nothing of the report outside the ciphertext, not even its title', async () => {
    const rest = outside(await filePromise);
    for (const text of [REPORT_TITLE, 'Q. C.', 'Mar 2026', '2026-03', 'Overview', 'hearth-report-title']) expect(rest).not.toContain(text);
    expect(rest).toContain('<title>Hearth report — enter the passphrase you were given</title>');
  });

  it('is a complete page: doctype, language, charset, viewport, a labelled form and a live status', async () => {
    const file = await filePromise;
    expect(file.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(file).toContain('<meta charset="utf-8">');
    expect(file).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(file).toMatch(/<label for="hearth-passphrase">Passphrase<\/label>\s*<input id="hearth-passphrase"/);
    expect(file).toContain('<button id="hearth-open" type="submit">Open report</button>');
    expect(file).toContain('<p id="hearth-status" role="status" aria-live="polite"></p>');
    expect(file).toMatch(/<details>\s*<summary>Encrypted data \(for the age tool\)<\/summary>[^]*age -d report\.age[^]*<pre id="hearth-age">-----BEGIN AGE ENCRYPTED FILE-----\n/);
    expect(file.match(/<script\b/g)).toHaveLength(1);
    expect(file.match(/<style\b/g)).toHaveLength(1);
    expect(file).not.toMatch(/\s(src|href)=/);
  });

  it('allows exactly its one script and one style, by hash, and nothing else', async () => {
    const file = await filePromise;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(file)![1]!;
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const script = /<script>([^]*)<\/script>/.exec(file)![1]!;
    const style = /<style>([^]*)<\/style>/.exec(file)![1]!;
    expect(csp).toBe(`default-src 'none'; script-src ${hash(script)}; style-src ${hash(style)}; img-src data:; base-uri 'none'; form-action 'none'`);
    // The policy comes before anything it governs.
    expect(file.indexOf('Content-Security-Policy')).toBeLessThan(file.indexOf('<style>'));
    expect(script).not.toMatch(/fetch\(|XMLHttpRequest|WebSocket|sendBeacon|importScripts/);
  });

  it('does not open with a wrong passphrase', async () => {
    await expect(decrypt(await filePromise, 'abacus-ability-zoom-yo-yo-tidal-quenc')).rejects.toThrow();
  });

  it('uses a fresh file key and salt every time', async () => {
    const again = await renderReportFile(model, PASSPHRASE, FAST);
    expect(ageBlock(again)).not.toBe(ageBlock(await filePromise));
    expect(outside(again)).toBe(outside(await filePromise));
  });

  it('uses the library default scrypt work factor unless told otherwise, and takes a year of entries', async () => {
    const year = generatedYear();
    const started = performance.now();
    const yearModel = buildReport(
      year.entries,
      year.people,
      reportOptionsSchema.parse({ from: '2025-11-25', to: '2026-11-24', sections: [...REPORT_SECTIONS], includeNotes: true }),
      { today: '2026-11-25', weekStartsOn: 1 },
    );
    const file = await renderReportFile(yearModel, PASSPHRASE);
    console.log(`one year (${yearModel.entries.length} entries), build + render + encrypt at the default work factor: ${Math.round(performance.now() - started)} ms, ${Math.round(file.length / 1024)} KiB`);
    const header = new TextDecoder().decode(armor.decode(ageBlock(file)).slice(0, 200));
    expect(header).toMatch(/^age-encryption\.org\/v1\n-> scrypt [A-Za-z0-9+/]{22} 18\n/);
    expect(await decrypt(file)).toBe(renderReportBody(yearModel));
  });
});
