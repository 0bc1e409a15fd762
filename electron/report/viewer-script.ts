// The report file's inlined decryptor: electron/report/viewer/report-viewer.ts bundled with
// age-encryption into one minified IIFE. The packaged app has no esbuild, so electron.vite.config.ts
// bundles it at build time into the constant __HEARTH_REPORT_VIEWER__; vitest, the CLI and the test
// bridge run from source and bundle it on first use instead. Both go through bundleReportViewer.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Defined (as a string literal) only in the bundled Electron main process. */
declare const __HEARTH_REPORT_VIEWER__: string | undefined;

export async function bundleReportViewer(): Promise<string> {
  // Loaded only here: in the app's bundle the constant above makes this unreachable, and it is dropped.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(dirname(fileURLToPath(import.meta.url)), 'viewer', 'report-viewer.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    minify: true,
    target: 'es2022',
  });
  const script = result.outputFiles[0]?.text;
  if (!script) throw new Error('esbuild produced no report viewer');
  return script;
}

let cached: Promise<string> | undefined;

export function getViewerScript(): Promise<string> {
  if (typeof __HEARTH_REPORT_VIEWER__ === 'string') return Promise.resolve(__HEARTH_REPORT_VIEWER__);
  cached ??= bundleReportViewer().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
