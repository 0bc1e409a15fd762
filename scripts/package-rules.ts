// What a packed Hearth must and must not hold (issue 15), as pure checks over a listing, so a unit
// test can feed them bad packages. scripts/package-check.ts packs the app and runs them.

/** The fuses every package flips (electron-builder.yml, electronFuses), by @electron/fuses' V1 index. */
export const REQUIRED_FUSES = [
  { key: 'runAsNode', index: 0, on: false },
  { key: 'enableCookieEncryption', index: 1, on: true },
  { key: 'enableNodeOptionsEnvironmentVariable', index: 2, on: false },
  { key: 'enableNodeCliInspectArguments', index: 3, on: false },
  { key: 'enableEmbeddedAsarIntegrityValidation', index: 4, on: true },
  { key: 'onlyLoadAppFromAsar', index: 5, on: true },
] as const;

/** The built app's entry points, and the two fonts report-pdf.ts draws with. */
export const REQUIRED_FILES = [
  '/package.json',
  '/out/main/main.js',
  '/out/main/kdf.worker.js',
  '/out/main/unlock.worker.js',
  '/out/main/stream.worker.js',
  '/out/preload/preload.cjs',
  '/out/renderer/index.html',
  '/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  '/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  '/node_modules/libsodium-sumo/dist/modules-sumo/libsodium-sumo.js',
] as const;

export const NATIVE_MODULE = '/node_modules/better-sqlite3/build/Release/better_sqlite3.node';

/** Development files by where they live in the project; none may reach the package. */
const DEVELOPMENT = [
  { pattern: /^\/(tests|bench|docs|\.ci|\.github|scripts|electron|shared|renderer|bin|\.native)(\/|$)/, what: 'a development folder' },
  { pattern: /\.map$/, what: 'a source map' },
  { pattern: /\.tsx?$/, what: 'a TypeScript source' },
  { pattern: /(^|\/)(bridge|serve)\.(ts|js|mjs)$/, what: 'the test bridge' },
] as const;

export interface PackageListing {
  /** Every path in app.asar, as @electron/asar lists it ('/out/main/main.js'). */
  files: readonly string[];
  /** The paths the asar header marks as unpacked (kept in app.asar.unpacked beside it). */
  unpacked: ReadonlySet<string>;
  /** Each packed package's folder ('node_modules/a') and the version its package.json states. */
  versions: ReadonlyMap<string, string>;
}

/** package-lock.json's "packages": which installed folders are development-only. */
export type LockPackages = Record<string, { version?: string; dev?: boolean; devOptional?: boolean } | undefined>;

/** name@version of every package the lock installs for production (electron-builder may hoist them elsewhere). */
function productionPackages(lock: LockPackages): Set<string> {
  const production = new Set<string>();
  for (const [path, entry] of Object.entries(lock)) {
    if (!path.includes('node_modules/') || entry === undefined || entry.dev === true || entry.devOptional === true) continue;
    production.add(`${path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version}`);
  }
  return production;
}

/** The installed package a listed path belongs to ('/node_modules/@a/b/x/node_modules/c/y' → 'node_modules/@a/b/x/node_modules/c'). */
export function packageOf(path: string): string | null {
  const parts = path.split('/').filter(Boolean);
  let end = -1;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] !== 'node_modules' || i + 1 >= parts.length) continue;
    end = parts[i + 1]!.startsWith('@') ? i + 2 : i + 1;
    if (end >= parts.length) return null;
    i = end;
  }
  return end < 0 ? null : parts.slice(0, end + 1).join('/');
}

/** Everything wrong with the asar, one sentence each; empty when it holds the app and its production dependencies only. */
export function listingProblems(listing: PackageListing, lock: LockPackages): string[] {
  const problems: string[] = [];
  const files = new Set(listing.files);
  for (const path of listing.files) {
    const top = path.split('/')[1];
    if (top !== 'out' && top !== 'node_modules' && top !== 'package.json') problems.push(`${path}: not the built app, package.json or a dependency`);
    for (const { pattern, what } of DEVELOPMENT) if (pattern.test(path)) problems.push(`${path}: ${what} is in the package`);
  }
  const production = productionPackages(lock);
  const packages = new Set(listing.files.map(packageOf).filter((p): p is string => p !== null));
  for (const dir of packages) {
    const version = listing.versions.get(dir);
    const name = dir.slice(dir.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (version === undefined) problems.push(`${dir}: packed without its package.json`);
    else if (!production.has(`${name}@${version}`)) problems.push(`${dir}: ${name}@${version} is not a production dependency (package-lock.json)`);
  }
  for (const required of REQUIRED_FILES) if (!files.has(required)) problems.push(`${required}: missing from the package`);
  if (!files.has(NATIVE_MODULE)) problems.push(`${NATIVE_MODULE}: missing from the package`);
  else if (!listing.unpacked.has(NATIVE_MODULE)) problems.push(`${NATIVE_MODULE}: packed inside app.asar, where it cannot be loaded (asarUnpack)`);
  return problems;
}

/** The production dependencies package.json names that the asar lacks. */
export function missingDependencies(dependencies: readonly string[], listing: PackageListing): string[] {
  const files = new Set(listing.files);
  return dependencies.filter((name) => !files.has(`/node_modules/${name}/package.json`)).map((name) => `${name}: a production dependency missing from the package`);
}

/** The configured fuses that differ from REQUIRED_FUSES. */
export function fuseConfigProblems(config: unknown): string[] {
  const fuses = (config as { electronFuses?: Record<string, unknown> } | null)?.electronFuses;
  if (fuses === undefined || fuses === null) return ['electron-builder.yml: no electronFuses section'];
  return REQUIRED_FUSES.filter(({ key, on }) => fuses[key] !== on).map(({ key, on }) => `electron-builder.yml: electronFuses.${key} must be ${on}`);
}

/** The fuse wire read back from a packed executable (@electron/fuses getCurrentFuseWire: index → '0'/'1' char code). */
export function fuseWireProblems(wire: Readonly<Record<number, number | undefined>>): string[] {
  const ENABLE = 49;
  const DISABLE = 48;
  return REQUIRED_FUSES.filter(({ index, on }) => wire[index] !== (on ? ENABLE : DISABLE)).map(
    ({ key, on }) => `packed executable: fuse ${key} is not ${on ? 'on' : 'off'}`,
  );
}

/** The release workflow, parsed: it must build on Windows, macOS and Linux runners. */
export function workflowProblems(workflow: unknown): string[] {
  const jobs = (workflow as { jobs?: Record<string, unknown> } | null)?.jobs;
  if (jobs === undefined || jobs === null || typeof jobs !== 'object') return ['release.yml: no jobs'];
  const runners = JSON.stringify(Object.values(jobs).map((job) => {
    const j = job as { 'runs-on'?: unknown; strategy?: { matrix?: unknown } };
    return [j['runs-on'], j.strategy?.matrix];
  }));
  return ['windows', 'macos', 'ubuntu'].filter((os) => !new RegExp(`"${os}-[\\w.]+"`).test(runners)).map((os) => `release.yml: no ${os} runner`);
}
