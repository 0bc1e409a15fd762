// scripts/electron-native.mjs run for real against fixture projects: it finds the Electron binary,
// has the electron package's installer download it when it is missing (a fixture installer here:
// the real one needs Electron's download host), skips work when the build for that version exists,
// and never touches node_modules/better-sqlite3. (The build itself needs the network and Electron.)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from '../../support/cleanups';
import { nativeBindingPath } from '../../../electron/shell/native-binding';
import { tempDir } from '../../support/vault';

const SCRIPT = resolve(import.meta.dirname, '../../../scripts/electron-native.mjs');
const NODE_BUILD = 'node-abi build, must stay untouched';

const cleanups = cleanupAfterEach();

interface Fixture {
  electronVersion?: string | null;
  binary?: 'installed' | 'path-only' | 'absent';
  /** What the package's install.js does: fail as it does offline, or put the binary in place. */
  installer?: 'offline' | 'downloads';
}

const INSTALLERS = {
  offline: "process.stderr.write('TypeError: fetch failed\\n    at FetchDownloader.download\\n'); process.exit(1);",
  downloads: `const { mkdirSync, writeFileSync } = require('node:fs');
    mkdirSync(__dirname + '/dist', { recursive: true });
    writeFileSync(__dirname + '/dist/electron', '#!/bin/sh\\n');
    writeFileSync(__dirname + '/path.txt', 'electron');`,
};

function project({ electronVersion = '45.5.0', binary = 'installed', installer = 'offline' }: Fixture = {}) {
  const { dir, cleanup } = tempDir('hearth-native-');
  cleanups.push(cleanup);
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('package.json', JSON.stringify({ name: 'fixture', private: true }));
  write('node_modules/better-sqlite3/package.json', JSON.stringify({ name: 'better-sqlite3', version: '12.9.0' }));
  write('node_modules/better-sqlite3/build/Release/better_sqlite3.node', NODE_BUILD);
  if (electronVersion !== null) {
    write('node_modules/electron/package.json', JSON.stringify({ name: 'electron', version: electronVersion }));
    write('node_modules/electron/install.js', INSTALLERS[installer]);
    if (binary !== 'absent') write('node_modules/electron/path.txt', 'electron');
    if (binary === 'installed') write('node_modules/electron/dist/electron', '#!/bin/sh\n');
  }
  return dir;
}

function run(cwd: string, env: Record<string, string> = {}) {
  const clean = { ...process.env };
  for (const key of ['ELECTRON_EXEC_PATH', 'ELECTRON_OVERRIDE_DIST_PATH']) delete clean[key];
  const result = spawnSync(process.execPath, [SCRIPT], { cwd, env: { ...clean, ...env }, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, out: result.stdout + result.stderr };
}

function prebuilt(dir: string, version: string, sqliteVersion = '12.9.0') {
  const target = nativeBindingPath(dir, version);
  mkdirSync(join(target, '..'), { recursive: true });
  writeFileSync(target, 'electron-abi build');
  writeFileSync(join(target, '..', 'better-sqlite3.version'), sqliteVersion);
  return target;
}

function nodeBuildUntouched(dir: string): boolean {
  return readFileSync(join(dir, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), 'utf8') === NODE_BUILD;
}

describe('scripts/electron-native.mjs', () => {
  it.each(['absent', 'path-only'] as const)('exits 2, with the download error, when the Electron binary is %s and cannot be downloaded', (binary) => {
    const dir = project({ binary });
    const { status, out } = run(dir);
    expect(status).toBe(2);
    expect(out).toContain('The Electron 45.5.0 binary is not installed, and downloading it failed (TypeError: fetch failed)');
    expect(out).toContain('`npm test` does not need it');
    expect(existsSync(join(dir, '.native'))).toBe(false);
    expect(nodeBuildUntouched(dir)).toBe(true);
  });

  it('downloads a missing binary with the package installer, then goes on', () => {
    const dir = project({ binary: 'absent', installer: 'downloads' });
    const target = prebuilt(dir, '45.5.0');
    const { status, out } = run(dir);
    expect(status).toBe(0);
    expect(out).toContain('downloading it (once)');
    expect(out).toContain(`Installed ${join(dir, 'node_modules/electron/dist/electron')}`);
    expect(out).toContain(`is up to date (${target})`);
    expect(existsSync(join(dir, 'node_modules/electron/dist/electron'))).toBe(true);
  });

  it('exits 1 when the electron package is missing', () => {
    const { status, out } = run(project({ electronVersion: null }));
    expect(status).toBe(1);
    expect(out).toContain('electron package is not installed');
  });

  it('does nothing when the build for this Electron and better-sqlite3 exists', () => {
    const dir = project();
    const target = prebuilt(dir, '45.5.0');
    const { status, out } = run(dir);
    expect(status).toBe(0);
    expect(out).toContain(`better-sqlite3 12.9.0 for Electron 45.5.0 is up to date (${target})`);
    expect(readFileSync(target, 'utf8')).toBe('electron-abi build');
    expect(nodeBuildUntouched(dir)).toBe(true);
  });

  it('puts the build where the main process looks for it', () => {
    const dir = project({ electronVersion: '46.0.1' });
    expect(nativeBindingPath(dir, '46.0.1')).toBe(join(dir, '.native', 'electron-46.0.1', 'better_sqlite3.node'));
    prebuilt(dir, '46.0.1');
    expect(run(dir).out).toContain('up to date');
  });

  it.each([
    ['another Electron version', '44.0.0', '12.9.0'],
    ['another better-sqlite3 version', '45.5.0', '12.8.0'],
  ])('does not reuse a build for %s', (_what, electronVersion, sqliteVersion) => {
    const dir = project();
    prebuilt(dir, electronVersion, sqliteVersion);
    // The fixture's better-sqlite3 has no binding.gyp, so the rebuild runs offline and produces nothing.
    const { status, out } = run(dir);
    expect(status).toBe(1);
    expect(out).not.toContain('up to date');
    expect(out).toContain('Building better-sqlite3 12.9.0 for Electron 45.5.0');
    expect(out).toContain('failed: the rebuild finished without producing');
    expect(readdirSync(join(dir, '.native')).filter((name) => name.startsWith('build-'))).toEqual([]);
    expect(existsSync(nativeBindingPath(dir, '45.5.0'))).toBe(false);
    expect(nodeBuildUntouched(dir)).toBe(true);
  });

  it('finds the binary through ELECTRON_EXEC_PATH and ELECTRON_OVERRIDE_DIST_PATH, and never downloads over one that is missing', () => {
    const dir = project({ binary: 'absent', installer: 'downloads' });
    prebuilt(dir, '45.5.0');
    expect(run(dir, { ELECTRON_EXEC_PATH: join(dir, 'package.json') }).status).toBe(0);
    mkdirSync(join(dir, 'dist-override'));
    writeFileSync(join(dir, 'dist-override', 'electron'), '');
    expect(run(dir, { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'dist-override') }).status).toBe(0);
    const missing = run(dir, { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'nowhere') });
    expect(missing.status).toBe(2);
    expect(missing.out).toContain(`The Electron executable ${join(dir, 'nowhere', 'electron')} named by ELECTRON_EXEC_PATH or ELECTRON_OVERRIDE_DIST_PATH does not exist`);
    expect(existsSync(join(dir, 'node_modules/electron/dist'))).toBe(false);
  });
});
