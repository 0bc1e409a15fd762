// Where the agent and the desktop app listen for the command line: a socket in the private runtime
// folder, made owner-only, and after it the token file, so a client that finds the token finds
// someone listening.
import { chmodSync, rmSync } from 'node:fs';
import type { Server } from 'node:net';
import type { AgentPaths } from './runtime-dir';
import { writeTokenFile } from './token-file';

/** Clears what an earlier run left, listens, makes the socket owner-only, then writes the token. */
export async function listenPrivately(server: Server, paths: AgentPaths, token: Buffer): Promise<void> {
  removeSocketFiles(paths);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(paths.socket, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // The folder is already 0700; the socket itself is made owner-only as well.
  if (process.platform !== 'win32') chmodSync(paths.socket, 0o600);
  writeTokenFile(paths.token, token);
}

/** The socket (a named pipe on Windows leaves no file) and the token file, gone. */
export function removeSocketFiles(paths: AgentPaths): void {
  if (process.platform !== 'win32') rmSync(paths.socket, { force: true });
  rmSync(paths.token, { force: true });
}
