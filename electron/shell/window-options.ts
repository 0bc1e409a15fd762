// The one BrowserWindow of Hearth: the renderer is untrusted, so it gets no Node, no sandbox
// escape hatches, no persistent browser storage and no spell-check service.
import type { BrowserWindowConstructorOptions } from 'electron';

/** Without the `persist:` prefix the session lives in memory: no cookies, caches or storage on disk. */
export const PARTITION = 'hearth';

export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 800,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Hearth',
    // Shown on ready-to-show, so the window never flashes an empty frame.
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      partition: PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  };
}
