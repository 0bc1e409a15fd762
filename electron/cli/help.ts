// Help text, generated from the command table so it cannot drift from what the parser accepts.
import { GLOBAL_OPTIONS, type OptionSpecs } from './args';
import type { Command } from './command';
import { COMMANDS } from './commands';
import { ENV } from './secrets';

const ENV_HELP: Record<string, string> = {
  [ENV.vault]: 'The journal folder, when --vault is not given',
  [ENV.passphrase]: 'The passphrase (otherwise asked for on the terminal, without echo); for sync join, that of the journal in the sync folder',
  [ENV.newPassphrase]: 'The new passphrase for passwd and recover (otherwise typed twice)',
  [ENV.recoveryKey]: 'The recovery key for recover (otherwise asked for)',
  [ENV.exportPassphrase]: 'The passphrase of an exported report or backup (export: otherwise one is generated and printed on stderr; import: otherwise asked for)',
};

const EXIT_HELP = [
  ['0', 'Success'],
  ['1', 'Other error (no journal, journal already exists, entry not found, ...)'],
  ['2', 'Usage error or invalid input (unknown command or option, bad JSON, a field out of range)'],
  ['3', 'Damaged records found (verify), or the requested record is damaged'],
  ['4', 'Wrong passphrase or recovery key, or a backup its passphrase does not open'],
];

const ENTRY_EXAMPLE = `{"occurredAt": "2026-11-25T09:30:00+01:00", "mood": 6, "support": 7, "stress": 3,
   "note": "Walk with Sam", "tags": ["walk"],
   "interactions": [{"person": "Sam", "relationship": "friend", "kinds": ["emotional", "companionship"],
                     "direction": "received", "felt": 2, "cost": 0, "channel": "in-person",
                     "askedForHelp": true}]}`;

/** Wrap a paragraph at `columns` characters on spaces. */
function wrap(text: string, columns = 78): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > columns) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line].join('\n');
}

function rows(pairs: string[][]): string {
  const width = Math.max(...pairs.map(([left]) => left!.length));
  return pairs.map(([left, right]) => `  ${left!.padEnd(width)}  ${right}`).join('\n');
}

function optionRows(options: OptionSpecs): string {
  return rows(
    Object.entries(options).map(([name, spec]) => {
      const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`;
      return [flag, spec.description];
    }),
  );
}

export function globalHelp(): string {
  return [
    'hearth: the command line of Hearth, a private encrypted journal of the people who hold you up.',
    '',
    'Usage: hearth [--vault DIR] COMMAND [OPTIONS]',
    '       hearth help COMMAND',
    '',
    'Commands:',
    rows(COMMANDS.map((c) => [c.name, c.summary])),
    '',
    'Options:',
    optionRows(GLOBAL_OPTIONS),
    '',
    'Environment:',
    rows(Object.entries(ENV_HELP)),
    '  Secrets are never accepted as arguments: use these variables or the prompt.',
    '',
    'Entry JSON (every field may be left out: occurredAt defaults to now; a missing mood, support, stress, direction, felt, cost, channel,',
    'askedForHelp, or relationship of a person the entry adds, is not recorded):',
    `  ${ENTRY_EXAMPLE}`,
    '  mood, support, stress: 0-10; felt: -2 (draining) to 2 (nourishing); cost: 0 (none) to 3 (a lot).',
    '  add also takes "id": a UUID you choose, so a retry after a crash adds nothing twice (the same id',
    '  with the same content is the entry already stored; with other content it is refused).',
    '',
    'Exit codes:',
    rows(EXIT_HELP),
  ].join('\n');
}

export function commandHelp(command: Command): string {
  const usage = `hearth [--vault DIR] ${command.name}${command.usage ? ` ${command.usage}` : ''}`;
  return [
    `Usage: ${usage}`,
    '',
    wrap(command.description),
    '',
    'Options:',
    optionRows({ ...command.options, ...GLOBAL_OPTIONS }),
    '',
    'Environment:',
    rows([ENV.vault, ...command.env].map((name) => [name, ENV_HELP[name] ?? ''])),
    '',
    'Exit codes:',
    rows(EXIT_HELP),
  ].join('\n');
}
