// Generates the API reference: Markdown, one page per package, from the doc comments of the public entry
// points (packages/*/src/index.ts of @ansinh/core, io, viz, frames and cli), by TypeDoc with
// typedoc-plugin-markdown as typedoc.json configures it (our plugin: scripts/api-reference.plugin.mjs).
// `npm run docs:api` writes docs/api/; `tsx scripts/api-reference.ts DIR` writes DIR instead. Any TypeDoc
// warning fails the run, a broken {@link} included. packages/core/test/api-reference.test.ts regenerates it
// into a temporary folder and fails when docs/api/ differs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where `npm run docs:api` writes, relative to the repository root. */
export const apiReferenceDir = 'docs/api';

/** Every file under `dir`, by path relative to it (with `/`), sorted. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Runs TypeDoc into `outDir` (absolute, or relative to the repository root), which TypeDoc empties first.
 * Refuses a folder that holds anything but Markdown, so that a wrong argument cannot wipe a source tree.
 * Throws with TypeDoc's output when it reports an error or a warning.
 */
export function generateApiReference(outDir: string): void {
  const out = resolve(root, outDir);
  if (!relative(out, root).startsWith('..')) {
    throw new Error(`api-reference: ${out} is the repository or a folder above it; give a folder of its own`);
  }
  if (existsSync(out)) {
    const other = filesIn(out).filter((file) => !file.endsWith('.md'));
    if (other.length > 0) {
      throw new Error(`api-reference: ${out} holds files other than Markdown (${other[0]}); not emptying it`);
    }
  }
  const typedoc = join(root, 'node_modules', 'typedoc', 'bin', 'typedoc');
  const run = spawnSync(process.execPath, [typedoc, '--options', join(root, 'typedoc.json'), '--out', out], {
    cwd: root,
    encoding: 'utf8',
    // TypeDoc sorts names with localeCompare, which follows the locale of the environment: one for all.
    env: { ...process.env, LC_ALL: 'en_US.UTF-8', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (run.status !== 0) {
    throw new Error(
      `api-reference: TypeDoc failed (exit ${run.status ?? run.signal}); warnings count as errors:\n` +
        `${run.stdout}${run.stderr}`,
    );
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = process.argv[2] ?? apiReferenceDir;
  try {
    generateApiReference(outDir);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const out = resolve(root, outDir);
  const files = filesIn(out);
  const bytes = files.reduce((sum, file) => sum + readFileSync(join(out, file)).length, 0);
  console.log(
    `wrote ${files.length} files, ${Math.round(bytes / 1024)} KiB, to ${relative(root, out) || '.'}`,
  );
}
