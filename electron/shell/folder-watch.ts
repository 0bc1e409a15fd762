// Watching the sync folder for files a sync tool delivers. Recursive fs.watch where the system has
// it; where it fails (an unsupported system, a folder gone, too many watches) the scheduler's slow
// poll is all there is, so a failure here only logs.
import { watch, type FSWatcher } from 'node:fs';
import type { WatchFolder } from './sync-scheduler';

export const watchFolder: WatchFolder = (folder, onChange) => {
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(folder, { recursive: true, persistent: false }, (_event, name) => onChange(typeof name === 'string' ? name : null));
    watcher.on('error', (e) => {
      console.warn('Hearth: watching the sync folder stopped; it is checked every minute instead:', e.message);
      watcher?.close();
    });
  } catch (e) {
    console.warn('Hearth: the sync folder cannot be watched here; it is checked every minute instead:', (e as Error).message);
  }
  return () => watcher?.close();
};
