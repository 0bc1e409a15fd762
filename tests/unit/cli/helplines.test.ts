// hearth helplines: needs no journal; a listed country prints its lines, any other the directory.
import { describe, expect, it } from 'vitest';
import { helplinesFor, INTERNATIONAL_DIRECTORY } from '../../../shared/helplines';
import { cli, emptyDir } from './helpers';

describe('hearth helplines', () => {
  it('prints a listed country with sources and dates, without a journal or a passphrase', async () => {
    const none = emptyDir();
    const { code, stdout, stderr } = await cli(['--vault', none.dir, 'helplines', '--country', 'gb'], { env: {} });
    none.cleanup();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('United Kingdom (GB). In immediate danger, call 999.');
    expect(stdout).toContain('Samaritans: call 116 123');
    expect(stdout).toContain(`source ${helplinesFor('GB')!.lines[0]!.source}, checked ${helplinesFor('GB')!.lines[0]!.checked}`);
    expect(stdout).toContain('Shout 85258: text 85258');
    expect(stdout).toContain(INTERNATIONAL_DIRECTORY.url);
  });

  it('takes the country from LANG, and prints JSON', async () => {
    const { code, stdout } = await cli(['helplines', '--json'], { env: { LANG: 'en_AU.UTF-8' } });
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { country: string; lines: Array<{ call: string[]; text: string }>; directory: { url: string } };
    expect(out.country).toBe('AU');
    expect(out.lines[0]!.call).toEqual(['13 11 14']);
    expect(out.lines[0]!.text).toBe('0477 13 11 14');
    expect(out.directory.url).toBe(INTERNATIONAL_DIRECTORY.url);
  });

  it('answers a country it has no list for with the international directory, exit 0', async () => {
    const { code, stdout } = await cli(['helplines', '--country', 'JP'], { env: {} });
    expect(code).toBe(0);
    expect(stdout).toContain(`Hearth has no list for JP. Find A Helpline (international directory): ${INTERNATIONAL_DIRECTORY.url}`);
    const json = await cli(['helplines', '--country', 'JP', '--json'], { env: {} });
    expect(JSON.parse(json.stdout)).toMatchObject({ country: null, lines: [], directory: { url: INTERNATIONAL_DIRECTORY.url } });
  });

  it('refuses a country that is not a two-letter code (exit 2)', async () => {
    const { code, stderr } = await cli(['helplines', '--country', 'England'], { env: {} });
    expect(code).toBe(2);
    expect(stderr).toContain('two-letter country code');
  });
});
