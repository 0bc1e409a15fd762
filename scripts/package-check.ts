// `npm run package:check`: packs Hearth with electron-builder's `--dir` target for Linux, offline,
// against a stand-in Electron distribution, and checks what came out (scripts/package-rules.ts).
// The stand-in is a folder with a shell script named `electron` that carries Electron's fuse wire
// (the sentinel @electron/fuses looks for, every fuse still at Electron's default), so the real
// fuse flip runs on it and is read back. better-sqlite3 is not rebuilt here (npmRebuild false):
// that needs Electron's headers from the network; the release workflow rebuilds it for real.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractFile, getRawHeader, listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { fuseConfigProblems, fuseWireProblems, listingProblems, missingDependencies, packageOf, workflowProblems, type LockPackages, type PackageListing } from './package-rules';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const requireFromRoot = createRequire(join(ROOT, 'package.json'));
// electron-builder's own YAML parser (a dependency of it, hoisted into node_modules).
const yaml = requireFromRoot('js-yaml') as { load: (text: string) => unknown };

/** Electron's fuse sentinel, then wire version 1, nine fuses, each at the default of an unflipped Electron. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const UNFLIPPED_WIRE = '101100011';
/** The bridge's banner and flag, and the variable that would start Electron as Node: none belongs in the packed main process. */
const DEVELOPMENT_STRINGS = ['Hearth test bridge', '--fast-kdf', 'ELECTRON_RUN_AS_NODE'];

function standInElectron(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const wire = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron: package:check packs the app, it does not run it" >&2\nexit 1\n# '),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, UNFLIPPED_WIRE.length]),
    Buffer.from(UNFLIPPED_WIRE),
    Buffer.from('\n'),
  ]);
  writeFileSync(join(dir, 'electron'), wire);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for the Electron distribution (package:check).\n');
  mkdirSync(join(dir, 'resources'), { recursive: true });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

/** The asar's listing with the unpacked flags from its header. */
function readListing(asarPath: string): PackageListing {
  const files = listPackage(asarPath, { isPack: false });
  const unpacked = new Set<string>();
  type Node = { files?: Record<string, Node>; unpacked?: boolean };
  const walk = (node: Node, at: string) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const path = `${at}/${name}`;
      if (child.unpacked === true && child.files === undefined) unpacked.add(path);
      walk(child, path);
    }
  };
  walk(getRawHeader(asarPath).header as Node, '');
  const versions = new Map<string, string>();
  for (const dir of new Set(files.map(packageOf).filter((p): p is string => p !== null))) {
    if (!files.includes(`/${dir}/package.json`)) continue;
    versions.set(dir, (JSON.parse(extractFile(asarPath, `${dir}/package.json`).toString('utf8')) as { version: string }).version);
  }
  return { files, unpacked, versions };
}

async function check(): Promise<string[]> {
  const work = mkdtempSync(join(tmpdir(), 'hearth-package-check-'));
  try {
    const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8'));
    const problems = [...fuseConfigProblems(config)];
    problems.push(...workflowProblems(yaml.load(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8'))));

    const dist = join(work, 'electron-dist');
    standInElectron(dist);
    run(process.execPath, [join(dirname(requireFromRoot.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'), 'build']);
    const builder = join(dirname(requireFromRoot.resolve('electron-builder/package.json')), 'cli.js');
    run(
      process.execPath,
      [builder, '--linux', 'dir', '--x64', '--publish', 'never', `-c.electronDist=${dist}`, '-c.npmRebuild=false', `-c.directories.output=${join(work, 'out')}`],
      // No download may be attempted: electron-builder would fetch Electron without electronDist.
      { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
    );

    const appOut = join(work, 'out', 'linux-unpacked');
    const asarPath = join(appOut, 'resources', 'app.asar');
    if (!existsSync(asarPath)) return [...problems, `${asarPath}: electron-builder made no app.asar`];
    const listing = readListing(asarPath);
    const lock = (JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: LockPackages }).packages;
    problems.push(...listingProblems(listing, lock));
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    problems.push(...missingDependencies(Object.keys(pkg.dependencies), listing));

    const native = join(appOut, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(native)) problems.push(`${native}: the unpacked database module is not beside the asar`);
    // libsodium's WebAssembly is embedded in its JavaScript as base64 ("AGFzbQ" is "\0asm"): no .wasm file to ship.
    if (!extractFile(asarPath, 'node_modules/libsodium-sumo/dist/modules-sumo/libsodium-sumo.js').toString('latin1').includes('AGFzbQ')) {
      problems.push('libsodium-sumo.js: no embedded WebAssembly; a separate .wasm file would have to be packed');
    }
    for (const file of listing.files.filter((f) => f.startsWith('/out/main/') && f.endsWith('.js'))) {
      const text = extractFile(asarPath, file.slice(1)).toString('utf8');
      for (const s of DEVELOPMENT_STRINGS) if (text.includes(s)) problems.push(`${file}: contains "${s}", from a development tool`);
    }
    problems.push(...fuseWireProblems(await getCurrentFuseWire(join(appOut, 'hearth'))));
    return problems;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const problems = await check();
  for (const p of problems) console.error(`package:check: ${p}`);
  if (problems.length > 0) {
    console.error(`package:check: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}.`);
    process.exit(1);
  }
  console.log('package:check: the package holds the built app and its production dependencies only, better-sqlite3 unpacked, fuses flipped; release.yml builds on Windows, macOS and Linux.');
}
