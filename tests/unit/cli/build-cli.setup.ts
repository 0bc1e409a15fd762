// Vitest global setup: builds the command line once before any test file runs, so the tests that
// start bin/hearth.mjs in a child process run the bundle of this very source, never a stale one.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function buildCli(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '../../../scripts/build-cli.mjs')], { stdio: 'inherit' });
}
