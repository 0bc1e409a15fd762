// The test stand-in for native dialogs: one folder. Save writes there under the suggested name;
// open picks the newest file there with a matching extension; a folder choice is its
// auto-backups subfolder, or for a sync folder its sync subfolder (bridges whose files folder is the
// same share it). Used by the browser test bridge and the unit tests.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { FileDialogs } from '../../electron/ipc/file-dialogs';
import { SYNC_FOLDER_TITLE } from '../../shared/contract/sync';

export function folderDialogs(dir: string): FileDialogs {
  return {
    save: async ({ defaultName }) => join(dir, defaultName),
    open: async ({ filters }) => {
      const wanted = new Set(filters.flatMap((f) => f.extensions.map((e) => `.${e}`)));
      const newest = readdirSync(dir)
        .filter((name) => wanted.has(extname(name)) && statSync(join(dir, name)).isFile())
        .map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs }))
        .sort((a, b) => b.at - a.at || a.name.localeCompare(b.name))[0];
      return newest ? join(dir, newest.name) : null;
    },
    folder: async ({ title }) => {
      const folder = join(dir, title === SYNC_FOLDER_TITLE ? 'sync' : 'auto-backups');
      mkdirSync(folder, { recursive: true });
      return folder;
    },
  };
}
