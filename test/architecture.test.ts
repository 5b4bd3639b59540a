// The folder rules of ARCHITECTURE.md, checked against the import statements of src/**/*.ts:
// every import between two parts of src/ must be one the table below allows, and the table
// itself must have no cycle, so that the folders keep spelling the data flow.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** The shared leaves at the top of src/: anything may import them, they import nothing. */
const BASE = ['metrics', 'time', 'errors', 'version', 'hash'] as const;

/** The pure core, lowest first. */
const CORE = ['format', 'stats', 'report', 'wording', 'store', 'config', 'analysis', 'render'];

/** What each part of src/ may import (a folder, or a file at the top of src/ by its name). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  metrics: [],
  time: [],
  errors: [],
  version: [],
  hash: [],
  format: [...BASE],
  stats: [...BASE],
  report: [...BASE, 'format'],
  wording: [...BASE, 'format', 'report'],
  store: [...BASE, 'stats'],
  config: [...BASE, 'format', 'report'],
  analysis: [...BASE, 'format', 'stats', 'report', 'wording', 'store', 'config'],
  render: [...BASE, 'format', 'report', 'wording'],
  // The engine runs the core in a worker; it may use any of it.
  engine: [...BASE, ...CORE],
  // sources/ for SourceError only: every user error is revived from one map (worker/run.ts).
  worker: [...BASE, ...CORE, 'engine', 'sources'],
  // Adapters at the two ends.
  github: [...BASE, 'format', 'report'],
  action: [...BASE, 'format', 'config', 'github'],
  sources: [...BASE, 'format', 'config', 'engine', 'action', 'github'],
  publish: [...BASE, 'format', 'config', 'report', 'wording', 'render', 'action', 'github'],
  modes: [...BASE, ...CORE, 'worker', 'action', 'github', 'sources', 'publish'],
  cli: [...BASE, ...CORE, 'worker'],
  main: [...BASE, 'format', 'config', 'action', 'github', 'modes'],
  index: ['main'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** The part of src/ a file belongs to: its top folder, or its name at the top level. */
function partOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  return parts.length === 1 ? (parts[0] ?? '').replace(/\.[jt]s$/, '') : (parts[0] ?? '');
}

// Static imports and re-exports (`from '…'`), dynamic `import('…')` and bare `import '…'`.
const SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly file: string;
  /** The imported module, relative to src/. */
  readonly target: string;
}

/** Folders whose index.ts is the only way in from outside them. */
const BARRELS = ['github', 'stats'];

function importEdges(): Edge[] {
  return sourceFiles(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((m) => ({
      from: partOf(file),
      to: partOf(resolve(dirname(file), m[1] ?? '')),
      file: relative(SRC, file),
      target: relative(SRC, resolve(dirname(file), m[1] ?? '')),
    })),
  );
}

// Imports that load code at run time: `import type` and `export type` load nothing.
const RUNTIME = /^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The source files `entry` loads at run time, directly or through others (paths under src/). */
function loadedFrom(entry: string): Set<string> {
  const seen = new Set([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const text = readFileSync(join(SRC, file), 'utf8');
    for (const m of text.matchAll(RUNTIME)) {
      const target = relative(SRC, resolve(dirname(join(SRC, file)), m[1] ?? '')).replace(
        /\.js$/,
        '.ts',
      );
      if (seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return seen;
}

/** A cycle of the graph as a list of nodes, or null when it has none. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('architecture', () => {
  const edges = importEdges();

  it('reads the imports of every source file', () => {
    // A regex that silently matched nothing would pass every rule below.
    expect(edges.length).toBeGreaterThan(200);
    expect(edges.some((e) => e.from === 'analysis' && e.to === 'report')).toBe(true);
  });

  it('knows every part of src/', () => {
    const parts = new Set(sourceFiles(SRC).map(partOf));
    parts.delete('types'); // ambient declarations, never imported
    expect([...parts].filter((p) => !(p in ALLOWED))).toEqual([]);
  });

  it('imports only what ARCHITECTURE.md allows between folders', () => {
    const bad = edges
      .filter((e) => e.from !== e.to && !(ALLOWED[e.from] ?? []).includes(e.to))
      .map(
        (e) => `${e.file} imports ${e.to}/ (${e.from}/ may import: ${ALLOWED[e.from]?.join(', ')})`,
      );
    expect(bad).toEqual([]);
  });

  it('enters github/ and stats/ only through their index.ts', () => {
    const bad = edges
      .filter((e) => e.from !== e.to && BARRELS.includes(e.to) && e.target !== `${e.to}/index.js`)
      .map((e) => `${e.file} imports ${e.target}, not ${e.to}/index.js`);
    expect(bad).toEqual([]);
  });

  it('allows no cycle between folders', () => {
    expect(findCycle(new Map(Object.entries(ALLOWED)))).toBeNull();
    const actual = new Map<string, string[]>();
    for (const e of edges)
      if (e.from !== e.to) actual.set(e.from, [...(actual.get(e.from) ?? []), e.to]);
    expect(findCycle(actual)).toBeNull();
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
  });

  it("keeps the statistics and the analysis out of the CLI's own thread", () => {
    // cli-main.js is compiled on every run; the engine's code loads in the worker only. An
    // import of one class from a file of the analysis once pulled the statistics (and stdlib)
    // into it: 120 KB became 660 KB.
    const loaded = [...loadedFrom('cli.ts'), ...loadedFrom(join('cli', 'entry.ts'))];
    expect(loaded.length).toBeGreaterThan(10);
    const heavy = loaded.filter(
      (f) =>
        /^(stats|engine)\b/.test(f) ||
        (f.startsWith('analysis') && !f.endsWith('selection-error.ts')),
    );
    expect(heavy).toEqual([]);
  });

  it('keeps the pure core free of I/O and of GitHub', () => {
    const impure = /from\s+['"](node:(?!crypto['"])[^'"]+|@actions\/[^'"]+|@octokit\/[^'"]+)['"]/;
    const pure = ['format', 'stats', 'report', 'wording', 'analysis', 'render'];
    const bad = sourceFiles(SRC)
      .filter((f) => pure.includes(partOf(f)) && impure.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(bad).toEqual([]);
  });
});
