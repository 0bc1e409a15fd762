// "Open Hearth at login", through the system's login items on macOS and Windows, and an XDG
// autostart entry on Linux, where Electron has none. The journal opens locked, as at any start.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app } from 'electron';
import { applyLinuxAutostart } from './linux-autostart';

/** The command that starts this Hearth: the AppImage when run from one, and the app folder when run from source. */
function startCommand(): string[] {
  const program = process.env.APPIMAGE ?? process.execPath;
  return app.isPackaged ? [program] : [program, app.getAppPath()];
}

/** Make the system's login item follow the setting; asks the system first, so an unchanged setting writes nothing. */
export function applyOpenAtLogin(openAtLogin: boolean, platform: NodeJS.Platform = process.platform): void {
  if (platform === 'linux') {
    applyLinuxAutostart(join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'autostart'), openAtLogin, startCommand());
    return;
  }
  if (app.getLoginItemSettings().openAtLogin === openAtLogin) return;
  app.setLoginItemSettings({ openAtLogin });
}
