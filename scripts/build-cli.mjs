// Builds the `hearth` command into out/cli (run by `npm run build`; bin/hearth.mjs runs the result).
// One ESM bundle with code splitting: out/cli/hearth.js holds what `hearth --help` needs, and each
// command's module (with the service, SQLite, libsodium, zod, the reports) is a chunk loaded by
// import() only when that command runs; the unlock agent (electron/cli/agent/agent-main.ts) is
// out/cli/hearth-agent.js, an entry of its own. Every worker thread (electron/**/*.worker.ts) is an entry of
// its own beside the chunks, where WorkerThread looks for its built `.js`. Packages stay external
// (resolved from node_modules at run time, so the bundle needs no esbuild and no tsx), but for zod
// and date-fns, which are bundled in (BUNDLED_PACKAGES).
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { register } from 'tsx/esm/api';

const root = join(import.meta.dirname, '..');
const outdir = join(root, 'out', 'cli');

const entryPoints = { hearth: join(root, 'electron', 'cli', 'main.ts'), 'hearth-agent': join(root, 'electron', 'cli', 'agent', 'agent-main.ts') };
for (const file of readdirSync(join(root, 'electron'), { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.worker.ts')) continue;
  const name = basename(file, '.ts');
  if (entryPoints[name]) throw new Error(`Two workers would be built as out/cli/${name}.js`);
  entryPoints[name] = join(root, 'electron', file);
}

// The report file's decryptor is bundled now, as for the app: the built CLI has no esbuild at run time.
register();
const { bundleReportViewer } = await import('../electron/report/viewer-script.ts');
const reportViewer = await bundleReportViewer();

/**
 * Packages bundled into the CLI rather than resolved at run time. zod is about fifty modules that
 * every command loads: as one file of the bundle it loads in about half the time. date-fns's index
 * imports all of its 250-odd modules (155 ms here) for the three functions `export` uses; bundled,
 * only those are kept.
 */
const BUNDLED_PACKAGES = ['zod', 'date-fns'];

/** Every package external, as esbuild's `packages: 'external'`, except `bundled` (and their subpaths). */
function externalPackagesBut(bundled) {
  return {
    name: 'external-packages-but',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, ({ path }) => (bundled.some((p) => path === p || path.startsWith(`${p}/`)) ? undefined : { path, external: true }));
    },
  };
}

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [externalPackagesBut(BUNDLED_PACKAGES)],
  chunkNames: '[name]-[hash]',
  define: { __HEARTH_REPORT_VIEWER__: JSON.stringify(reportViewer) },
  metafile: true,
  logLevel: 'warning',
});
// Which modules each output holds: the tests read it to check that `hearth --help` loads no command.
writeFileSync(join(outdir, 'metafile.json'), JSON.stringify(result.metafile));
