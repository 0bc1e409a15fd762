#!/usr/bin/env node
// Launcher of the `hearth` command: runs the bundle that `npm run build` writes to out/cli. A source
// checkout without a build is told so; it does not fall back to compiling the TypeScript on the fly,
// which took a second and a half at every start and needs tsx, a development tool.
import { existsSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';

const bundle = new URL('../out/cli/hearth.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('hearth: the command line is not built yet: run "npm run build" (or "npm run build:cli" for the command line alone) in the Hearth folder.\n');
  process.exit(1);
}
await import(bundle.href);
