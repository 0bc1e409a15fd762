// electron/main.ts wired to a stand-in 'electron' module (the binary is not installed here) and the
// real service on a temp vault with the Node build of better-sqlite3 as its "native binding".
// The policies themselves are tested in their own files; this checks that main applies them.
import { EventEmitter } from 'node:events';
import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../../shared/api';
import { connectApp } from '../../../electron/agent/app-client';
import { agentPaths, appPaths, openRuntimeDir } from '../../../electron/agent/runtime-dir';
import { JOURNAL_CHANGED } from '../../../electron/shell/change-watch';
import { AgentServer } from '../../../electron/cli/agent/server';
import { APP_SCHEME_PRIVILEGES } from '../../../electron/shell/app-protocol';
import { nativeBindingPath, packagedBindingPath } from '../../../electron/shell/native-binding';
import { PARTITION, windowOptions } from '../../../electron/shell/window-options';
import { UPDATE_FEED_URL, UPDATE_PAGE_URL } from '../../../shared/updates';
import { VAULT_FILE } from '../../../electron/service/paths';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { resolveLocal } from '../../../electron/service/reminder-schedule';
import { toLocalOffsetIso } from '../../../shared/local-time';
import { entry } from '../../support/vault';
import { DEFAULT_KDF } from '../../../electron/vault/kdf';
import { PASSPHRASE, tempDir } from '../../support/vault';

const ELECTRON_VERSION = '45.5.0-test';
const NODE_BUILD = join(import.meta.dirname, '../../../node_modules/better-sqlite3/build/Release/better_sqlite3.node');

type Handler = (event: unknown, method: unknown, arg: unknown) => Promise<unknown>;

class FakeWebContents extends EventEmitter {
  id = 1;
  mainFrame = { url: 'app://hearth/index.html', processId: 7, routingId: 1, parent: null as unknown };
  sent: unknown[][] = [];
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler() {}
}

