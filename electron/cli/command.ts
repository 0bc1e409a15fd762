// What every subcommand declares: its help, its options and positionals, and what it does; and the
// light line of the command table that loads it.
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

/**
 * A command as the table lists it: its name and summary (all that "hearth --help" shows), and its
 * module, imported only when the command runs or its own help is asked. Name and summary repeat
 * the module's (a test checks they agree), so listing the commands loads none of them.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  /**
   * Its run unlocks the journal with the passphrase (Session.unlock, unlockHere or agentKey), so a
   * passphrase given in the environment starts Argon2id before the module loads (../early-unlock.ts).
   */
  unlocks?: true;
  load(): Promise<Command>;
}
