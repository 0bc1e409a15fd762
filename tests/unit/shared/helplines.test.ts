// The helplines shipped with the app: every promised country, every line sourced and dated, every
// address https, and a system locale read into its country.
import { describe, expect, it } from 'vitest';
import { careSettingsSchema, care } from '../../../shared/contract/care';
import { countryOfLocale, countryOfLocales, HELPLINE_URLS, HELPLINES, helplinesFor, INTERNATIONAL_DIRECTORY, isHelplineUrl, reachBy } from '../../../shared/helplines';

const PROMISED = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'DE', 'FR', 'ES', 'IT', 'NL', 'IN', 'BR'];

const isHttps = (url: string) => {
  const u = new URL(url);
  return u.protocol === 'https:' && u.username === '' && u.password === '' && u.hostname.includes('.');
};

describe('the helpline list', () => {
  it('has every promised country once, each with an emergency number and at least one line', () => {
    const codes = HELPLINES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of PROMISED) {
      const country = helplinesFor(code);
      expect(country, code).not.toBeNull();
      expect(country!.emergency).toMatch(/\d/);
      expect(country!.lines.length).toBeGreaterThan(0);
    }
  });

  it('gives every line a name, a way to reach it, an https site and source, and a real checked date', () => {
    for (const country of HELPLINES) {
      for (const line of country.lines) {
        expect(line.name.trim(), country.code).not.toBe('');
        expect(line.call?.length || line.text, line.name).toBeTruthy();
        expect(isHttps(line.url), line.url).toBe(true);
        expect(isHttps(line.source), line.source).toBe(true);
        expect(line.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${line.checked}T00:00:00Z`).toISOString().slice(0, 10)).toBe(line.checked);
      }
    }
    expect(isHttps(INTERNATIONAL_DIRECTORY.url)).toBe(true);
    expect(isHttps(INTERNATIONAL_DIRECTORY.source)).toBe(true);
  });

  it('dates every check on a real day no later than today', () => {
    const today = new Date().toISOString().slice(0, 10);
    const dates = [INTERNATIONAL_DIRECTORY.checked, ...HELPLINES.flatMap((c) => c.lines.map((l) => l.checked))];
    for (const checked of dates) {
      expect(checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${checked}T00:00:00Z`).toISOString().slice(0, 10)).toBe(checked);
      expect(checked <= today, checked).toBe(true);
    }
  });

  it('writes every number with digits, spaces and a leading + only, and dials the numbers read at the sources', () => {
    // The tel: link of each line's numbers, typed by hand from the pages named in shared/helplines.ts.
    const dialled: Record<string, { call?: string[]; text?: string }> = {
      '988 Suicide & Crisis Lifeline': { call: ['tel:988'], text: 'tel:988' },
      '9-8-8 Suicide Crisis Helpline': { call: ['tel:988'], text: 'tel:988' },
      Samaritans: { call: ['tel:116123'] },
      'Shout 85258': { text: 'tel:85258' },
      'Samaritans Ireland': { call: ['tel:116123'] },
      Pieta: { call: ['tel:1800247247'], text: 'tel:51444' },
      'Lifeline Australia': { call: ['tel:131114'], text: 'tel:0477131114' },
      '1737, Need to talk?': { call: ['tel:1737'], text: 'tel:1737' },
      'Lifeline Aotearoa': { call: ['tel:0800543354'] },
      TelefonSeelsorge: { call: ['tel:08001110111', 'tel:08001110222'] },
      '3114, numéro national de prévention du suicide': { call: ['tel:3114'] },
      'SOS Amitié': { call: ['tel:0972394050'] },
      'Línea 024, atención a la conducta suicida': { call: ['tel:024'] },
      'Teléfono de la Esperanza': { call: ['tel:717003717'] },
      'Telefono Amico Italia': { call: ['tel:0223272327'] },
      '113 Zelfmoordpreventie': { call: ['tel:113', 'tel:08000113'] },
      'Tele MANAS': { call: ['tel:14416', 'tel:18008914416'] },
      'CVV, Centro de Valorização da Vida': { call: ['tel:188'] },
    };
    const tel = (number: string) => `tel:${number.replace(/ /g, '')}`;
    const lines = HELPLINES.flatMap((c) => c.lines);
    expect(lines.map((l) => l.name).sort()).toEqual(Object.keys(dialled).sort());
    for (const line of lines) {
      for (const number of [...(line.call ?? []), ...(line.text ? [line.text] : [])]) expect(number, line.name).toMatch(/^\+?\d[\d ]*\d$|^\d$/);
      expect({ call: line.call?.map(tel), text: line.text && tel(line.text) }, line.name).toEqual({ call: undefined, text: undefined, ...dialled[line.name] });
    }
  });

  it('says how to reach a line in words', () => {
    expect(reachBy(helplinesFor('IE')!.lines[1]!)).toEqual({ call: '1800 247 247', text: 'HELP to 51444' });
    expect(reachBy(helplinesFor('DE')!.lines[0]!)).toEqual({ call: '0800 111 0 111 or 0800 111 0 222' });
    expect(reachBy(helplinesFor('GB')!.lines[1]!)).toEqual({ text: '85258' });
    expect(reachBy({ name: 'online only', url: 'https://example.org', source: 'https://example.org', checked: '2026-01-01', call: [] })).toEqual({});
  });

  it('allows exactly the listed addresses to be opened', () => {
    expect(HELPLINE_URLS.size).toBeGreaterThan(PROMISED.length);
    for (const url of HELPLINE_URLS) expect(isHelplineUrl(url)).toBe(true);
    for (const url of ['https://example.com', 'https://findahelpline.com/evil', 'HTTPS://FINDAHELPLINE.COM', 42, null]) expect(isHelplineUrl(url)).toBe(false);
    expect(care.openHelpline.arg.safeParse({ url: 'https://example.com' }).success).toBe(false);
    expect(care.openHelpline.arg.safeParse({ url: INTERNATIONAL_DIRECTORY.url }).success).toBe(true);
  });

  it('finds a country by code in any case, and none for a country it does not list', () => {
    expect(helplinesFor('gb')?.name).toBe('United Kingdom');
    expect(helplinesFor('JP')).toBeNull();
    expect(helplinesFor(null)).toBeNull();
  });
});

describe('the country of a locale', () => {
  it('reads the region of a language tag or a POSIX locale, and nothing from a bare language', () => {
    expect(countryOfLocale('en-GB')).toBe('GB');
    expect(countryOfLocale('pt-BR')).toBe('BR');
    expect(countryOfLocale('zh-Hant-TW')).toBe('TW');
    expect(countryOfLocale('de_DE.UTF-8')).toBe('DE');
    expect(countryOfLocale('fr')).toBeNull();
    expect(countryOfLocale('es-419')).toBeNull();
    expect(countryOfLocale('')).toBeNull();
    expect(countryOfLocales(['fr', 'en-US', 'en-GB'])).toBe('US');
    expect(countryOfLocales(['fr'])).toBeNull();
  });
});

describe('the care settings a backup carries', () => {
  it('accepts what the app writes and refuses what it never would', () => {
    expect(careSettingsSchema.safeParse({ reachOut: true, gentleDismissedOn: '2026-03-03', helplineCountry: 'IE' }).success).toBe(true);
    expect(careSettingsSchema.safeParse({ helplineCountry: 'ZZ' }).success).toBe(false);
    expect(careSettingsSchema.safeParse({ reachOutDismissed: { 'not-an-id': '2026-03-03' } }).success).toBe(false);
    expect(careSettingsSchema.safeParse({ extra: 1 }).success).toBe(false);
  });
});
