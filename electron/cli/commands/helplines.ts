import { countryOfLocale, HELPLINES, helplinesFor, INTERNATIONAL_DIRECTORY, reachBy, type CountryHelplines } from '../../../shared/helplines';
import type { Command } from '../command';
import { EXIT, UsageError } from '../errors';

/** The country of the environment's locale (LC_ALL, LC_MESSAGES, LANG: "en_GB.UTF-8" is GB), or null. */
function localeCountry(env: Record<string, string | undefined>): string | null {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return countryOfLocale(value);
  }
  return null;
}

function countryText(c: CountryHelplines): string {
  const lines = c.lines.map((l) => {
    const by = reachBy(l);
    const how = [by.call && `call ${by.call}`, by.text && `text ${by.text}`].filter(Boolean).join(', ');
    return `  ${l.name}${how ? `: ${how}` : ''}\n    ${l.url}\n    source ${l.source}, checked ${l.checked}`;
  });
  return [`${c.name} (${c.code}). In immediate danger, call ${c.emergency}.`, ...lines].join('\n');
}

const directoryText = `${INTERNATIONAL_DIRECTORY.name}: ${INTERNATIONAL_DIRECTORY.url}`;

export const helplines: Command = {
  name: 'helplines',
  summary: 'Print crisis helplines for a country',
  usage: '[--country CC] [--json]',
  description:
    'Prints the crisis lines Hearth ships for a country (an ISO code such as US, GB or DE; by default the ' +
    "country of the environment's locale), each with the source of its details and the date they were checked, " +
    'and the international directory for every other country. A country Hearth has no list for gets the ' +
    'directory and exits 0: it is where to look, not an error. Needs no journal and no passphrase.',
  options: {
    country: { type: 'string', value: 'CC', description: 'Two-letter country code (default: from LANG)' },
    json: { type: 'boolean', description: 'Print {country, lines, directory} as JSON' },
  },
  positionals: { min: 0, max: 0 },
  env: [],
  async run(session, args) {
    const given = args.option('country');
    if (given !== undefined && !/^[A-Za-z]{2}$/.test(given)) throw new UsageError(`--country takes a two-letter country code like GB, not "${given}".`);
    const code = given ?? localeCountry(session.io.env);
    const country = helplinesFor(code);
    if (args.flag('json')) {
      await session.printJson({ country: country?.code ?? null, name: country?.name ?? null, emergency: country?.emergency ?? null, lines: country?.lines ?? [], directory: INTERNATIONAL_DIRECTORY });
      return EXIT.ok;
    }
    if (country) {
      await session.print(`${countryText(country)}\n\nElsewhere: ${directoryText}`);
      return EXIT.ok;
    }
    const known = HELPLINES.map((c) => c.code).join(', ');
    const which = code ? `Hearth has no list for ${code.toUpperCase()}` : 'No country given, and none in the locale';
    await session.print(`${which}. ${directoryText}\nCountries listed: ${known} (use --country).`);
    return EXIT.ok;
  },
};
