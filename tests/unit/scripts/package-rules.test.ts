// The package checker on listings written by hand: a good package passes, and each kind of bad
// package (a test folder, a source map, a dev dependency, a packed .node, a missing font, unflipped
// fuses, a workflow without macOS) is named.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagedBindingPath } from '../../../electron/shell/native-binding';
import {
  fuseConfigProblems,
  fuseWireProblems,
  listingProblems,
  missingDependencies,
  NATIVE_MODULE,
  packageOf,
  REQUIRED_FILES,
  workflowProblems,
  type LockPackages,
  type PackageListing,
} from '../../../scripts/package-rules';
import { signingPlan } from '../../../scripts/package-signing.mjs';

const ROOT = join(import.meta.dirname, '../../..');

const LOCK: LockPackages = {
  '': {},
  'node_modules/better-sqlite3': { version: '12.9.0' },
  'node_modules/dejavu-fonts-ttf': { version: '2.37.3' },
  'node_modules/libsodium-sumo': { version: '0.8.4' },
  'node_modules/node-abi': { version: '4.40.0', dev: true },
  'node_modules/prebuild-install/node_modules/node-abi': { version: '3.89.0' },
  'node_modules/vitest': { version: '4.1.12', dev: true },
};

function listing(extra: { files?: string[]; unpacked?: string[]; versions?: [string, string][] } = {}): PackageListing {
  const files = [
    ...REQUIRED_FILES,
    '/node_modules/better-sqlite3/package.json',
    NATIVE_MODULE,
    '/node_modules/dejavu-fonts-ttf/package.json',
    '/node_modules/libsodium-sumo/package.json',
    ...(extra.files ?? []),
  ];
  return {
    files,
    unpacked: new Set(extra.unpacked ?? [NATIVE_MODULE]),
    versions: new Map([
      ['node_modules/better-sqlite3', '12.9.0'],
      ['node_modules/dejavu-fonts-ttf', '2.37.3'],
      ['node_modules/libsodium-sumo', '0.8.4'],
      ...(extra.versions ?? []),
    ]),
  };
}

describe('listingProblems', () => {
  it('passes the built app with its production dependencies, hoisted or not', () => {
    // electron-builder may hoist prebuild-install's node-abi 3 to the top: still production.
    expect(listingProblems(listing({ files: ['/node_modules/node-abi/package.json'], versions: [['node_modules/node-abi', '3.89.0']] }), LOCK)).toEqual([]);
  });

  it('names development files', () => {
    const bad = listing({ files: ['/tests/bridge/serve.ts', '/out/main/main.js.map', '/docs/architecture.md', '/.ci/run', '/bench/run.ts', '/electron/main.ts'] });
    const problems = listingProblems(bad, LOCK);
    expect(problems).toContain('/tests/bridge/serve.ts: a development folder is in the package');
    expect(problems).toContain('/tests/bridge/serve.ts: the test bridge is in the package');
    expect(problems).toContain('/out/main/main.js.map: a source map is in the package');
    expect(problems).toContain('/docs/architecture.md: a development folder is in the package');
    expect(problems).toContain('/.ci/run: a development folder is in the package');
    expect(problems).toContain('/bench/run.ts: a TypeScript source is in the package');
    expect(problems).toContain('/electron/main.ts: not the built app, package.json or a dependency');
  });

  it('names a development dependency, by version where one was hoisted over another', () => {
    const bad = listing({
      files: ['/node_modules/vitest/package.json', '/node_modules/node-abi/package.json'],
      versions: [
        ['node_modules/vitest', '4.1.12'],
        ['node_modules/node-abi', '4.40.0'],
      ],
    });
    expect(listingProblems(bad, LOCK)).toEqual([
      'node_modules/vitest: vitest@4.1.12 is not a production dependency (package-lock.json)',
      'node_modules/node-abi: node-abi@4.40.0 is not a production dependency (package-lock.json)',
    ]);
  });

  it('names a .node left inside the asar and a missing font', () => {
    const packed = listing({ unpacked: [] });
    expect(listingProblems(packed, LOCK)).toEqual([`${NATIVE_MODULE}: packed inside app.asar, where it cannot be loaded (asarUnpack)`]);
    const noFont = { ...packed, files: packed.files.filter((f) => !f.endsWith('DejaVuSans-Bold.ttf')), unpacked: new Set([NATIVE_MODULE]) };
    expect(listingProblems(noFont, LOCK)).toEqual(['/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf: missing from the package']);
  });

  it('names a production dependency package.json declares and the asar lacks', () => {
    expect(missingDependencies(['better-sqlite3', 'zod'], listing())).toEqual(['zod: a production dependency missing from the package']);
  });

  it('agrees with where main loads better-sqlite3 from in an installed app', () => {
    expect(packagedBindingPath('/r')).toBe(join('/r', 'app.asar.unpacked', ...NATIVE_MODULE.split('/').filter(Boolean)));
  });
});

