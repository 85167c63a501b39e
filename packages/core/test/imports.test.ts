/**
 * The modules of packages/core/src import one another without a cycle: each can be read, and loaded, after what it
 * imports. Types that two modules would otherwise take from each other live in a leaf module both import
 * (data/records.ts, data/key-count.ts). Type-only imports, re-exports and dynamic import() count: a cycle of types
 * is still two modules that cannot be understood apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src/', import.meta.url));

type Graph = Map<string, string[]>;

/** Each module of `root` (by its path under it) and the modules of `root` it imports; `unresolved` lists imports of files that are not there. */
function importGraph(root: string): { graph: Graph; unresolved: string[] } {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.split('\\').join('/'))
    .sort();
  const known = new Set(files);
  const graph: Graph = new Map();
  const unresolved: string[] = [];
  for (const file of files) {
    // TypeScript's own scanner: it sees `import type`, `export ... from` and `import()`, and skips comments and strings.
    const specifiers = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true).importedFiles.map((entry) => entry.fileName);
    const targets = new Set<string>();
    for (const specifier of specifiers.filter((name) => name.startsWith('.'))) {
      const target = relative(root, resolve(root, dirname(file), specifier)).split('\\').join('/');
      if (known.has(target)) targets.add(target);
      else unresolved.push(`${file} imports ${specifier}`);
    }
    graph.set(file, [...targets].sort());
  }
  return { graph, unresolved };
}

/** One cycle per import that leads back to a module still being walked, as `a.ts -> b.ts -> a.ts`. */
function findCycles(graph: Graph): string[] {
  const cycles: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (module: string): void => {
    path.push(module);
    for (const next of graph.get(module) ?? []) {
      const at = path.indexOf(next);
      if (at !== -1) cycles.push([...path.slice(at), next].join(' -> '));
      else if (!done.has(next)) visit(next);
    }
    path.pop();
    done.add(module);
  };
  for (const module of [...graph.keys()].sort()) if (!done.has(module)) visit(module);
  return cycles;
}

describe('imports inside packages/core/src', () => {
  const { graph, unresolved } = importGraph(src);

  it('form no cycle', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('each name a file that is there, so none is left out of the graph', () => {
    expect(unresolved).toEqual([]);
  });

  it.each([
    ['data/column.ts', 'data/records.ts', 'import type'],
    ['data/scan.ts', 'data/parquet.ts', 'a dynamic import()'],
    ['data/worker.ts', 'data/range-worker.ts', 'a top-level await import()'],
    ['data/index.ts', 'data/sketch/kll.ts', 'export ... from'],
    ['index.ts', 'evidence/index.ts', 'export * from'],
  ])('include %s -> %s (%s)', (from, to) => {
    expect(graph.get(from)).toContain(to);
  });
});

describe('findCycles', () => {
  it.each([
    [{ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': [] }, []],
    [{ 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['c.ts'], 'c.ts': [] }, []],
    [{ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'] }, ['a.ts -> b.ts -> c.ts -> a.ts']],
    [{ 'a.ts': ['a.ts'] }, ['a.ts -> a.ts']],
    [{ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['b.ts'] }, ['b.ts -> c.ts -> b.ts']],
  ])('finds in %j: %j', (edges, cycles) => {
    expect(findCycles(new Map(Object.entries(edges)))).toEqual(cycles);
  });
});