class FakeSession extends EventEmitter {
  protocolHandlers = new Map<string, unknown>();
  beforeRequest: unknown;
  checkHandler: (() => boolean) | undefined;
  protocol = { handle: (scheme: string, handler: unknown) => this.protocolHandlers.set(scheme, handler) };
  webRequest = { onBeforeRequest: (listener: unknown) => (this.beforeRequest = listener) };
  setPermissionRequestHandler() {}
  setPermissionCheckHandler(handler: () => boolean) {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler() {}
}

/** One fresh stand-in for the 'electron' module per test; the mock below forwards to it. */
function createFakeElectron(appPath: string) {
  let ready: () => void = () => {};
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const state = {
    appPath,
    singleInstance: true,
    order: [] as string[],
    registered: [] as unknown[],
    menu: null as null | Array<{ role?: string; submenu?: Array<{ label?: string; click?: () => void }> }>,
    opened: [] as string[],
    errors: [] as unknown[][],
    windows: [] as FakeBrowserWindow[],
    sessions: new Map<string, FakeSession>(),
    ipc: new Map<string, Handler>(),
    loginItem: { openAtLogin: false },
    trays: [] as Array<EventEmitter & { menu: Array<{ label?: string; click?: () => void }> }>,
    notifications: [] as Array<EventEmitter & { options: { title: string; body: string }; shown: boolean }>,
    ready,
  };
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    getAppPath: () => state.appPath,
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: () => state.singleInstance,
    enableSandbox: vi.fn(() => state.order.push('enableSandbox')),
    whenReady: () => whenReady,
    quit: vi.fn(),
    exit: vi.fn(),
    getLoginItemSettings: () => ({ ...state.loginItem }),
    setLoginItemSettings: vi.fn((settings: { openAtLogin: boolean }) => (state.loginItem = { ...settings })),
  });
  class FakeBrowserWindow extends EventEmitter {
    webContents = new FakeWebContents();
    loaded: string | undefined;
    focus = vi.fn();
    constructor(public options: ReturnType<typeof windowOptions>) {
      super();
      state.windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    visible = true;
    restore() {}
    show() {
      this.visible = true;
    }
    hide() {
      this.visible = false;
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
  }
  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog: {
      showErrorBox: (...args: unknown[]) => state.errors.push(args),
      // A folder chosen in a dialog: the sync folder.
      showOpenDialog: async () => ({ canceled: false, filePaths: [join(appPath, 'sync')] }),
    },
    ipcMain: { handle: (channel: string, handler: Handler) => state.ipc.set(channel, handler) },
    powerMonitor: new EventEmitter(),
    // Every request the app could make goes through net; every page it could open, through shell.
    net: { fetch: vi.fn(async () => ({ ok: true, status: 200, text: async () => '{"version":"0.2.0"}' })) },
    Menu: {
      buildFromTemplate: <T,>(template: T) => template,
      setApplicationMenu: (menu: typeof state.menu) => (state.menu = menu),
    },
    shell: {
      openExternal: vi.fn((url: string) => {
        state.opened.push(url);
        return Promise.resolve();
      }),
    },
    Tray: class extends EventEmitter {
      menu: unknown[] = [];
      constructor() {
        super();
        state.trays.push(this as never);
      }
      setToolTip() {}
      setContextMenu(menu: unknown[]) {
        this.menu = menu;
      }
      destroy() {}
    },
    nativeImage: { createFromDataURL: (url: string) => ({ url }) },
    Notification: class extends EventEmitter {
      static isSupported = () => true;
      shown = false;
      constructor(public options: { title: string; body: string }) {
        super();
        state.notifications.push(this);
      }
      show() {
        this.shown = true;
      }
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        state.order.push('registerSchemesAsPrivileged');
        state.registered.push(...schemes);
      },
    },
    session: {
      fromPartition: (name: string) => {
        if (!state.sessions.has(name)) state.sessions.set(name, new FakeSession());
        return state.sessions.get(name);
      },
    },
  };
  return { module, state };
}

type FakeElectron = ReturnType<typeof createFakeElectron>;

vi.mock('electron', () => {
  const current = () => (globalThis as unknown as { fakeElectron: FakeElectron }).fakeElectron.module;
  return {
    get app() {
      return current().app;
    },
    get BrowserWindow() {
      return current().BrowserWindow;
    },
    get dialog() {
      return current().dialog;
    },
    get ipcMain() {
      return current().ipcMain;
    },
    get powerMonitor() {
      return current().powerMonitor;
    },
    get net() {
      return current().net;
    },
    get Tray() {
      return current().Tray;
    },
    get Menu() {
      return current().Menu;
    },
    get shell() {
      return current().shell;
    },
    get nativeImage() {
      return current().nativeImage;
    },
    get Notification() {
      return current().Notification;
    },
    get protocol() {
      return current().protocol;
    },
    get session() {
      return current().session;
    },
  };
});

// The D-Bus screen-lock watch, stood in for: whether this machine has a session bus is not the test's business.
vi.mock('../../../electron/shell/screen-lock-monitor', () => ({
  watchScreenLock: () => ({ available: Promise.resolve((globalThis as { screenLockAvailable?: boolean }).screenLockAvailable ?? true), stop() {} }),
}));

let electron: FakeElectron;
let fake: FakeElectron['state'] & { app: FakeElectron['module']['app']; powerMonitor: EventEmitter };
let cleanup: () => void;

beforeEach(() => {
  const dir = tempDir('hearth-main-');
  cleanup = dir.cleanup;
  electron = createFakeElectron(dir.dir);
  (globalThis as unknown as { fakeElectron: FakeElectron }).fakeElectron = electron;
  fake = Object.assign(electron.state, { app: electron.module.app, powerMonitor: electron.module.powerMonitor });
  Object.defineProperty(process.versions, 'electron', { value: ELECTRON_VERSION, configurable: true });
  vi.stubEnv('HEARTH_VAULT', join(dir.dir, 'vault'));
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  vi.resetModules();
});

