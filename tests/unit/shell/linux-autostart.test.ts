import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { applyLinuxAutostart, AUTOSTART_FILE, autostartEntry } from '../../../electron/shell/linux-autostart';

let home: string;
let folder: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'hearth-autostart-'));
  folder = join(home, 'autostart');
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const command = ['/opt/Hearth $weird "dir"/hearth'];

it('writes a private desktop entry that starts Hearth, quoting the path as the spec asks, and removes it', () => {
  applyLinuxAutostart(folder, true, command);
  const path = join(folder, AUTOSTART_FILE);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain('[Desktop Entry]\nType=Application\nName=Hearth\n');
  expect(text).toContain('Exec="/opt/Hearth \\$weird \\"dir\\"/hearth"\n');
  expect(statSync(path).mode & 0o777).toBe(0o600);
  applyLinuxAutostart(folder, true, command);
  expect(readdirSync(folder)).toEqual([AUTOSTART_FILE]);
  applyLinuxAutostart(folder, false, command);
  expect(readdirSync(folder)).toEqual([]);
  applyLinuxAutostart(folder, false, command);
});

it('replaces a link planted at its name instead of writing through it', () => {
  mkdirSync(folder);
  const target = join(home, 'target');
  writeFileSync(target, 'someone else’s file');
  symlinkSync(target, join(folder, AUTOSTART_FILE));
  applyLinuxAutostart(folder, true, command);
  expect(readFileSync(target, 'utf8')).toBe('someone else’s file');
  expect(lstatSync(join(folder, AUTOSTART_FILE)).isFile()).toBe(true);
  expect(readFileSync(join(folder, AUTOSTART_FILE), 'utf8')).toBe(autostartEntry(command));
});

it('leaves alone a hearth.desktop that Hearth did not write', () => {
  mkdirSync(folder);
  writeFileSync(join(folder, AUTOSTART_FILE), '[Desktop Entry]\nName=Something the person made\n');
  applyLinuxAutostart(folder, true, command);
  applyLinuxAutostart(folder, false, command);
  expect(readFileSync(join(folder, AUTOSTART_FILE), 'utf8')).toBe('[Desktop Entry]\nName=Something the person made\n');
});
