// Imports point down: reads the import graph of electron/, shared/ and renderer/ (static imports,
// `import type`, `export … from` and dynamic `import()`) and fails on an import that points up or
// sideways in the layer table below, and on any cycle. Run by `npm test` (`npm run check:imports`).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

/** A layer: its folders (ending in '/') or files, and the layers its files may import besides their own. */
export interface Layer {
  name: string;
  paths: readonly string[];
  mayImport: readonly string[];
  /** Why the rule holds, said in one line. */
  why: string;
}

/**
 * Hearth's layers, lowest first. A file may import files of its own layer and of the layers named in
 * `mayImport`; anything else points up or sideways. A path matches its longest entry, so a subfolder
 * (shared/contract/, electron/service/features/, renderer/src/ui/) belongs to its folder's layer
 * until it is given a row of its own.
 */
export const LAYERS: readonly Layer[] = [
  { name: 'shared', paths: ['shared/'], mayImport: [], why: 'The contract and pure helpers every side uses: they depend on nothing of the app.' },
  { name: 'files', paths: ['electron/files/'], mayImport: ['shared'], why: 'Writing a file whole or not at all, private to its owner: the floor under every writer.' },
  { name: 'threads', paths: ['electron/threads/'], mayImport: ['shared'], why: 'Starting a worker thread and its typed messages: plain Node any layer that needs a thread builds on.' },
  { name: 'vault', paths: ['electron/vault/'], mayImport: ['shared', 'threads'], why: 'Keys and ciphers are the floor of the main process: they do not know where sealed bytes are kept.' },
  { name: 'store', paths: ['electron/store/'], mayImport: ['shared', 'vault'], why: 'SQLite keeps what the vault sealed: it knows the vault’s types, never what is inside.' },
  { name: 'backup', paths: ['electron/backup/'], mayImport: ['shared', 'files', 'vault', 'threads'], why: 'The backup file format seals with the vault’s primitives and knows nothing of the journal.' },
  { name: 'sync', paths: ['electron/sync/'], mayImport: ['shared', 'files', 'vault'], why: 'A sync folder holds sealed change files: the format, the merge and the disk, knowing nothing of the journal’s records.' },
  { name: 'analytics', paths: ['electron/analytics/'], mayImport: ['shared'], why: 'Figures are a pure pass over entries: no storage, no keys, no clock.' },
  { name: 'imports', paths: ['electron/imports/'], mayImport: ['shared'], why: 'Parsers turn another app’s text into entries: text in, entries out.' },
  { name: 'exports', paths: ['electron/exports/'], mayImport: ['shared'], why: 'Portable data is entries in, text out.' },
  { name: 'report', paths: ['electron/report/'], mayImport: ['shared', 'analytics'], why: 'A report draws the same figures as the Insights screen, from analytics.' },
  {
    name: 'service',
    paths: ['electron/service/'],
    mayImport: ['shared', 'files', 'vault', 'store', 'backup', 'analytics', 'imports', 'exports', 'report', 'sync'],
    why: 'HearthService composes the lower modules in plain Node, so it runs under vitest, the CLI and the test bridge.',
  },
  { name: 'ipc', paths: ['electron/ipc/'], mayImport: ['shared', 'service'], why: 'The dispatcher validates each argument, then calls the service.' },
  { name: 'agent', paths: ['electron/agent/'], mayImport: ['shared'], why: 'The unlock agent’s folder, protocol and client: plain Node the CLI and the app both reach it with.' },
  { name: 'cli', paths: ['electron/cli/'], mayImport: ['shared', 'service', 'ipc', 'agent', 'threads'], why: 'The command line goes through the same dispatcher as the app.' },
  { name: 'shell', paths: ['electron/shell/'], mayImport: ['shared', 'ipc', 'agent'], why: 'Electron’s windows, protocol and power events hand calls to the dispatcher.' },
  {
    name: 'entry',
    paths: ['electron/main.ts', 'electron/preload.ts'],
    mayImport: ['shared', 'service', 'ipc', 'shell'],
    why: 'The app’s entry points wire the layers together; nothing imports them.',
  },
  { name: 'renderer', paths: ['renderer/'], mayImport: ['shared'], why: 'The untrusted UI reaches the main process only through window.hearth.' },
];

export const ROOTS = ['electron', 'shared', 'renderer'] as const;

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '.json', '/index.ts', '/index.tsx'];

/** One import: `from` and `to` are paths relative to the root, with '/' separators. */
export interface Edge {
  from: string;
  to: string;
  specifier: string;
  line: number;
}

export interface Graph {
  files: string[];
  edges: Edge[];
}

const posix = (path: string) => path.split(sep).join('/');

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : sourceFiles(path);
    return SOURCE.test(d.name) ? [path] : [];
  });
}

/** The file a relative specifier names, trying TypeScript's extensions; null for a package. */
function resolveSpecifier(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null;
  // Vite's suffixes ('?raw', '?worker&url') name the same file.
  const base = resolve(fromFile, '..', specifier.replace(/\?.*$/, ''));
  const candidates = [...RESOLVE_SUFFIXES.map((s) => base + s), base.replace(/\.(m?js)$/, (_, ext: string) => (ext === 'mjs' ? '.mts' : '.ts'))];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? base;
}

