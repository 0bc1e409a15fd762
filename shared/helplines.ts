// Crisis lines shipped with Hearth: a small, fixed list per country, and an international
// directory for every other country. The app shows them (Journal, Help, Settings, the menu), the
// CLI prints them, and main opens a link only when it is one of the addresses listed here.
//
// `checked` is the date up to which the details were known to be correct to the person who wrote
// this list, from the sources named; it is not a fresh visit. Check every source again before a
// release and move the date.

export interface Helpline {
  name: string;
  /** What to dial, as the line writes it; absent for a line reached only online. */
  call?: string;
  /** Where to send a text message, when the line takes texts. */
  text?: string;
  /** The line's own website (https). */
  url: string;
  /** Where these details come from (https). */
  source: string;
  /** YYYY-MM-DD: the details were known correct on this date (see the note above). */
  checked: string;
}

export interface CountryHelplines {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  /** The emergency number, for immediate danger. */
  emergency: string;
  lines: Helpline[];
}

/** Where people in every other country look: an international directory of crisis lines. */
export const INTERNATIONAL_DIRECTORY = {
  name: 'Find A Helpline (international directory)',
  url: 'https://findahelpline.com',
  source: 'https://findahelpline.com',
  checked: '2024-06-01',
} as const;

const CHECKED = '2024-06-01';

export const HELPLINES: readonly CountryHelplines[] = [
  {
    code: 'US',
    name: 'United States',
    emergency: '911',
    lines: [{ name: '988 Suicide & Crisis Lifeline', call: '988', text: '988', url: 'https://988lifeline.org', source: 'https://988lifeline.org', checked: CHECKED }],
  },
  {
    code: 'CA',
    name: 'Canada',
    emergency: '911',
    lines: [{ name: '9-8-8 Suicide Crisis Helpline', call: '988', text: '988', url: 'https://988.ca', source: 'https://988.ca', checked: CHECKED }],
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    emergency: '999',
    lines: [
      { name: 'Samaritans', call: '116 123', url: 'https://www.samaritans.org', source: 'https://www.samaritans.org', checked: CHECKED },
      { name: 'Shout', text: '85258', url: 'https://giveusashout.org', source: 'https://giveusashout.org', checked: CHECKED },
    ],
  },
  {
    code: 'IE',
    name: 'Ireland',
    emergency: '112 or 999',
    lines: [
      { name: 'Samaritans Ireland', call: '116 123', url: 'https://www.samaritans.org/ireland/', source: 'https://www.samaritans.org/ireland/', checked: CHECKED },
      { name: 'Pieta', call: '1800 247 247', text: 'HELP to 51444', url: 'https://www.pieta.ie', source: 'https://www.pieta.ie', checked: CHECKED },
    ],
  },
  {
    code: 'AU',
    name: 'Australia',
    emergency: '000',
    lines: [{ name: 'Lifeline Australia', call: '13 11 14', text: '0477 13 11 14', url: 'https://www.lifeline.org.au', source: 'https://www.lifeline.org.au', checked: CHECKED }],
  },
  {
    code: 'NZ',
    name: 'New Zealand',
    emergency: '111',
    lines: [
      { name: '1737, Need to talk?', call: '1737', text: '1737', url: 'https://1737.org.nz', source: 'https://1737.org.nz', checked: CHECKED },
      { name: 'Lifeline Aotearoa', call: '0800 543 354', url: 'https://www.lifeline.org.nz', source: 'https://www.lifeline.org.nz', checked: CHECKED },
    ],
  },
  {
    code: 'DE',
    name: 'Germany',
    emergency: '112',
    lines: [
      {
        name: 'TelefonSeelsorge',
        call: '0800 111 0 111 or 0800 111 0 222',
        url: 'https://www.telefonseelsorge.de',
        source: 'https://www.telefonseelsorge.de',
        checked: CHECKED,
      },
    ],
  },
  {
    code: 'FR',
    name: 'France',
    emergency: '112',
    lines: [
      { name: '3114, numéro national de prévention du suicide', call: '3114', url: 'https://3114.fr', source: 'https://3114.fr', checked: CHECKED },
      { name: 'SOS Amitié', call: '09 72 39 40 50', url: 'https://www.sos-amitie.com', source: 'https://www.sos-amitie.com', checked: CHECKED },
    ],
  },
  {
    code: 'ES',
    name: 'Spain',
    emergency: '112',
    lines: [
      {
        name: 'Línea 024, atención a la conducta suicida',
        call: '024',
        url: 'https://www.sanidad.gob.es/linea024/home.htm',
        source: 'https://www.sanidad.gob.es/linea024/home.htm',
        checked: CHECKED,
      },
      { name: 'Teléfono de la Esperanza', call: '717 003 717', url: 'https://telefonodelaesperanza.org', source: 'https://telefonodelaesperanza.org', checked: CHECKED },
    ],
  },
  {
    code: 'IT',
    name: 'Italy',
    emergency: '112',
    lines: [{ name: 'Telefono Amico Italia', call: '02 2327 2327', url: 'https://www.telefonoamico.it', source: 'https://www.telefonoamico.it', checked: CHECKED }],
  },
  {
    code: 'NL',
    name: 'Netherlands',
    emergency: '112',
    lines: [{ name: '113 Zelfmoordpreventie', call: '113 or 0800 0113', url: 'https://www.113.nl', source: 'https://www.113.nl', checked: CHECKED }],
  },
  {
    code: 'IN',
    name: 'India',
    emergency: '112',
    lines: [{ name: 'Tele MANAS', call: '14416 or 1800 891 4416', url: 'https://telemanas.mohfw.gov.in', source: 'https://telemanas.mohfw.gov.in', checked: CHECKED }],
  },
  {
    code: 'BR',
    name: 'Brazil',
    emergency: '192',
    lines: [{ name: 'CVV, Centro de Valorização da Vida', call: '188', url: 'https://www.cvv.org.br', source: 'https://www.cvv.org.br', checked: CHECKED }],
  },
];

export const HELPLINE_COUNTRY_CODES = HELPLINES.map((c) => c.code);

/** The listed country with this ISO code (any case), or null: then the international directory applies. */
export function helplinesFor(code: string | null | undefined): CountryHelplines | null {
  if (!code) return null;
  const upper = code.toUpperCase();
  return HELPLINES.find((c) => c.code === upper) ?? null;
}

/** Every address Hearth may open in the browser: the lines' sites, their sources and the directory. */
export const HELPLINE_URLS: ReadonlySet<string> = new Set([
  INTERNATIONAL_DIRECTORY.url,
  INTERNATIONAL_DIRECTORY.source,
  ...HELPLINES.flatMap((c) => c.lines.flatMap((l) => [l.url, l.source])),
]);

export function isHelplineUrl(url: unknown): url is string {
  return typeof url === 'string' && HELPLINE_URLS.has(url);
}

/**
 * The country of a BCP 47 language tag ("en-GB" → "GB", "pt-BR" → "BR", "de" → null): the region
 * subtag, when the tag has one. Scripts ("zh-Hant-TW") and POSIX forms ("en_GB.UTF-8") are read too.
 */
export function countryOfLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const parts = tag.split('.')[0]!.split(/[-_]/).slice(1);
  const region = parts.find((p) => /^[A-Za-z]{2}$/.test(p));
  return region ? region.toUpperCase() : null;
}

/** The first country among the system's preferred languages, or null. */
export function countryOfLocales(tags: readonly string[]): string | null {
  for (const tag of tags) {
    const country = countryOfLocale(tag);
    if (country) return country;
  }
  return null;
}
