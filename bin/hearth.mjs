#!/usr/bin/env node
// Launcher of the `hearth` command: runs the TypeScript CLI through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