afterEach(() => {
  delete (globalThis as { screenLockAvailable?: boolean }).screenLockAvailable;
  fake.app.emit('will-quit');
  delete (process.versions as Record<string, string | undefined>).electron;
  vi.unstubAllEnvs();
  cleanup();
});

/** Put the Node build where main looks for the Electron build: same API, loadable under vitest. */
function provideNativeBinding() {
  const target = nativeBindingPath(fake.appPath, ELECTRON_VERSION);
  mkdirSync(join(target, '..'), { recursive: true });
  copyFileSync(NODE_BUILD, target);
}

async function startMain() {
  await import('../../../electron/main');
  fake.ready();
  await vi.waitFor(() => expect(fake.windows.length + fake.errors.length).toBeGreaterThan(0));
}

const trusted = () => ({ sender: fake.windows[0]!.webContents, senderFrame: fake.windows[0]!.webContents.mainFrame });

describe('electron/main.ts', () => {
  it('registers app:// and the sandbox before ready, then opens one hardened window on app://hearth', async () => {
    provideNativeBinding();
    await import('../../../electron/main');
    expect(fake.order).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
    expect(fake.registered).toEqual([APP_SCHEME_PRIVILEGES]);
    expect(fake.windows).toHaveLength(0);
    fake.ready();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));

    const [win] = fake.windows;
    const preload = win!.options.webPreferences!.preload!;
    expect(preload.endsWith(join('preload', 'preload.cjs'))).toBe(true);
    expect(win!.options).toEqual(windowOptions(preload));
    expect(win!.loaded).toBe('app://hearth/index.html');

    const hearthSession = fake.sessions.get(PARTITION)!;
    expect([...hearthSession.protocolHandlers.keys()]).toEqual(['app']);
    expect(hearthSession.checkHandler?.()).toBe(false);
    expect(hearthSession.beforeRequest).toBeTypeOf('function');
    expect(win!.webContents.listenerCount('will-navigate')).toBe(1);
  });

  it('serves calls from the app window to the real service and refuses other frames', async () => {
    provideNativeBinding();
    await startMain();
    const handle = fake.ipc.get(IPC_CALL_CHANNEL)!;
    expect([...fake.ipc.keys()]).toEqual([IPC_CALL_CHANNEL]);
    expect(await handle(trusted(), 'status', undefined)).toEqual({ ok: true, value: { exists: false, unlocked: false } });
    expect(await handle(trusted(), 'create', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const frame = fake.windows[0]!.webContents.mainFrame;
    await expect(handle({ ...trusted(), senderFrame: { ...frame, routingId: 2, parent: frame } }, 'status', undefined)).rejects.toThrow('Refused');
    await expect(handle({ ...trusted(), sender: { id: 99 } }, 'status', undefined)).rejects.toThrow('Refused');
    warn.mockRestore();
  });

  it('locks on suspend and screen lock after telling the renderer, which keeps its draft first', async () => {
    provideNativeBinding();
    await startMain();
    const handle = fake.ipc.get(IPC_CALL_CHANNEL)!;
    await handle(trusted(), 'create', { passphrase: PASSPHRASE });
    const sent = fake.windows[0]!.webContents.sent;
    const draft = { note: 'The last words typed before the lid closed', tags: ['walk'], tagText: '', interactions: [] };
    fake.powerMonitor.emit('suspend');
    await vi.waitFor(() => expect(sent).toEqual([[IPC_EVENT_CHANNEL, { type: 'will-lock', reason: 'suspend' }]]));
    // The renderer's answer, through the same IPC handler as every call: still unlocked meanwhile.
    expect(await handle(trusted(), 'saveDraft', draft)).toEqual({ ok: true });
    expect(await handle(trusted(), 'status', undefined)).toEqual({ ok: true, value: { exists: true, unlocked: true } });
    expect(await handle(trusted(), 'readyToLock', undefined)).toEqual({ ok: true });
    await vi.waitFor(async () => expect(await handle(trusted(), 'status', undefined)).toEqual({ ok: true, value: { exists: true, unlocked: false } }));
    expect(sent[1]).toEqual([IPC_EVENT_CHANNEL, { type: 'locked', reason: 'suspend' }]);

    await handle(trusted(), 'unlock', { passphrase: PASSPHRASE });
    expect(await handle(trusted(), 'getDraft', undefined)).toMatchObject({ ok: true, value: draft });
    fake.powerMonitor.emit('lock-screen');
    await vi.waitFor(() => expect(sent).toHaveLength(3));
    expect(sent[2]).toEqual([IPC_EVENT_CHANNEL, { type: 'will-lock', reason: 'screen-locked' }]);
    await handle(trusted(), 'readyToLock', undefined);
    await vi.waitFor(() => expect(sent).toHaveLength(4));
    expect(sent[3]).toEqual([IPC_EVENT_CHANNEL, { type: 'locked', reason: 'screen-locked' }]);
  });

  it('syncs through the folder chosen in a dialog: at set-up, soon after a write, and before a lock, telling the window', async () => {
    provideNativeBinding();
    await startMain();
    const handle = fake.ipc.get(IPC_CALL_CHANNEL)!;
    const sent = fake.windows[0]!.webContents.sent;
    await handle(trusted(), 'create', { passphrase: PASSPHRASE });
    const setUp = (await handle(trusted(), 'setUpSync', undefined)) as { ok: true; value: { opened: true; summary: { folder: string; device: { id: string } } } };
    expect(setUp.value.summary.folder).toBe(join(fake.appPath, 'sync'));
    const own = join(fake.appPath, 'sync', 'devices', setUp.value.summary.device.id);
    const changeFiles = () => readdirSync(own).filter((name) => /^\d+\.hearthsync$/.test(name));
    await vi.waitFor(() => expect(sent).toContainEqual([IPC_EVENT_CHANNEL, { type: 'sync', activity: { syncing: true, last: null } }]));

    const before = changeFiles().length;
    await handle(trusted(), 'addEntry', { mood: 5, note: 'published two seconds later' });
    await vi.waitFor(() => expect(changeFiles().length).toBe(before + 1), { timeout: 15_000 });
    const ended = sent.filter(([, e]) => (e as { type: string }).type === 'sync').at(-1)![1] as { activity: { last: { ok: boolean } } };
    expect(ended.activity.last.ok).toBe(true);

    // Written and locked at once: the lock waits for the last round, so the change is in the folder.
    await handle(trusted(), 'addEntry', { mood: 4, note: 'written just before the lock' });
    expect(await handle(trusted(), 'lock', undefined)).toEqual({ ok: true });
    expect(changeFiles().length).toBe(before + 2);
    expect(await handle(trusted(), 'status', undefined)).toEqual({ ok: true, value: { exists: true, unlocked: false } });
  });

  it.runIf(process.platform === 'linux')('tells Settings, through status, when the screen locking cannot be noticed', async () => {
    (globalThis as { screenLockAvailable?: boolean }).screenLockAvailable = false;
    provideNativeBinding();
    await startMain();
    const handle = fake.ipc.get(IPC_CALL_CHANNEL)!;
    await vi.waitFor(async () =>
      expect(await handle(trusted(), 'status', undefined)).toEqual({ ok: true, value: { exists: false, unlocked: false, screenLockUnwatched: true } }),
    );
  });

  it('requests nothing while the update check is off, and only the feed when it is on and asked', async () => {
    provideNativeBinding();
    await startMain();
    const { net, shell } = electron.module;
    const handle = fake.ipc.get(IPC_CALL_CHANNEL)!;
    await handle(trusted(), 'create', { passphrase: PASSPHRASE });
    expect(await handle(trusted(), 'getSettings', undefined)).toMatchObject({ ok: true, value: { checkForUpdates: false } });
    expect(await handle(trusted(), 'checkForUpdates', undefined)).toEqual({ ok: true, value: { status: 'off' } });
    expect(await handle(trusted(), 'openUpdatePage', undefined)).toEqual({ ok: true });
    await handle(trusted(), 'lock', undefined);
    await handle(trusted(), 'unlock', { passphrase: PASSPHRASE });
    expect(net.fetch).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();

    await handle(trusted(), 'updateSettings', { checkForUpdates: true });
    expect(net.fetch).not.toHaveBeenCalled();
    expect(await handle(trusted(), 'checkForUpdates', undefined)).toEqual({ ok: true, value: { status: 'newer', current: '0.1.0', latest: '0.2.0' } });
    expect(net.fetch).toHaveBeenCalledExactlyOnceWith(UPDATE_FEED_URL, { method: 'GET', redirect: 'error', cache: 'no-store', credentials: 'omit' });
    expect(shell.openExternal).not.toHaveBeenCalled();
    await handle(trusted(), 'openUpdatePage', undefined);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith(UPDATE_PAGE_URL);
  });

  it('loads better-sqlite3 from beside app.asar when packaged, and protects new passphrases with the full KDF cost', async () => {
    const resources = join(fake.appPath, 'resources');
    const target = packagedBindingPath(resources);
    mkdirSync(join(target, '..'), { recursive: true });
    copyFileSync(NODE_BUILD, target);
    fake.app.isPackaged = true;
    Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true });
    try {
      await startMain();
      expect(fake.errors).toEqual([]);
      const handle = fake.ipc.get(IPC_CALL_CHANNEL)!;
      expect(await handle(trusted(), 'create', { passphrase: PASSPHRASE, kdf: { opsLimit: 2, memLimit: 64 * 1024 * 1024 } })).toMatchObject({ ok: false });
      expect(await handle(trusted(), 'create', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
      // The bridge's --fast-kdf (TEST_KDF) is a ServiceOptions field main never sets, and no call can pass one.
      const db = new Database(join(fake.appPath, 'vault', VAULT_FILE), { readonly: true });
      const slots = db.prepare('SELECT slot, kdf FROM keyslots WHERE kdf IS NOT NULL').all() as { slot: string; kdf: string }[];
      db.close();
      expect(slots.map((s) => s.slot)).toContain('passphrase');
      for (const s of slots) expect(JSON.parse(s.kdf)).toMatchObject({ opsLimit: DEFAULT_KDF.opsLimit, memLimit: DEFAULT_KDF.memLimit });
    } finally {
      delete (process as { resourcesPath?: string }).resourcesPath;
    }
  });

  it('follows "Keep Hearth running": closing then hides the window behind the tray and locks the journal', async () => {
    provideNativeBinding();
    await startMain();
    const handle = fake.ipc.get(IPC_CALL_CHANNEL)!;
    const [win] = fake.windows;
    await handle(trusted(), 'create', { passphrase: PASSPHRASE });
    const closeOff = { defaultPrevented: false, preventDefault() {
      this.defaultPrevented = true;
    } };
    win!.emit('close', closeOff);
    expect(closeOff.defaultPrevented).toBe(false);

    await handle(trusted(), 'updateSettings', { keepRunning: true });
    const close = { ...closeOff, defaultPrevented: false };
    await vi.waitFor(() => {
      win!.emit('close', close);
      expect(close.defaultPrevented).toBe(true);
    });
    expect(win!.visible).toBe(false);
    expect(fake.trays).toHaveLength(1);
    await vi.waitFor(() => expect(win!.webContents.sent).toContainEqual([IPC_EVENT_CHANNEL, { type: 'will-lock', reason: 'manual' }]));
    await handle(trusted(), 'readyToLock', undefined);
    await vi.waitFor(async () => expect(await handle(trusted(), 'status', undefined)).toEqual({ ok: true, value: { exists: true, unlocked: false } }));

    // The tray's New entry brings the window back and asks the renderer for a new entry (it unlocks first).
    const newEntry = fake.trays[0]!.menu.find((i) => i.label === 'New entry')!;
    newEntry.click!();
    expect(win!.visible).toBe(true);
    expect(win!.webContents.sent.at(-1)).toEqual([IPC_EVENT_CHANNEL, { type: 'open-new-entry' }]);
  });

  it('follows "Open Hearth at login" through the system login item (an XDG autostart entry on Linux)', async () => {
    const config = mkdtempSync(join(tmpdir(), 'hearth-xdg-'));
    const before = process.env.XDG_CONFIG_HOME;
    process.env.XDG_CONFIG_HOME = config;
    const entry = join(config, 'autostart', 'hearth.desktop');
    try {
      provideNativeBinding();
      await startMain();
      const handle = fake.ipc.get(IPC_CALL_CHANNEL)!;
      await handle(trusted(), 'create', { passphrase: PASSPHRASE });
      await handle(trusted(), 'updateSettings', { openAtLogin: true });
      if (process.platform === 'linux') {
        await vi.waitFor(() => expect(existsSync(entry)).toBe(true));
        await handle(trusted(), 'updateSettings', { openAtLogin: false });
        await vi.waitFor(() => expect(existsSync(entry)).toBe(false));
        expect(fake.app.setLoginItemSettings).not.toHaveBeenCalled();
      } else {
        await vi.waitFor(() => expect(fake.app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true }));
        await handle(trusted(), 'updateSettings', { openAtLogin: false });
        await vi.waitFor(() => expect(fake.app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false }));
        expect(fake.app.setLoginItemSettings).toHaveBeenCalledTimes(2);
      }
    } finally {
      if (before === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = before;
      rmSync(config, { recursive: true, force: true });
    }
  });

  it('reminds from reminders.json at start, before any unlock, and follows the file when the CLI writes today\'s entry', async () => {
    const MINUTE = 60_000;
    const vaultDir = join(fake.appPath, 'vault');
    const made = new HearthService({ vaultDir, kdf: TEST_KDF });
    await made.create({ passphrase: PASSPHRASE });
    await made.updateSettings({ reminders: { enabled: true, times: ['20:00'], days: [0, 1, 2, 3, 4, 5, 6] } });
    made.close();
    // The instants of 20:00 in this machine's zone, worked out by the schedule's own resolver.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const [monday, tuesday, wednesday] = ['2026-06-01', '2026-06-02', '2026-06-03'].map((d) => resolveLocal(d, '20:00', zone)) as [number, number, number];
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    try {
      vi.setSystemTime(monday - 60 * MINUTE);
      provideNativeBinding();
      await startMain();
      const handle = fake.ipc.get(IPC_CALL_CHANNEL)!;
      expect(await handle(trusted(), 'status', undefined)).toEqual({ ok: true, value: { exists: true, unlocked: false } });
      await vi.advanceTimersByTimeAsync(60 * MINUTE - 30_000);
      expect(fake.notifications).toEqual([]);
      await vi.advanceTimersByTimeAsync(30_000);
      expect(fake.notifications.map((n) => [n.options, n.shown])).toEqual([[{ title: 'Hearth', body: 'Time to write in Hearth' }, true]]);
      // Clicked while locked: the window comes up and the renderer is asked for a new entry (it unlocks first).
      fake.notifications[0]!.emit('click');
      expect(fake.windows[0]!.webContents.sent.at(-1)).toEqual([IPC_EVENT_CHANNEL, { type: 'open-new-entry' }]);

      // Tuesday 19:00: the CLI (another service on the same vault) writes today's entry.
      await vi.advanceTimersByTimeAsync(tuesday - 60 * MINUTE - Date.now());
      const cli = new HearthService({ vaultDir });
      await cli.unlock({ passphrase: PASSPHRASE });
      await cli.addEntry(entry({ occurredAt: toLocalOffsetIso(new Date(tuesday - 65 * MINUTE)), mood: 6 }));
      cli.close();
      await vi.advanceTimersByTimeAsync(2 * 60 * MINUTE);
      expect(fake.notifications).toHaveLength(1);
      // One check interval past 20:00, wherever the checks fall.
      await vi.advanceTimersByTimeAsync(wednesday + 30_000 - Date.now());
      expect(fake.notifications).toHaveLength(2);
      expect(await handle(trusted(), 'status', undefined)).toEqual({ ok: true, value: { exists: true, unlocked: false } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps running behind the tray when the window is closed before any unlock, as reminders.json says', async () => {
    const vaultDir = join(fake.appPath, 'vault');
    const made = new HearthService({ vaultDir, kdf: TEST_KDF });
    await made.create({ passphrase: PASSPHRASE });
    await made.updateSettings({ reminders: { enabled: true, times: ['20:00'], days: [1] }, keepRunning: true });
    made.close();
    provideNativeBinding();
    await startMain();
    const [win] = fake.windows;
    const close = { defaultPrevented: false, preventDefault() {
      this.defaultPrevented = true;
    } };
    await vi.waitFor(() => {
      win!.emit('close', close);
      expect(close.defaultPrevented).toBe(true);
    });
    expect(win!.visible).toBe(false);
    expect(fake.trays).toHaveLength(1);
    expect(await fake.ipc.get(IPC_CALL_CHANNEL)!(trusted(), 'status', undefined)).toEqual({ ok: true, value: { exists: true, unlocked: false } });
  });

  it('focuses the window when a second instance starts', async () => {
    provideNativeBinding();
    await startMain();
    fake.app.emit('second-instance');
    expect(fake.windows[0]!.focus).toHaveBeenCalledOnce();
  });

  it('quits at once when another instance holds the lock', async () => {
    fake.singleInstance = false;
    await import('../../../electron/main');
    expect(fake.app.quit).toHaveBeenCalledOnce();
    expect(fake.app.listenerCount('second-instance')).toBe(0);
  });

  it('explains a missing Electron build of better-sqlite3 and exits', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await startMain();
    expect(fake.windows).toHaveLength(0);
    expect(String(fake.errors[0]?.[1])).toContain(`The database module for Electron ${ELECTRON_VERSION} is missing`);
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    error.mockRestore();
  });

  it('opens a listed helpline address in the browser and refuses any other, locked or not', async () => {
    provideNativeBinding();
    await startMain();
    const handle = fake.ipc.get(IPC_CALL_CHANNEL)!;
    expect(await handle(trusted(), 'openHelpline', { url: 'https://www.samaritans.org' })).toEqual({ ok: true, value: { opened: true } });
    expect(await handle(trusted(), 'openHelpline', { url: 'https://example.com/phish' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await handle(trusted(), 'openHelpline', { url: 'https://www.samaritans.org.evil.example' })).toMatchObject({ ok: false });
    expect(fake.opened).toEqual(['https://www.samaritans.org']);
  });

  it('has "Find a helpline…" under Help, which shows the window and tells the renderer', async () => {
    provideNativeBinding();
    await startMain();
    const help = fake.menu!.find((m) => m.role === 'help')!;
    const item = help.submenu!.find((i) => i.label === 'Find a helpline…')!;
    item.click!();
    expect(fake.windows[0]!.webContents.sent).toContainEqual([IPC_EVENT_CHANNEL, { type: 'open-helplines' }]);
  });

  it('loads the electron-vite dev server when it is set', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    provideNativeBinding();
    await startMain();
    expect(fake.windows[0]!.loaded).toBe('http://localhost:5173');
  });

  it('serves the command line on its socket while unlocked, and stops when it locks', async () => {
    const runtime = mkdtempSync(join(tmpdir(), 'hearth-run-'));
    chmodSync(runtime, 0o700);
    vi.stubEnv('XDG_RUNTIME_DIR', runtime);
    try {
      provideNativeBinding();
      await startMain();
      const handle = fake.ipc.get(IPC_CALL_CHANNEL)!;
      const paths = appPaths(join(runtime, 'hearth'), process.env.HEARTH_VAULT!);
      await handle(trusted(), 'create', { passphrase: PASSPHRASE });
      await vi.waitFor(() => expect(existsSync(paths.token)).toBe(true));
      // A call from the command line reaches the window's own service, and the window fetches again.
      const client = await connectApp(paths);
      expect(await client!.call('addEntry', { mood: 5 })).toMatchObject({ ok: true, value: { mood: 5 } });
      client!.close();
      expect(await handle(trusted(), 'listEntries', undefined)).toMatchObject({ ok: true, value: { total: 1 } });
      expect(fake.windows[0]!.webContents.sent).toContainEqual([IPC_EVENT_CHANNEL, JOURNAL_CHANGED]);
      await handle(trusted(), 'lock', undefined);
      await vi.waitFor(() => expect(readdirSync(join(runtime, 'hearth'))).toEqual([]));
      await handle(trusted(), 'unlock', { passphrase: PASSPHRASE });
      await vi.waitFor(() => expect(existsSync(paths.socket)).toBe(true));
      // Quitting while unlocked closes it too.
      fake.app.emit('before-quit', { preventDefault() {} });
      await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
      expect(readdirSync(join(runtime, 'hearth'))).toEqual([]);
    } finally {
      rmSync(runtime, { recursive: true, force: true });
    }
  });

  it('locks the command line’s unlock agent of the same journal whenever the app locks', async () => {
    const runtime = mkdtempSync(join(tmpdir(), 'hearth-run-'));
    chmodSync(runtime, 0o700);
    vi.stubEnv('XDG_RUNTIME_DIR', runtime);
    const startAgent = async () => {
      const dir = openRuntimeDir({ XDG_RUNTIME_DIR: runtime }, true);
      if (!dir?.ok) throw new Error('no runtime folder');
      const agent = new AgentServer({
        paths: agentPaths(dir.dir, process.env.HEARTH_VAULT!),
        key: new Uint8Array(32).fill(7),
        until: Date.now() + 60_000,
        stillOpens: async () => true,
        wipe: async (key) => void key.fill(0),
      });
      await agent.start();
      return agent;
    };
    try {
      provideNativeBinding();
      await startMain();
      const handle = fake.ipc.get(IPC_CALL_CHANNEL)!;
      await handle(trusted(), 'create', { passphrase: PASSPHRASE });
      const first = await startAgent();
      expect(await handle(trusted(), 'lock', undefined)).toEqual({ ok: true });
      expect(await first.ended).toBe('lock');

      await handle(trusted(), 'unlock', { passphrase: PASSPHRASE });
      const second = await startAgent();
      fake.powerMonitor.emit('suspend');
      await vi.waitFor(() => expect(fake.windows[0]!.webContents.sent.at(-1)).toEqual([IPC_EVENT_CHANNEL, { type: 'will-lock', reason: 'suspend' }]));
      await handle(trusted(), 'readyToLock', undefined);
      expect(await second.ended).toBe('lock');
      expect(readdirSync(join(runtime, 'hearth'))).toEqual([]);

      // Quitting while unlocked is a lock too.
      await handle(trusted(), 'unlock', { passphrase: PASSPHRASE });
      const third = await startAgent();
      fake.app.emit('before-quit', { preventDefault() {} });
      expect(await third.ended).toBe('lock');
      await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
    } finally {
      rmSync(runtime, { recursive: true, force: true });
    }
  });
});
