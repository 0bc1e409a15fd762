import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { bundleReportViewer } from './electron/report/viewer-script';

// The report file's decryptor, bundled once per build: the packaged app has no esbuild.
const reportViewer = await bundleReportViewer();

export default defineConfig({
  main: {
    define: { __HEARTH_REPORT_VIEWER__: JSON.stringify(reportViewer) },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // Each worker thread is an entry of its own, started by WorkerThread from the file beside
        // the chunk that starts it: so every chunk sits in out/main, none in a subfolder.
        input: {
          main: resolve(__dirname, 'electron/main.ts'),
          'kdf.worker': resolve(__dirname, 'electron/vault/kdf.worker.ts'),
          'unlock.worker': resolve(__dirname, 'electron/vault/unlock.worker.ts'),
          'stream.worker': resolve(__dirname, 'electron/backup/stream.worker.ts'),
        },
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
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // The CSP allows images and fonts from 'self' only, so assets must stay files, never data: URIs.
      assetsInlineLimit: 0,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
