// One invocation: parse, run the command on a session, map the outcome to an exit code. Errors are
// one line on stderr; the service is closed (locked, checkpointed) whatever happens.
import { resolve } from 'node:path';
import { defaultVaultDir } from '../service/paths';
import { parseCommandArgs, rejectSecretFlags, splitCommand } from './args';
import { findCommand } from './commands';
import { describeError, EXIT, exitCodeFor, UsageError } from './errors';
import { commandHelp, globalHelp } from './help';
import { writeLine, type CliIo } from './io';
import type { EarlyUnlock } from './early-unlock';
import type { Session } from './session';

const HELP_HINT = 'Run "hearth --help" for usage.';

/** `hearth`, `hearth --help`, `hearth help [COMMAND]`: help needs no journal. */
async function help(argv: string[], name: string | undefined, io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {}, { min: 0, max: 1 }, HELP_HINT);
  const topic = name === 'help' ? args.positionals[0] : undefined;
  if (topic === undefined) {
    // A bare "hearth" is a usage error: the help goes to stderr so scripts notice.
    const asked = name === 'help' || args.flag('help');
    await writeLine(asked ? io.stdout : io.stderr, globalHelp());
    return asked ? EXIT.ok : EXIT.usage;
  }
  const entry = findCommand(topic);
  if (!entry) throw new UsageError(`There is no command "${topic}". ${HELP_HINT}`);
  await writeLine(io.stdout, commandHelp(await entry.load()));
  return EXIT.ok;
}

async function report(error: unknown, io: CliIo): Promise<number> {
  // Whoever read stdout went away (`hearth list | head -1`): they have what they wanted, so stop
  // quietly, with success, as `git log | head` does. Nothing unprinted was promised to anyone.
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') return EXIT.ok;
  await writeLine(io.stderr, `hearth: ${describeError(error)}`);
  return exitCodeFor(error);
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  let session: Session | undefined;
  // Argon2id begun before the command loads, until the session takes it.
  let early: EarlyUnlock | null = null;
  let code: number;
  try {
    rejectSecretFlags(argv);
    const { name, rest, globals } = splitCommand(argv);
    if (name === undefined || name === 'help') return await help(rest, name, io);
    const entry = findCommand(name);
    if (!entry) throw new UsageError(`There is no command "${name}". ${HELP_HINT}`);
    if (entry.unlocks && !globals.help) {
      const { startEarlyUnlock } = await import('./early-unlock');
      early = await startEarlyUnlock(vaultDirOf(globals.vault, io), io.env);
    }
    const command = await entry.load();
    const args = parseCommandArgs(rest, command.options, command.positionals, `Run "hearth help ${name}" for usage.`);
    if (args.flag('help')) {
      await writeLine(io.stdout, commandHelp(command));
      return EXIT.ok;
    }
    // The service (SQLite, libsodium, zod) loads only for a command that runs, never for help.
    const { Session } = await import('./session');
    session = new Session(vaultDirOf(args.option('vault'), io), io, early);
    early = null;
    code = await command.run(session, args);
  } catch (e) {
    code = await report(e, io);
  } finally {
    early?.key.cancel();
  }
  try {
    session?.close();
  } catch (e) {
    const closeCode = await report(e, io);
    if (code === EXIT.ok) code = closeCode;
  }
  return code;
}

function vaultDirOf(option: string | undefined, io: CliIo): string {
  return resolve(option ?? defaultVaultDir(io.env));
}
