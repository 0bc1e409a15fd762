// File choices in the desktop app: the operating system's own dialogs, attached to the window.
import type { BrowserWindow, Dialog } from 'electron';
import type { FileDialogs } from '../ipc/file-dialogs';

export function nativeDialogs(dialog: Dialog, window: () => BrowserWindow | null): FileDialogs {
  const parent = () => window() ?? undefined;
  return {
    async save({ title, defaultName, filters }) {
      const options = { title, defaultPath: defaultName, filters: filters.filter((f) => f.extensions.length > 0), properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
      const win = parent();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async open({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const] };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async folder({ title }) {
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
