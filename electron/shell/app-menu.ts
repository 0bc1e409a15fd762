// The application menu: Electron's standard menus, and under Help, "Find a helpline…", which asks
// the window to show the helplines (they need no unlocked journal).
import type { MenuItemConstructorOptions } from 'electron';

export const FIND_HELPLINE_LABEL = 'Find a helpline…';

export function appMenuTemplate(platform: NodeJS.Platform, onFindHelpline: () => void): MenuItemConstructorOptions[] {
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: FIND_HELPLINE_LABEL, click: () => onFindHelpline() }] },
  ];
}
