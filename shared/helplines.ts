// Crisis lines shipped with Hearth: a small, fixed list per country, and an international
// directory for every other country. The app shows them (Journal, Help, Settings, the menu), the
// CLI prints them, and main opens a link only when it is one of the addresses listed here.
//
// Every line's `source` is the page its numbers were read from and `checked` the day they were read
// there. Where no stored page confirmed a detail, the detail was dropped rather than kept from
// memory. Check every source again before a release, and move the date only for what was re-read.

export interface Helpline {
  name: string;
  /** The numbers to dial, as the line writes them (digits, spaces, a leading +); absent for a line reached only online. */
  call?: readonly string[];
  /** The number to send a text message to, when the line takes texts. */
  text?: string;
  /** The word the line asks a first text to say ("HELP"), when it asks for one. */
  textWord?: string;
  /** The line's own website (https). */
  url: string;
  /** The page these details were read from (https). */
  source: string;
  /** YYYY-MM-DD: the day the details were read at `source`. */
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

/** How to reach a line, in words: "116 123", "0800 111 0 111 or 0800 111 0 222", "HELP to 51444". */
export function reachBy(line: Helpline): { call?: string; text?: string } {
  const text = line.text && (line.textWord ? `${line.textWord} to ${line.text}` : line.text);
  return { ...(line.call?.length ? { call: line.call.join(' or ') } : {}), ...(text ? { text } : {}) };
}

/** The day the sources below were read. */
const CHECKED = '2026-12-02';

/** Where people in every other country look: an international directory of crisis lines. */
export const INTERNATIONAL_DIRECTORY = {
  name: 'Find A Helpline (international directory)',
  url: 'https://findahelpline.com',
  source: 'https://findahelpline.com/AU',
  checked: CHECKED,
} as const;

export const HELPLINES: readonly CountryHelplines[] = [
  {
    code: 'US',
    name: 'United States',
    emergency: '911',
    lines: [
      {
        name: '988 Suicide & Crisis Lifeline',
        call: ['988'],
        text: '988',
        url: 'https://988lifeline.org',
        source: 'https://www.mcphs.edu/student-life/counseling-services/emergency-services/988-suicide-and-crisis-lifeline',
        checked: CHECKED,
      },
    ],
  },
  {
    code: 'CA',
    name: 'Canada',
    emergency: '911',
    lines: [
      {
        name: '9-8-8 Suicide Crisis Helpline',
        call: ['988'],
        text: '988',
        url: 'https://988.ca',
        source: 'https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/',
        checked: CHECKED,
      },
    ],
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    emergency: '999',
    lines: [
      { name: 'Samaritans', call: ['116 123'], url: 'https://www.samaritans.org', source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', checked: CHECKED },
      { name: 'Shout 85258', text: '85258', url: 'https://giveusashout.org', source: 'https://giveusashout.org/about-us/faq/', checked: CHECKED },
    ],
  },
  {
    code: 'IE',
    name: 'Ireland',
    emergency: '112 or 999',
    lines: [
      {
        name: 'Samaritans Ireland',
        call: ['116 123'],
        url: 'https://www.samaritans.org/ireland/',
        source:
          'https://www.irishexaminer.com/breakingnews/ireland/samaritans-answer-29m-calls-since-2014-charity-to-play-crucial-role-in-new-mental-help-phone-service-914684.html',
        checked: CHECKED,
      },
      {
        name: 'Pieta',
        call: ['1800 247 247'],
        text: '51444',
        textWord: 'HELP',
        url: 'https://www.pieta.ie',
        source: 'https://wicklownow.ie/news/wicklow-people-feeling-low-over-christmas-period-urged-to-contact-helpline/',
        checked: CHECKED,
      },
    ],
  },
  {
    code: 'AU',
    name: 'Australia',
    emergency: '000',
    lines: [
      {
        name: 'Lifeline Australia',
        call: ['13 11 14'],
        text: '0477 13 11 14',
        url: 'https://www.lifeline.org.au',
        source: 'https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7',
        checked: CHECKED,
      },
    ],
  },
  {
    code: 'NZ',
    name: 'New Zealand',
    emergency: '111',
    lines: [
      { name: '1737, Need to talk?', call: ['1737'], text: '1737', url: 'https://1737.org.nz', source: 'https://www.pegasus.health.nz/?p=6300', checked: CHECKED },
      {
        name: 'Lifeline Aotearoa',
        call: ['0800 543 354'],
        url: 'https://www.lifeline.org.nz',
        source: 'https://vice.com/en/article/new-zealands-biggest-mental-health-helpline-misses-one-in-four-calls',
        checked: CHECKED,
      },
    ],
  },
  {
    code: 'DE',
    name: 'Germany',
    emergency: '112',
    lines: [
      {
        name: 'TelefonSeelsorge',
        call: ['0800 111 0 111', '0800 111 0 222'],
        url: 'https://www.telefonseelsorge.de',
        source: 'https://www.domradio.de/glossar/telefonseelsorge-0',
        checked: CHECKED,
      },
    ],
  },
  {
    code: 'FR',
    name: 'France',
    emergency: '112',
    lines: [
      {
        name: '3114, numéro national de prévention du suicide',
        call: ['3114'],
        url: 'https://3114.fr',
        source: 'https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/',
        checked: CHECKED,
      },
      {
        name: 'SOS Amitié',
        call: ['09 72 39 40 50'],
        url: 'https://www.sos-amitie.com',
        source:
          'https://www.francetvinfo.fr/societe/pendant-les-fetes-les-benevoles-de-sos-amitie-restent-mobilises-la-personne-appelle-en-pleurs-et-peu-a-peu-l-angoisse-se-desserre_4892343.html',
        checked: CHECKED,
      },
    ],
  },
  {
    code: 'ES',
    name: 'Spain',
    emergency: '112',
    lines: [
      {
        name: 'Línea 024, atención a la conducta suicida',
        call: ['024'],
        url: 'https://www.sanidad.gob.es/linea024/home.htm',
        source: 'https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml',
        checked: CHECKED,
      },
      {
        name: 'Teléfono de la Esperanza',
        call: ['717 003 717'],
        url: 'https://telefonodelaesperanza.org',
        source: 'https://maldita.es/index.php/malditaciencia/20220510/024-numero-telefono-atencion-suicidio-espana-gratuito',
        checked: CHECKED,
      },
    ],
  },
  {
    code: 'IT',
    name: 'Italy',
    emergency: '112',
    lines: [
      {
        name: 'Telefono Amico Italia',
        call: ['02 2327 2327'],
        url: 'https://www.telefonoamico.it',
        source: 'https://alleyoop.ilsole24ore.com/2025/10/10/salute-mentale-300-richieste-di-aiuto-al-giorno-per-telefono-amico-italia/',
        checked: CHECKED,
      },
    ],
  },
  {
    code: 'NL',
    name: 'Netherlands',
    emergency: '112',
    lines: [
      {
        name: '113 Zelfmoordpreventie',
        call: ['113', '0800 0113'],
        url: 'https://www.113.nl',
        source: 'https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt',
        checked: CHECKED,
      },
    ],
  },
  {
    code: 'IN',
    name: 'India',
    emergency: '112',
    lines: [
      {
        name: 'Tele MANAS',
        call: ['14416', '1800 891 4416'],
        url: 'https://telemanas.mohfw.gov.in',
        source: 'https://www.livemint.com/news/india/govts-mental-health-helpline-tele-manas-receives-over-2-lakh-calls-since-launch-11690014660473.html',
        checked: CHECKED,
      },
    ],
  },
  {
    code: 'BR',
    name: 'Brazil',
    emergency: '192',
    lines: [
      {
        name: 'CVV, Centro de Valorização da Vida',
        call: ['188'],
        url: 'https://www.cvv.org.br',
        source: 'https://redeglobo.globo.com/rj/tvriosul/Acontece/noticia/cvv-oferece-apoio-emocional-e-atua-na-prevencao-do-suicidio.ghtml',
        checked: CHECKED,
      },
    ],
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