/** Every import of every source file under `roots` (folders relative to `root`). */
export function readGraph(root: string, roots: readonly string[] = ROOTS): Graph {
  const absolute = roots.flatMap((r) => sourceFiles(join(root, r))).sort();
  const edges: Edge[] = [];
  for (const file of absolute) {
    const text = readFileSync(file, 'utf8');
    for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
      const target = resolveSpecifier(file, imported.fileName);
      if (target === null) continue;
      const line = text.slice(0, imported.pos).split('\n').length;
      edges.push({ from: posix(relative(root, file)), to: posix(relative(root, target)), specifier: imported.fileName, line });
    }
  }
  return { files: absolute.map((f) => posix(relative(root, f))), edges };
}

/** The layer of a path: its longest matching entry. */
export function layerOf(path: string, layers: readonly Layer[] = LAYERS): Layer | undefined {
  let best: { layer: Layer; length: number } | undefined;
  for (const layer of layers) {
    for (const p of layer.paths) {
      const matches = p.endsWith('/') ? path.startsWith(p) : path === p;
      if (matches && (best === undefined || p.length > best.length)) best = { layer, length: p.length };
    }
  }
  return best?.layer;
}

/** Problems with the table itself: an unknown name, or rules that allow a loop (then "down" means nothing). */
export function tableProblems(layers: readonly Layer[]): string[] {
  const byName = new Map(layers.map((l) => [l.name, l]));
  const problems = layers.flatMap((l) => l.mayImport.filter((n) => !byName.has(n)).map((n) => `layer ${l.name} may import "${n}", which is not a layer`));
  const state = new Map<string, 'open' | 'done'>();
  const visit = (l: Layer, path: string[]): void => {
    if (state.get(l.name) === 'done') return;
    if (state.get(l.name) === 'open') {
      problems.push(`the layer rules loop: ${[...path.slice(path.indexOf(l.name)), l.name].join(' → ')}`);
      return;
    }
    state.set(l.name, 'open');
    for (const n of l.mayImport) {
      const next = byName.get(n);
      if (next) visit(next, [...path, l.name]);
    }
    state.set(l.name, 'done');
  };
  for (const l of layers) visit(l, []);
  return problems;
}

/** Imports that leave their layer for one it may not import, and files that belong to no layer. */
export function layerProblems(graph: Graph, layers: readonly Layer[] = LAYERS): string[] {
  const problems = graph.files.filter((f) => layerOf(f, layers) === undefined).map((f) => `${f}: belongs to no layer; add its folder to the table in scripts/check-imports.ts`);
  for (const e of graph.edges) {
    const from = layerOf(e.from, layers);
    if (from === undefined) continue;
    const to = layerOf(e.to, layers);
    if (to === undefined) {
      problems.push(`${e.from}:${e.line}: imports '${e.specifier}', outside every layer`);
    } else if (to !== from && !from.mayImport.includes(to.name)) {
      problems.push(`${e.from}:${e.line}: imports '${e.specifier}' (${to.name}), which points up: ${from.name} may import ${[from.name, ...from.mayImport].join(', ')}`);
    }
  }
  return problems;
}

/** Every import cycle, each as the files around it (the first file again at the end), found from the strongly connected parts. */
export function cycles(graph: Graph): string[][] {
  const next = new Map<string, string[]>();
  for (const e of graph.edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  // Tarjan's algorithm, iterative so a deep tree cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  for (const start of graph.files) {
    if (index.has(start)) continue;
    const work: { node: string; i: number }[] = [{ node: start, i: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const targets = next.get(top.node) ?? [];
      if (top.i < targets.length) {
        const t = targets[top.i++]!;
        if (!index.has(t)) {
          index.set(t, counter);
          low.set(t, counter++);
          stack.push(t);
          onStack.add(t);
          work.push({ node: t, i: 0 });
        } else if (onStack.has(t)) {
          low.set(top.node, Math.min(low.get(top.node)!, index.get(t)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) === index.get(top.node)) {
        const component: string[] = [];
        let n: string;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          component.push(n);
        } while (n !== top.node);
        const selfLoop = (next.get(top.node) ?? []).includes(top.node);
        if (component.length > 1 || selfLoop) components.push(component);
      }
    }
  }
  return components.map((c) => loopThrough(c, next));
}

/** One concrete loop inside a strongly connected set, from its first file (by name) back to it. */
function loopThrough(component: string[], next: Map<string, string[]>): string[] {
  const members = new Set(component);
  const start = [...component].sort()[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const n = queue.shift()!;
    for (const t of next.get(n) ?? []) {
      if (!members.has(t)) continue;
      if (t === start) {
        const path = [start];
        for (let at = n; at !== start; at = cameFrom.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!cameFrom.has(t)) {
        cameFrom.set(t, n);
        queue.push(t);
      }
    }
  }
  return [start, start];
}

/** Everything wrong with the tree at `root`, as one line each; empty when imports point down. */
export function checkImports(root: string, layers: readonly Layer[] = LAYERS, roots: readonly string[] = ROOTS): string[] {
  const graph = readGraph(root, roots);
  return [...tableProblems(layers), ...layerProblems(graph, layers), ...cycles(graph).map((c) => `import cycle: ${c.join(' → ')}`)];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(fileURLToPath(import.meta.url), '..', '..');
  const problems = checkImports(root);
  for (const p of problems) console.error(p);
  if (problems.length > 0) {
    console.error(`check-imports: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}; the layers are in scripts/check-imports.ts.`);
    process.exit(1);
  }
  console.log('check-imports: every import points down, and there are no cycles.');
}
