// What every subcommand declares: its help, its options and positionals, and what it does.
import type { OptionSpecs, ParsedArgs } from './args';
import type { Session } from './session';

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Arguments after the command name, e.g. "ID --json TEXT". */
  usage: string;
  /** Paragraphs for "hearth help COMMAND". */
  description: string;
  options: OptionSpecs;
  positionals: { min: number; max: number };
  /** Environment variables the command reads, named in its help. */
  env: string[];
  /** Resolves to the exit code; throws HearthError or UsageError on failure. */
  run(session: Session, args: ParsedArgs): Promise<number>;
}
