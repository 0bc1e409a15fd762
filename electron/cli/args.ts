// Command-line parsing with node:util parseArgs (strict): the command name is the first positional,
// global options may stand before or after it.
import { parseArgs } from 'node:util';
import { UsageError } from './errors';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder shown in help for a string option, e.g. DIR. */
  value?: string;
  description: string;
}
export type OptionSpecs = Record<string, OptionSpec>;

export const GLOBAL_OPTIONS: OptionSpecs = {
  vault: { type: 'string', value: 'DIR', description: 'The journal folder (default: the app data folder, or $HEARTH_VAULT)' },
  help: { type: 'boolean', short: 'h', description: 'Show help' },
};

export class ParsedArgs {
  constructor(
    private readonly values: Record<string, string | boolean | undefined>,
    readonly positionals: string[],
  ) {}

  flag(name: string): boolean {
    return this.values[name] === true;
  }

  option(name: string): string | undefined {
    const value = this.values[name];
    return typeof value === 'string' ? value : undefined;
  }
}

const SECRET_FLAG = /^--?(pass(word|phrase)?|new-pass(word|phrase)|recovery-key)(=|$)/i;

/** A flag that looks like a secret gets its own explanation rather than a bare "unknown option". */
export function rejectSecretFlags(argv: readonly string[]): void {
  const flag = argv.find((a) => SECRET_FLAG.test(a));
  if (flag === undefined) return;
  throw new UsageError(
    `Secrets are never taken as arguments (other users could read them in the process list): ` +
      `drop ${flag.split('=')[0]} and use the environment variable or the prompt, see "hearth --help".`,
  );
}

/** The global options as far as they can be told before the command's own options are known. */
export interface GlobalGuess {
  vault: string | undefined;
  help: boolean;
}

/**
 * The command name and the arguments around it, found with the global options as the only known
 * ones; and a first guess at those options, good enough to begin work that is checked again once
 * the command's options are known (the early unlock).
 */
export function splitCommand(argv: readonly string[]): { name: string | undefined; rest: string[]; globals: GlobalGuess } {
  const { tokens } = parseArgs({ args: [...argv], options: GLOBAL_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const globals: GlobalGuess = { vault: undefined, help: false };
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    if (t.name === 'vault' && typeof t.value === 'string') globals.vault = t.value;
    if (t.name === 'help') globals.help = true;
  }
  const first = tokens.find((t) => t.kind === 'positional');
  if (!first) return { name: undefined, rest: [...argv], globals };
  return { name: first.value, rest: argv.filter((_, i) => i !== first.index), globals };
}

export function parseCommandArgs(
  argv: readonly string[],
  options: OptionSpecs,
  positionals: { min: number; max: number },
  helpHint: string,
): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...GLOBAL_OPTIONS, ...options }, strict: true, allowPositionals: true });
  } catch (e) {
    // parseArgs explains at length how to pass "-" positionals; the first sentence is the useful one.
    const message = e instanceof Error ? e.message.split('. ')[0]!.replace(/\.$/, '') : String(e);
    throw new UsageError(`${message}. ${helpHint}`);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const args = new ParsedArgs(values, parsed.positionals);
  if (values.help === true) return args;
  if (parsed.positionals.length < positionals.min) throw new UsageError(`Missing argument. ${helpHint}`);
  if (parsed.positionals.length > positionals.max) {
    throw new UsageError(`Unexpected argument "${parsed.positionals[positionals.max]}". ${helpHint}`);
  }
  return args;
}
