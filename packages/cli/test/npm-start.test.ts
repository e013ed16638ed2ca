// The README's main job as a user starts it: `npm start` from the repository root sets up and reproduces the
// published figures; with `-- --json`, standard output is one JSON document and nothing else (npm is
// silent by the project's .npmrc; the installer's report goes to standard error).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const npmStart = (...args: string[]) =>
  spawnSync('npm', ['start', '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });

describe('npm start', () => {
  it('with -- --json prints only JSON on standard output: the figures, each reproduced or not', () => {
    const result = npmStart('--json');
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout) as unknown;
    expect(JSON.stringify(parsed)).toContain('99.16');
  });

  it("adds nothing of npm's own to standard output when a command fails (no banner, no error summary)", () => {
    const result = spawnSync('npm', ['run', 'ansinh', '--', 'check', 'abc', '--json'], {
      cwd: root,
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('NUMERATOR/DENOMINATOR');
  });

  it('in English prints the article figure 99,16% as reproduced', () => {
    const result = npmStart('--lang', 'en');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/99\.16%/u);
    expect(result.stdout.toLowerCase()).toContain('reproduced');
  });
});
