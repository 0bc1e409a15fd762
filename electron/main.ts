// The Electron main process: one hardened window over the HearthService. The policies live in
// ./shell as plain functions (unit-tested without Electron); this file only wires them up.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, powerMonitor, protocol, session, shell } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type HearthEvent } from '../shared/api';
import type { Method } from '../shared/contract';
import { createHandlers } from './ipc/dispatch';
import { HearthService } from './service/hearth-service';
import { defaultVaultDir } from './service/paths';
import { syncEngine } from './service/sync-engine';
import { REMINDER_FILE, reminderFileStamp } from './service/reminder-file';
import { reminderDue, slotKey } from './service/reminder-schedule';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './shell/app-protocol';
import { appMenuTemplate } from './shell/app-menu';
import { lockAgentOf } from './shell/agent-lock';
import { AppSocket, changesJournal } from './shell/app-socket';
import { AutoLock } from './shell/auto-lock';
import { JOURNAL_CHANGED, watchForChanges } from './shell/change-watch';
import { openHelplineWith } from './shell/helpline-links';
import { createCallHandler } from './shell/ipc-handler';
import { applyOpenAtLogin } from './shell/login-item';
import { nativeBindingPath, packagedBindingPath } from './shell/native-binding';
import { nativeDialogs } from './shell/native-dialogs';
import { showNotification } from './shell/notifications';
import { PLAN_MAY_CHANGE, Reminders } from './shell/reminders';
import { watchScreenLock } from './shell/screen-lock-monitor';
import { hardenContents, hardenSession } from './shell/security-policy';
import { createUpdateChannel } from './shell/update-channel';
import { watchFolder } from './shell/folder-watch';
import { SyncScheduler } from './shell/sync-scheduler';
import { afterCallForSync, lockAfterSync } from './shell/sync-triggers';
import { isTrustedSender } from './shell/sender-check';
import { BackgroundTray, onWindowClose } from './shell/tray';
import { PARTITION, windowOptions } from './shell/window-options';

// Both must happen before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

/** Set by `electron-vite dev`; never honoured in a packaged app. */
const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

let mainWindow: BrowserWindow | null = null;

const BACKUP_CHECK_MS = 60 * 60 * 1000;
/** Quitting waits this long at most for the backup the last lock is still writing. */
const QUIT_BACKUP_WAIT_MS = 30 * 1000;

