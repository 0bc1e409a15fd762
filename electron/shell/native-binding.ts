// Where scripts/electron-native.mjs puts better-sqlite3 built for Electron's ABI, one folder per
// Electron version, so node_modules keeps the Node build that tests and the CLI load.
import { join } from 'node:path';

export const NATIVE_DIR = '.native';
export const NATIVE_FILE = 'better_sqlite3.node';

export function nativeBindingPath(projectRoot: string, electronVersion: string): string {
  return join(projectRoot, NATIVE_DIR, `electron-${electronVersion}`, NATIVE_FILE);
}

/** In an installed app, better-sqlite3 rebuilt for Electron by electron-builder, unpacked beside app.asar (asarUnpack). */
export function packagedBindingPath(resourcesPath: string): string {
  return join(resourcesPath, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', NATIVE_FILE);
}