describe('packageOf', () => {
  it('finds the innermost package of a path', () => {
    expect(packageOf('/node_modules/a/lib/x.js')).toBe('node_modules/a');
    expect(packageOf('/node_modules/@s/b/x.js')).toBe('node_modules/@s/b');
    expect(packageOf('/node_modules/a/node_modules/@s/c/d/e.js')).toBe('node_modules/a/node_modules/@s/c');
    expect(packageOf('/node_modules/@s')).toBeNull();
    expect(packageOf('/out/main/main.js')).toBeNull();
  });
});

describe('fuses', () => {
  const config = () => ({
    electronFuses: {
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    },
  });

  it('accepts the configured set and names each fuse left as Electron ships it', () => {
    expect(fuseConfigProblems(config())).toEqual([]);
    expect(fuseConfigProblems({ electronFuses: { ...config().electronFuses, runAsNode: true, onlyLoadAppFromAsar: undefined } })).toEqual([
      'electron-builder.yml: electronFuses.runAsNode must be false',
      'electron-builder.yml: electronFuses.onlyLoadAppFromAsar must be true',
    ]);
    expect(fuseConfigProblems({})).toEqual(['electron-builder.yml: no electronFuses section']);
  });

  it('reads the wire of a packed executable: "0" (48) off, "1" (49) on', () => {
    // RunAsNode, cookies, NODE_OPTIONS, --inspect, asar integrity, asar only.
    expect(fuseWireProblems({ 0: 48, 1: 49, 2: 48, 3: 48, 4: 49, 5: 49 })).toEqual([]);
    // As Electron ships: run-as-node, NODE_OPTIONS and --inspect on, the rest off.
    expect(fuseWireProblems({ 0: 49, 1: 48, 2: 49, 3: 49, 4: 48, 5: 48 })).toHaveLength(6);
  });

  it('the project configuration passes', () => {
    // electron-builder's YAML parser, as scripts/package-check.ts reads it.
    const { load } = createRequire(join(ROOT, 'package.json'))('js-yaml') as { load: (s: string) => unknown };
    expect(fuseConfigProblems(load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')))).toEqual([]);
    expect(workflowProblems(load(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')))).toEqual([]);
  });
});

describe('workflowProblems', () => {
  it('names each platform without a runner', () => {
    const workflow = { jobs: { build: { 'runs-on': '${{ matrix.os }}', strategy: { matrix: { os: ['ubuntu-24.04', 'windows-2022'] } } } } };
    expect(workflowProblems(workflow)).toEqual(['release.yml: no macos runner']);
    expect(workflowProblems({ on: 'push' })).toEqual(['release.yml: no jobs']);
  });
});

describe('signingPlan', () => {
  it('says signing is skipped without the secrets, and what runs with them', () => {
    expect(signingPlan('win32', {})).toMatch(/^Windows: signing skipped/);
    expect(signingPlan('win32', { CSC_LINK: 'x' })).toMatch(/^Windows: Authenticode signing/);
    expect(signingPlan('darwin', {})).toBe(
      'macOS: signing skipped (no CSC_LINK or CSC_NAME): the app keeps an ad-hoc signature and Gatekeeper will warn; notarisation skipped (APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID are not all set).',
    );
    expect(signingPlan('darwin', { CSC_LINK: 'x', APPLE_ID: 'a', APPLE_APP_SPECIFIC_PASSWORD: 'b' })).toMatch(/notarisation skipped/);
    expect(signingPlan('darwin', { CSC_LINK: 'x', APPLE_ID: 'a', APPLE_APP_SPECIFIC_PASSWORD: 'b', APPLE_TEAM_ID: 'c' })).toBe(
      'macOS: Developer ID signing with the hardened runtime (CSC_LINK/CSC_NAME); notarisation with APPLE_ID/APPLE_TEAM_ID.',
    );
  });
});
