import { readdirSync } from 'node:fs';
import { basename, resolve, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { bundleReportViewer } from './electron/report/viewer-script';

// The report file's decryptor, bundled once per build: the packaged app has no esbuild.
const reportViewer = await bundleReportViewer();

// Every worker thread (electron/**/*.worker.ts) is a main entry of its own: WorkerThread starts it
// from the file beside the chunk that starts it, so all of them, and every chunk, sit in out/main.
// The command line's own (electron/cli/: the unlock agent's journal thread) are built into out/cli only.
const workerEntries: Record<string, string> = {};
for (const file of readdirSync(resolve(__dirname, 'electron'), { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.worker.ts') || file.startsWith(`cli${sep}`)) continue;
  const name = basename(file, '.ts');
  if (workerEntries[name]) throw new Error(`Two workers would be built as out/main/${name}.js`);
  workerEntries[name] = resolve(__dirname, 'electron', file);
}

// The charts (recharts and what it brings) in a chunk of their own, compiled eagerly: without the
// hint, V8 compiles each of their functions on the main thread the first time the Insights screen
// draws, a quarter of that first visit at 100,000 entries. With it, the compiling happens on a
// background thread while the script loads (Chromium 136 and later; others ignore the comment).
const CHART_PACKAGES = /[\\/]node_modules[\\/](recharts|@reduxjs[\\/]toolkit|redux|redux-thunk|react-redux|immer|reselect|victory-vendor|d3-[a-z-]+|internmap|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|clsx)[\\/]/;
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const chartsChunk: Plugin = {
  name: 'hearth-charts-compile-hint',
  renderChunk(code, chunk) {
    return chunk.name === 'charts' ? { code: COMPILE_HINT + code, map: null } : null;
  },
};

export default defineConfig({
  main: {
    define: { __HEARTH_REPORT_VIEWER__: JSON.stringify(reportViewer) },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: { main: resolve(__dirname, 'electron/main.ts'), ...workerEntries },
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': bundle zod and the shared contract in.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve(__dirname, 'electron/preload.ts') },
        // Sandboxed preload scripts must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), chartsChunk],
    build: {
      outDir: 'out/renderer',
      // The CSP allows images and fonts from 'self' only, so assets must stay files, never data: URIs.
      assetsInlineLimit: 0,
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
        output: { manualChunks: (id) => (CHART_PACKAGES.test(id) ? 'charts' : undefined) },
      },
    },
  },
});
