// Where the unlock agent of a journal listens, and the checks that keep it reachable by this OS user
// only. Node cannot ask a Unix socket who is calling, so the guard is the folder: created 0700,
// refused when it is a link, someone else's, or open to the group or others. On Windows a named
// pipe stands in for the socket (its ACL is Node's default, not settable from Node) and the token
// file sits under %LOCALAPPDATA%.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

export interface AgentPaths {
  /** The folder holding the token file (and, off Windows, the socket). */
  dir: string;
  /** A Unix socket path, or a Windows named pipe. */
  socket: string;
  token: string;
}

export type RuntimeDir = { ok: true; dir: string } | { ok: false; dir: string; problem: string };

/** The folder of every agent of this user: `$XDG_RUNTIME_DIR/hearth`, else one in the per-user temp folder. */
export function runtimeDirPath(env: Record<string, string | undefined>, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(userInfo().homedir, 'AppData', 'Local'), 'Hearth', 'agent');
  const runtime = env.XDG_RUNTIME_DIR;
  if (runtime) return join(runtime, 'hearth');
  return join(tmpdir(), `hearth-${process.getuid?.() ?? userInfo().uid}`);
}

/** Why `dir` must not hold an agent, or null when it is a private folder of this user. */
export function unsafeBecause(dir: string, platform: NodeJS.Platform = process.platform): string | null {
  let stat;
  try {
    stat = lstatSync(dir);
  } catch {
    return 'it cannot be read';
  }
  if (stat.isSymbolicLink()) return 'it is a symbolic link';
  if (!stat.isDirectory()) return 'it is not a folder';
  if (platform === 'win32') return null;
  if (stat.uid !== process.getuid?.()) return 'it belongs to another user';
  if ((stat.mode & 0o077) !== 0) return 'other users can open it (it should be mode 0700)';
  return null;
}

/** The agents' folder, created private when `create` and absent; `ok: false` names what is wrong with it. */
export function openRuntimeDir(env: Record<string, string | undefined>, create: boolean, platform: NodeJS.Platform = process.platform): RuntimeDir | null {
  const dir = runtimeDirPath(env, platform);
  if (create) {
    try {
      mkdirSync(dir, { mode: 0o700, recursive: platform === 'win32' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return { ok: false, dir, problem: 'it cannot be created' };
    }
  } else {
    try {
      lstatSync(dir);
    } catch {
      return null;
    }
  }
  const problem = unsafeBecause(dir, platform);
  return problem === null ? { ok: true, dir } : { ok: false, dir, problem };
}

/** One agent per journal: its names come from a hash of the vault folder's real path (and, for a pipe, the user). */
export function agentPaths(dir: string, vaultDir: string, platform: NodeJS.Platform = process.platform): AgentPaths {
  return socketPaths(dir, vaultDir, '', platform);
}

/** Where the desktop app listens for the command line while it has the journal unlocked: beside the agent's, named apart. */
export function appPaths(dir: string, vaultDir: string, platform: NodeJS.Platform = process.platform): AgentPaths {
  return socketPaths(dir, vaultDir, 'app', platform);
}

/** Where the unlock agent serves the journal it holds open, once it is loaded: beside its key's socket, named apart. */
export function agentJournalPaths(dir: string, vaultDir: string, platform: NodeJS.Platform = process.platform): AgentPaths {
  return socketPaths(dir, vaultDir, 'journal', platform);
}

function socketPaths(dir: string, vaultDir: string, role: '' | 'app' | 'journal', platform: NodeJS.Platform): AgentPaths {
  let real: string;
  try {
    real = realpathSync(vaultDir);
  } catch {
    real = resolve(vaultDir);
  }
  const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);
  const id = hash(real);
  const name = role === '' ? id : `${id}.${role}`;
  if (platform === 'win32') {
    const user = userInfo();
    const who = `${process.env.USERDOMAIN ?? ''}\\${user.username}`;
    const pipe = role === '' ? 'hearth-' : `hearth-${role}-`;
    return { dir, socket: `\\\\.\\pipe\\${pipe}${hash(`${who}\n${real}`)}`, token: join(dir, `${name}.token`) };
  }
  return { dir, socket: join(dir, `${name}.sock`), token: join(dir, `${name}.token`) };
}

/** What a command line warns when the folder is refused. */
export function refusedWarning(refused: { dir: string; problem: string }, what = 'the unlock agent'): string {
  return `warning: not using ${what}: its folder ${refused.dir} is unsafe (${refused.problem}).`;
}
