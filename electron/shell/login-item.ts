// "Open Hearth at login", through the system's login items (macOS and Windows; Electron has none on
// Linux, where this does nothing). The journal opens locked, as at any start.
import { app } from 'electron';

/** Make the system's login item follow the setting; asks the system first, so an unchanged setting writes nothing. */
export function applyOpenAtLogin(openAtLogin: boolean): void {
  if (app.getLoginItemSettings().openAtLogin === openAtLogin) return;
  app.setLoginItemSettings({ openAtLogin });
}
