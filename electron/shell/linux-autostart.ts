// "Open Hearth at login" on Linux, where Electron has no login items: a desktop entry in the XDG
// autostart folder (freedesktop.org Desktop Application Autostart Specification), which GNOME, KDE,
// Xfce and the other desktops read at login. Only a file Hearth wrote is ever removed.
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

const MARK = 'X-Hearth-Autostart=true';
export const AUTOSTART_FILE = 'hearth.desktop';

/** A program path or argument as a desktop entry's Exec key quotes it. */
function execArg(arg: string): string {
  return `"${arg.replace(/(["`$\\])/g, '\\$1')}"`;
}

export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Hearth',
    'Comment=Opens Hearth at login; the journal stays locked until you unlock it',
    `Exec=${command.map(execArg).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    MARK,
    '',
  ].join('\n');
}

function ours(path: string): boolean {
  try {
    return lstatSync(path).isFile() && readFileSync(path, 'utf8').split('\n').includes(MARK);
  } catch {
    return false;
  }
}

/**
 * Writes or removes the autostart entry in `folder` (usually ~/.config/autostart). The entry is
 * written under a fresh name and renamed into place, so a link planted at its name is replaced,
 * never written through; a file of the same name that Hearth did not write is left alone.
 */
export function applyLinuxAutostart(folder: string, openAtLogin: boolean, command: readonly string[]): void {
  const path = join(folder, AUTOSTART_FILE);
  const present = ours(path);
  if (!openAtLogin) {
    if (present) rmSync(path);
    return;
  }
  const entry = autostartEntry(command);
  if (present && readFileSync(path, 'utf8') === entry) return;
  let taken = false;
  try {
    taken = !lstatSync(path).isSymbolicLink() && !present;
  } catch {
    taken = false;
  }
  if (taken) return;
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const partial = join(folder, `.${AUTOSTART_FILE}.${randomBytes(6).toString('hex')}`);
  writeFileSync(partial, entry, { flag: 'wx', mode: 0o600 });
  renameSync(partial, path);
}
