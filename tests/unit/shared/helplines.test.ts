// The helplines shipped with the app: every promised country, every line sourced and dated, every
// address https, and a system locale read into its country.
import { describe, expect, it } from 'vitest';
import { careSettingsSchema, care } from '../../../shared/contract/care';
import { countryOfLocale, countryOfLocales, HELPLINE_URLS, HELPLINES, helplinesFor, INTERNATIONAL_DIRECTORY, isHelplineUrl } from '../../../shared/helplines';

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
        expect(line.call ?? line.text, line.name).toBeTruthy();
        expect(isHttps(line.url), line.url).toBe(true);
        expect(isHttps(line.source), line.source).toBe(true);
        expect(line.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${line.checked}T00:00:00Z`).toISOString().slice(0, 10)).toBe(line.checked);
      }
    }
    expect(isHttps(INTERNATIONAL_DIRECTORY.url)).toBe(true);
    expect(isHttps(INTERNATIONAL_DIRECTORY.source)).toBe(true);
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
