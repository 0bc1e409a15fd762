// Process entry of `hearth` (started by bin/hearth.mjs): real streams in, exit code out.
import { closeSync, openSync } from 'node:fs';
import { ReadStream, WriteStream } from 'node:tty';
import type { Terminal } from './io';
import { run } from './run';

/** The controlling terminal via /dev/tty, so prompts work while stdin is a pipe; else stdin if it is a tty. */
function openTerminal(): Terminal | null {
  const fds: number[] = [];
  try {
    fds.push(openSync('/dev/tty', 'r'), openSync('/dev/tty', 'w'));
  } catch {
    for (const fd of fds) closeSync(fd);
    if (!process.stdin.isTTY) return null;
    return { input: process.stdin, output: process.stderr, close: () => process.stdin.pause() };
  }
  const input = new ReadStream(fds[0]!);
  const output = new WriteStream(fds[1]!);
  return {
    input,
    output,
    close: () => {
      input.destroy();
      output.destroy();
    },
  };
}

// A closed stdout (e.g. `hearth list | head`) fails the pending write, whose callback reports it.
process.stdout.on('error', () => {});

const code = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  openTerminal,
});
// Exit now: every line was written (writeLine waits), the journal is closed, and stdin may still be
// an open pipe that would otherwise keep the process alive.
process.exit(code);