function fail(error: unknown): void {
  console.error('Hearth failed to start:', error);
  dialog.showErrorBox('Hearth cannot start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}

/** better-sqlite3 built for this Electron: by electron-builder in an installed app, else by scripts/electron-native.mjs (npm start runs it). */
function electronNativeBinding(): string {
  const file = app.isPackaged ? packagedBindingPath(process.resourcesPath) : nativeBindingPath(app.getAppPath(), process.versions.electron);
  if (!existsSync(file)) {
    throw new Error(`The database module for Electron ${process.versions.electron} is missing (${file}). Run "node scripts/electron-native.mjs" or "npm start".`);
  }
  return file;
}

function start(): void {
  let notifyWindow: (event: HearthEvent) => void = () => undefined;
  let externalChange = (): void => undefined;
  let keyChanged = (): void => undefined;
  const vaultDir = defaultVaultDir();
  const nativeBinding = electronNativeBinding();
  const service = new HearthService({
    vaultDir,
    nativeBinding,
    onExternalChange: () => {
      notifyWindow(JOURNAL_CHANGED);
      externalChange();
    },
    onKeyChanged: () => keyChanged(),
    // Used only by the opt-in update check, and only after the person turns it on and clicks.
    updateChannel: createUpdateChannel(net, shell, app.getVersion()),
    sync: syncEngine({ vaultDir, nativeBinding }),
  });

  const appSession = session.fromPartition(PARTITION);
  hardenSession(appSession, devUrl);
  appSession.protocol.handle(APP_SCHEME, createAppProtocolHandler(join(import.meta.dirname, '../renderer')));

  const win = new BrowserWindow(windowOptions(join(import.meta.dirname, '../preload/preload.cjs')));
  mainWindow = win;

  const notify = (event: HearthEvent): void => {
    if (!win.isDestroyed()) win.webContents.send(IPC_EVENT_CHANNEL, event);
  };
  notifyWindow = notify;
  // Sync rounds: at unlock, after writes, when the sync folder changes, and before each lock.
  let syncApplied = (): void => undefined;
  const syncScheduler = new SyncScheduler({
    api: { syncStatus: () => service.syncStatus(), syncNow: () => service.syncNow() },
    watch: watchFolder,
    onActivity: (activity) => notify({ type: 'sync', activity }),
    onApplied: () => syncApplied(),
  });
  const lockService = lockAfterSync(service, syncScheduler);
  // While unlocked, the command line's calls come through this socket to the one service.
  let afterCliCall = (_method: Method, _ok: boolean): void => undefined;
  const appSocket = new AppSocket({ vaultDir, api: service, afterCall: (method, ok) => afterCliCall(method, ok) });
  const autoLock = new AutoLock({
    service: { status: () => service.status(), getSettings: () => service.getSettings(), lock: lockService },
    notify,
    onLocked: () => {
      void appSocket.sync();
      void lockAgentOf(vaultDir);
    },
  });
  const stopWatching = watchForChanges(service);

  const handlers = createHandlers(service, nativeDialogs(dialog, () => mainWindow));
  // Only main opens the browser, and only at a listed helpline address.
  handlers.openHelpline = openHelplineWith(shell);
  // The window's lock and "Sync now" go through the scheduler: one round at a time, the last before the key goes.
  handlers.lock = lockService;
  handlers.syncNow = () => syncScheduler.syncNow();
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate(process.platform, () => {
        if (win.isDestroyed()) return;
        win.show();
        notify({ type: 'open-helplines' });
      }),
    ),
  );
  // Reminders follow the unlocked journal, or before an unlock the schedule file the service keeps;
  // the tray and the login item follow the settings read while unlocked.
  const showWindow = (): void => {
    if (win.isDestroyed()) return;
    tray.hide();
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  };
  const openNewEntry = (): void => {
    showWindow();
    notify({ type: 'open-new-entry' });
  };
  const tray = new BackgroundTray({ open: showWindow, newEntry: openNewEntry, quit: () => app.quit() });
  const reminders = new Reminders({
    readPlan: () => service.reminderPlan(undefined),
    readSchedule: () => service.reminderSchedule(),
    scheduleStamp: () => reminderFileStamp(join(vaultDir, REMINDER_FILE)),
    due: ({ schedule, ...when }) => {
      const slot = reminderDue({ ...when, reminders: schedule.reminders, lastEntryDate: schedule.lastEntryDate });
      return slot && slotKey(slot);
    },
    notify: showNotification,
    openNewEntry,
    onPlan: (plan) => applyOpenAtLogin(plan.openAtLogin),
  });
  reminders.start();
  void reminders.refresh();
  externalChange = () => {
    void reminders.refresh();
    syncScheduler.wrote();
  };
  // Another Hearth gave the journal a new key: this session ended, and the window shows the unlock screen.
  keyChanged = () => {
    notify({ type: 'locked', reason: 'key-changed' });
    void appSocket.sync();
    void lockAgentOf(vaultDir);
    void reminders.refresh();
  };
  syncApplied = () => {
    notify(JOURNAL_CHANGED);
    void reminders.refresh();
  };
  afterCliCall = (method, ok) => {
    afterCallForSync(syncScheduler, method, ok);
    if (!ok) return;
    if (changesJournal(method)) notify(JOURNAL_CHANGED);
    if (PLAN_MAY_CHANGE.has(method)) void reminders.refresh();
  };

  ipcMain.handle(
    IPC_CALL_CHANNEL,
    createCallHandler({
      handlers,
      isTrusted: (event) =>
        !win.isDestroyed() && event.sender.id === win.webContents.id && isTrustedSender(event.senderFrame, win.webContents.mainFrame, devUrl),
      onActivity: () => autoLock.activity(),
      afterCall: (method, ok) => {
        void autoLock.afterCall(method, ok);
        appSocket.afterIpcCall(method, ok);
        afterCallForSync(syncScheduler, method, ok);
        if (ok && PLAN_MAY_CHANGE.has(method)) void reminders.refresh();
      },
    }),
  );

  // before-input-event sees keys only; input-event also sees the mouse and wheel.
  win.webContents.on('before-input-event', () => autoLock.activity());
  win.webContents.on('input-event', () => autoLock.activity());
  powerMonitor.on('suspend', () => void autoLock.lockNow('suspend'));
  powerMonitor.on('resume', () => reminders.check());
  powerMonitor.on('lock-screen', () => void autoLock.lockNow('screen-locked'));
  // Electron has no 'lock-screen' on Linux: the screen locker's D-Bus signal stands in for it.
  const screenLock = process.platform === 'linux' ? watchScreenLock({ onLock: () => void autoLock.lockNow('screen-locked') }) : null;
  void screenLock?.available.then((up) => {
    if (up) return;
    service.noteScreenLockUnwatched();
    console.warn('Hearth: no D-Bus screen-lock signal (gdbus missing or no bus): locking the screen will not lock Hearth.');
  });

  win.once('ready-to-show', () => win.show());
  // Kept running: the window hides behind the tray, locked, instead of closing.
  let quitting = false;
  app.on('before-quit', () => (quitting = true));
  app.on('activate', showWindow);
  win.on('close', (event) => {
    // Before the first unlock only reminders.json says whether to keep running.
    const keepRunning = reminders.plan?.keepRunning ?? reminders.schedule?.keepRunning ?? false;
    if (onWindowClose(keepRunning, quitting) === 'quit') return;
    event.preventDefault();
    win.hide();
    tray.show();
    void autoLock.lockNow('manual');
  });
  win.on('closed', () => {
    mainWindow = null;
  });
  // Daily automatic backups: due or not is checked every hour while the app runs.
  const backupTimer = setInterval(() => {
    service.autoBackupIfDue().catch((e: unknown) => console.error('Hearth: automatic backup failed:', e));
  }, BACKUP_CHECK_MS);
  backupTimer.unref();

  // Quitting while unlocked locks first, so the on-lock automatic backup is taken as on any lock.
  let locked = false;
  app.on('before-quit', (event) => {
    if (locked) return;
    event.preventDefault();
    void service
      .status()
      // Quitting an unlocked app is a lock like any other: the CLI's unlock agent ends with it.
      .then(async ({ unlocked }) => {
        appSocket.close();
        await lockService();
        if (unlocked) await lockAgentOf(vaultDir);
      })
      .catch((e: unknown) => console.error('Hearth: locking before quit failed:', e))
      // The lock's backup is written after the lock: give it a while to land before the process ends.
      .then(() => Promise.race([service.lockBackupsSettled(), new Promise((resolve) => setTimeout(resolve, QUIT_BACKUP_WAIT_MS))]))
      .finally(() => {
        locked = true;
        app.quit();
      });
  });
  app.on('will-quit', () => {
    clearInterval(backupTimer);
    syncScheduler.stop();
    appSocket.close();
    reminders.stop();
    tray.hide();
    stopWatching();
    autoLock.stop();
    screenLock?.stop();
    service.close();
  });

  void win.loadURL(devUrl ?? APP_INDEX_URL);
}

if (!app.requestSingleInstanceLock()) {
  // Another Hearth is running: it gets focused through 'second-instance'; this one leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch(fail);
}
