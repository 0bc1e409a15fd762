#!/usr/bin/env node
// Makes the Electron binary and an Electron build of better-sqlite3 ready for `npm start`.
// Since Electron 42, `npm install` no longer downloads the binary (the package has no install
// script); it is fetched on first use, and this does so, once, with the package's own installer.
// better-sqlite3 is then built for that Electron's ABI into .native/electron-<version>/, from a
// copy of node_modules/better-sqlite3 in a scratch folder. node_modules keeps its Node-ABI build
// for tests and the CLI, so `npm test` and `npm start` work in either order.
// Run from the project root (npm scripts do). Exit codes: 0 ready, 1 failed, 2 no Electron binary
// (absent, and it could not be downloaded).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import process from 'node:process';

// Keep in step with electron/shell/native-binding.ts, which the main process reads it from.
const NATIVE_DIR = '.native';
const NATIVE_FILE = 'better_sqlite3.node';
const STAMP_FILE = 'better-sqlite3.version';

const root = process.cwd();
const requireFromRoot = createRequire(join(root, 'package.json'));

function log(message) {
  process.stdout.write(`[electron-native] ${message}\n`);
}

function fail(code, message) {
  process.stderr.write(`[electron-native] ${message}\n`);
  process.exit(code);
}

function packageDir(name) {
  try {
    return dirname(requireFromRoot.resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}

function readVersion(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}

/** Where the Electron executable is, found the way electron and electron-vite find it, without downloading. */
function electronExecutable(electronDir) {
  if (process.env.ELECTRON_EXEC_PATH) return process.env.ELECTRON_EXEC_PATH;
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
  return relative ? join(electronDir, 'dist', relative) : null;
}

async function build(sqliteDir, sqliteVersion, electronVersion, targetDir) {
  const { rebuild } = await import('@electron/rebuild');
  mkdirSync(join(root, NATIVE_DIR), { recursive: true });
  // Inside the project, so @electron/rebuild finds prebuild-install in node_modules for a prebuilt download.
  const work = mkdtempSync(join(root, NATIVE_DIR, 'build-'));
  try {
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'hearth-native-build', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }));
    const moduleDir = join(work, 'node_modules', 'better-sqlite3');
    const nodeBuild = join(sqliteDir, 'build');
    cpSync(sqliteDir, moduleDir, { recursive: true, filter: (src) => src !== nodeBuild && !src.startsWith(nodeBuild + sep) });
    await rebuild({ buildPath: work, projectRootPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true, mode: 'sequential' });
    const built = join(moduleDir, 'build', 'Release', NATIVE_FILE);
    if (!existsSync(built)) throw new Error(`the rebuild finished without producing ${built}`);
    mkdirSync(targetDir, { recursive: true });
    // Copy then rename: a half-written file never looks ready to the next run or to the app.
    const partial = join(targetDir, `${NATIVE_FILE}.${process.pid}.partial`);
    copyFileSync(built, partial);
    renameSync(partial, join(targetDir, NATIVE_FILE));
    writeFileSync(join(targetDir, STAMP_FILE), sqliteVersion);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The binary, downloaded by the electron package's own installer (checksums included); exits 2 if that fails. */
function download(electronDir, electronVersion) {
  log(`The Electron ${electronVersion} binary is not installed yet; downloading it (once) ...`);
  const installer = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  const executable = electronExecutable(electronDir);
  if (installer.status === 0 && executable !== null && existsSync(executable)) {
    log(`Installed ${executable}.`);
    return;
  }
  const why = (installer.error?.message ?? installer.stderr ?? '').trim().split('\n')[0] || `the installer exited with ${installer.status}`;
  fail(
    2,
    `The Electron ${electronVersion} binary is not installed, and downloading it failed (${why}). ` +
      '`npm start` and `npm run dev` need it: run them where Electron\'s download host is reachable, or install it with `npx install-electron --no`. `npm test` does not need it.',
  );
}

async function main() {
  const electronDir = packageDir('electron');
  if (electronDir === null) fail(1, 'The electron package is not installed; run npm install.');
  const electronVersion = readVersion(electronDir);

  const executable = electronExecutable(electronDir);
  if (executable === null || !existsSync(executable)) {
    // An executable named by ELECTRON_EXEC_PATH or ELECTRON_OVERRIDE_DIST_PATH is the person's own: never replaced by a download.
    if (process.env.ELECTRON_EXEC_PATH || process.env.ELECTRON_OVERRIDE_DIST_PATH) {
      fail(2, `The Electron executable ${executable} named by ELECTRON_EXEC_PATH or ELECTRON_OVERRIDE_DIST_PATH does not exist.`);
    }
    download(electronDir, electronVersion);
  }
  const sqliteDir = packageDir('better-sqlite3');
  if (sqliteDir === null) fail(1, 'The better-sqlite3 package is not installed; run npm install.');
  const sqliteVersion = readVersion(sqliteDir);

  const targetDir = join(root, NATIVE_DIR, `electron-${electronVersion}`);
  const target = join(targetDir, NATIVE_FILE);
  const stamp = join(targetDir, STAMP_FILE);
  if (existsSync(target) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sqliteVersion) {
    log(`better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} is up to date (${target}).`);
    return;
  }

  log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} into ${targetDir} ...`);
  // A build for another better-sqlite3 version must not stay behind if this one fails.
  rmSync(target, { force: true });
  rmSync(stamp, { force: true });
  try {
    await build(sqliteDir, sqliteVersion, electronVersion, targetDir);
  } catch (e) {
    fail(1, `Building better-sqlite3 for Electron ${electronVersion} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  log(`Built ${target}.`);
}

await main();
