// The agent's token: 32 random bytes in a file only this user can read, written by the agent and
// presented by every client. It stands in for the peer credentials Node cannot read off a socket.
import { closeSync, constants, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { TOKEN_BYTES } from './protocol';

const NOFOLLOW = process.platform === 'win32' ? 0 : constants.O_NOFOLLOW;

/** Creates the file afresh (never through a link, never over something already there), mode 0600. */
export function writeTokenFile(path: string, token: Buffer): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o600);
  try {
    writeSync(fd, token.toString('hex'));
  } finally {
    closeSync(fd);
  }
}

/** The token as hex, or null when the file is missing, a link, someone else's, or readable by others. */
export function readTokenFile(path: string): string | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NOFOLLOW);
  } catch {
    return null;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return null;
    if (process.platform !== 'win32' && (stat.uid !== process.getuid?.() || (stat.mode & 0o077) !== 0)) return null;
    const buffer = Buffer.alloc(TOKEN_BYTES * 2 + 1);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, read).toString('utf8');
    return /^[0-9a-f]{64}$/.test(text) ? text : null;
  } finally {
    closeSync(fd);
  }
}
