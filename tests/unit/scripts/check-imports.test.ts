// The layer check on a small tree written to a temp dir: a clean tree passes, and a planted cycle,
// a planted up-import and a file outside every layer are each named with the file and the import.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkImports, cycles, layerOf, LAYERS, readGraph, tableProblems, type Layer } from '../../../scripts/check-imports';

const LAYERS_UNDER_TEST: Layer[] = [
  { name: 'shared', paths: ['shared/'], mayImport: [], why: 'bottom' },
  { name: 'low', paths: ['electron/low/'], mayImport: ['shared'], why: 'lower module' },
  { name: 'service', paths: ['electron/service/'], mayImport: ['shared', 'low'], why: 'composes' },
  { name: 'ipc', paths: ['electron/ipc/'], mayImport: ['shared', 'service'], why: 'calls the service' },
  { name: 'entry', paths: ['electron/main.ts'], mayImport: ['shared', 'ipc'], why: 'wires' },
  { name: 'renderer', paths: ['renderer/'], mayImport: ['shared'], why: 'untrusted' },
];

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const check = () => checkImports(root, LAYERS_UNDER_TEST);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hearth-imports-'));
  write('shared/words.ts', "export const hello = 'hello';\n");
  write('shared/contract/entries.ts', "import { hello } from '../words';\nexport const entries = hello;\n");
  write('electron/low/days.ts', "import type { hello } from '../../shared/words';\nexport type Day = typeof hello;\n");
  write('electron/low/kinds.ts', "import type { Day } from './days';\nexport const kinds: Day[] = [];\n");
  write('electron/service/service.ts', "import { kinds } from '../low/kinds';\nexport * from '../../shared/contract/entries';\nexport const service = kinds;\n");
  write('electron/ipc/dispatch.ts', "import { service } from '../service/service';\nimport { z } from 'zod';\nexport const d = [service, z];\n");
  write('electron/main.ts', "const later = () => import('./ipc/dispatch');\nexport default later;\n");
  write('renderer/src/app.tsx', "import { hello } from '../../shared/words';\nimport styles from './app.css?raw';\nexport const a = [hello, styles];\n");
  write('renderer/src/app.css', 'body {}\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('check-imports', () => {
  it('reads static, type-only, re-exported and dynamic imports, and ignores packages', () => {
    const edges = readGraph(root).edges.map((e) => `${e.from} -> ${e.to}`);
    expect(edges.sort()).toEqual(
      [
        'electron/ipc/dispatch.ts -> electron/service/service.ts',
        'electron/low/days.ts -> shared/words.ts',
        'electron/low/kinds.ts -> electron/low/days.ts',
        'electron/main.ts -> electron/ipc/dispatch.ts',
        'electron/service/service.ts -> electron/low/kinds.ts',
        'electron/service/service.ts -> shared/contract/entries.ts',
        'renderer/src/app.tsx -> renderer/src/app.css',
        'renderer/src/app.tsx -> shared/words.ts',
        'shared/contract/entries.ts -> shared/words.ts',
      ].sort(),
    );
  });

  it('passes a tree whose imports all point down, subfolders included', () => {
    expect(check()).toEqual([]);
  });

  it('names the file, the line and the import that points up', () => {
    write('electron/low/kinds.ts', "import type { Day } from './days';\n\nimport { d } from '../ipc/dispatch';\nexport const kinds: Day[] = [d];\n");
    expect(check()).toContainEqual("electron/low/kinds.ts:3: imports '../ipc/dispatch' (ipc), which points up: low may import low, shared");
  });

  it('counts a type-only import and a dynamic import as imports', () => {
    write('shared/words.ts', "import type { Day } from '../electron/low/days';\nexport const hello = 'hello';\nexport type D = Day;\n");
    write('renderer/src/lazy.ts', "export const load = () => import('../../electron/service/service');\n");
    expect(check()).toEqual([
      "renderer/src/lazy.ts:1: imports '../../electron/service/service' (service), which points up: renderer may import renderer, shared",
      "shared/words.ts:1: imports '../electron/low/days' (low), which points up: shared may import shared",
      'import cycle: electron/low/days.ts → shared/words.ts → electron/low/days.ts',
    ]);
  });

  it('finds a planted cycle inside one layer, even through type-only imports', () => {
    write('electron/low/days.ts', "import type { kinds } from './kinds';\nexport type Day = typeof kinds;\n");
    expect(check()).toEqual(['import cycle: electron/low/days.ts → electron/low/kinds.ts → electron/low/days.ts']);
  });

  it('finds a longer cycle and a file importing itself', () => {
    write('electron/low/a.ts', "import './b';\n");
    write('electron/low/b.ts', "import './c';\n");
    write('electron/low/c.ts', "import './a';\n");
    write('electron/low/self.ts', "export * from './self';\n");
    const found = cycles(readGraph(root));
    expect(found).toHaveLength(2);
    expect(found).toContainEqual(['electron/low/a.ts', 'electron/low/b.ts', 'electron/low/c.ts', 'electron/low/a.ts']);
    expect(found).toContainEqual(['electron/low/self.ts', 'electron/low/self.ts']);
  });

  it('names a file that belongs to no layer', () => {
    write('electron/newfolder/thing.ts', "export const x = 1;\n");
    expect(check()).toEqual(['electron/newfolder/thing.ts: belongs to no layer; add its folder to the table in scripts/check-imports.ts']);
  });

  it('refuses a table whose rules loop or name an unknown layer', () => {
    const looping: Layer[] = [
      { name: 'a', paths: ['a/'], mayImport: ['b'], why: '' },
      { name: 'b', paths: ['b/'], mayImport: ['a', 'nowhere'], why: '' },
    ];
    expect(tableProblems(looping)).toEqual(['layer b may import "nowhere", which is not a layer', 'the layer rules loop: a → b → a']);
  });

  it("keeps Hearth's own table a strict order, with every folder of the tree in a layer", () => {
    expect(tableProblems(LAYERS)).toEqual([]);
    expect(layerOf('electron/service/features/entries.ts')?.name).toBe('service');
    expect(layerOf('shared/contract/entries.ts')?.name).toBe('shared');
    expect(layerOf('renderer/src/ui/Dialog.tsx')?.name).toBe('renderer');
    expect(layerOf('electron/main.ts')?.name).toBe('entry');
    expect(layerOf('electron/mainly.ts')).toBeUndefined();
  });
});
