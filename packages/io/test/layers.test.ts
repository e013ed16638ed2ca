import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** The folders of io from the bottom layer up: a file may import from its own folder or one before it. */
const layers = [
  'text',
  'csv',
  'xlsx',
  'layout',
  'validate',
  'read',
  'write',
  'columnar',
  'duckdb',
  'engines',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.(ts|mjs)$/u.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Every relative import of each file, resolved to the file it names. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/from '(\.{1,2}\/[^']+)'/gu)].map((m) =>
      resolve(dirname(file), (m[1] ?? '').replace(/\.js$/u, '.ts')),
    );
    graph.set(
      relative(src, file),
      targets.map((t) => relative(src, t)),
    );
  }
  return graph;
}

const folderOf = (file: string) => (file.includes('/') ? (file.split('/')[0] ?? '') : '');

describe('the folders of @ansinh/io', () => {
  const graph = importGraph();

  it('hold every source file but the index, each folder a known layer', () => {
    const folders = new Set([...graph.keys()].filter((f) => f !== 'index.ts').map(folderOf));
    expect([...folders].sort()).toEqual([...layers].sort());
  });

  it('import only from their own layer or the layers below it', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      if (file === 'index.ts') continue;
      const own = layers.indexOf(folderOf(file));
      for (const target of targets) {
        if (layers.indexOf(folderOf(target)) > own) upward.push(`${file} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('have no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
