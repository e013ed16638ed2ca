// Runs the whole vitest suite (unit, property, type, dataset, CLI and package tests) and ends with a plain
// "N passed, N failed" line that any CI can read. Exits with vitest's exit code.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, '.tmp', 'vitest-results.json');
mkdirSync(dirname(results), { recursive: true });
rmSync(results, { force: true });

const vitest = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'vitest.cmd' : 'vitest');
const run = spawnSync(
  vitest,
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);

let summary = 'vitest wrote no results';
try {
  const json = JSON.parse(readFileSync(results, 'utf8'));
  const skipped = json.numPendingTests + json.numTodoTests;
  summary = `${json.numPassedTests} passed, ${json.numFailedTests} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
} catch {
  // vitest crashed before writing its report; its exit code below says so.
}
console.log(`\n${summary}`);
process.exit(run.status ?? 1);
