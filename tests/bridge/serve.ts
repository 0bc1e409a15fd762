// The browser test bridge: serves the built renderer on 127.0.0.1 with the real HearthService
// behind window.hearth. A test tool only; it is never part of the app.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HearthService, TEST_KDF } from '../../electron/service/hearth-service';
import { syncEngine } from '../../electron/service/sync-engine';
import { JOURNAL_CHANGED, watchForChanges } from '../../electron/shell/change-watch';
import { watchFolder } from '../../electron/shell/folder-watch';
import { SyncScheduler } from '../../electron/shell/sync-scheduler';
import { afterCallForSync, lockAfterSync } from '../../electron/shell/sync-triggers';
import { folderDialogs } from '../support/folder-dialogs';
import { bundleShim } from './bundle-shim';
import { EventHub } from './events';
import { createBridgeServer } from './server';

const USAGE = `Usage: npm run serve:test -- --vault DIR [--files DIR] [--port N] [--fast-kdf]

Serves the built renderer (out/renderer: run "npx electron-vite build" first) on 127.0.0.1, with
the real Hearth service behind window.hearth, for browser tests. Not part of the app.

  --vault DIR   the vault folder (holds hearth.db; created if missing)
  --files DIR   stands in for the native file dialogs: saves land here under the suggested
                name, opens pick the newest matching file here (default: VAULT/../files)
  --port N      the port to listen on; 0, the default, picks a free one
  --fast-kdf    journals created by this run use the minimum Argon2id cost (TEST_KDF):
                fast, and only for tests; existing journals keep the cost they were made with
  --help        show this text

The first line printed is "Hearth test bridge listening on URL". Open that URL: it carries this
run's random access token, without which every page and API call is refused (403).`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        vault: { type: 'string' },
        files: { type: 'string' },
        port: { type: 'string', default: '0' },
        'fast-kdf': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    fail((e as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.vault) fail('Missing --vault DIR.');
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) fail(`Not a port: ${values.port}`);
  const vaultDir = resolve(values.vault);
  return { vaultDir, filesDir: resolve(values.files ?? resolve(vaultDir, '../files')), port, fastKdf: values['fast-kdf'] };
}

async function main(): Promise<void> {
  const options = parseOptions();
  const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
  if (!existsSync(resolve(rendererDir, 'index.html'))) fail(`No built renderer in ${rendererDir}: run "npx electron-vite build" first.`);
  mkdirSync(options.vaultDir, { recursive: true, mode: 0o700 });
  mkdirSync(options.filesDir, { recursive: true, mode: 0o700 });

  const token = randomBytes(32).toString('hex');
  const events = new EventHub();
  const service = new HearthService({
    vaultDir: options.vaultDir,
    ...(options.fastKdf ? { kdf: TEST_KDF } : {}),
    onExternalChange: () => events.publish(JOURNAL_CHANGED),
    sync: syncEngine({ vaultDir: options.vaultDir }),
  });
  const stopWatching = watchForChanges(service);
  // Sync runs as in the app: the same scheduler, its activity on the event stream.
  const syncScheduler = new SyncScheduler({
    api: { syncStatus: () => service.syncStatus(), syncNow: () => service.syncNow() },
    watch: watchFolder,
    onActivity: (activity) => events.publish({ type: 'sync', activity }),
    onApplied: () => events.publish(JOURNAL_CHANGED),
  });
  const server = createBridgeServer({
    api: service,
    dialogs: folderDialogs(options.filesDir),
    rendererDir,
    token,
    shim: await bundleShim(token),
    events,
    override: (handlers) => {
      handlers.lock = lockAfterSync(service, syncScheduler);
      handlers.syncNow = () => syncScheduler.syncNow();
    },
    afterCall: (method, ok) => afterCallForSync(syncScheduler, method, ok),
  });

  await new Promise<void>((done, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  console.log(`Hearth test bridge listening on http://127.0.0.1:${port}/?token=${token}`);

  const shutdown = () => {
    stopWatching();
    syncScheduler.stop();
    events.closeAll();
    server.closeAllConnections();
    server.close();
    try {
      service.close();
    } catch (e) {
      console.error('Hearth test bridge: closing the service failed:', e);
      process.exit(1);
    }
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((e: unknown) => {
  console.error('Hearth test bridge failed to start:', e);
  process.exit(1);
});
