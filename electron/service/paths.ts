// Where the desktop app keeps its journal, computed without Electron so the CLI finds the same one.
// Mirrors Electron's app.getPath('userData') for the product name "Hearth".
import { homedir } from 'node:os';
import { join } from 'node:path';

export const VAULT_FILE = 'hearth.db';
/** Locked by the one process writing to the vault; see ../store/write-lock.ts. */
export const LOCK_FILE = 'hearth.writer';

export function defaultVaultDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.HEARTH_VAULT) return env.HEARTH_VAULT;
  const home = homedir();
  let appData: string;
  if (platform === 'win32') appData = env.APPDATA ?? join(home, 'AppData', 'Roaming');
  else if (platform === 'darwin') appData = join(home, 'Library', 'Application Support');
  else appData = env.XDG_CONFIG_HOME ?? join(home, '.config');
  return join(appData, 'Hearth', 'vault');
}
