// Set-up step shared by `npm start` and `npm test`: installs the workspace's dependencies with the
// pnpm version pinned in package.json (`packageManager`), fetched through npx when pnpm is not on PATH.
// A fresh machine needs only Node.js (>= 20.19) and npm. With `--with-jupyter` (used by `npm test`, whose
// notebook tests execute notebooks headless) it also makes sure Jupyter's nbconvert is there, installing
// Debian's packages when run as root.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(
    `ansinh cần Node.js >= 20.19 / ansinh needs Node.js >= 20.19 (this is ${process.versions.node}).`,
  );
  process.exit(1);
}

const pnpmSpec = manifest.packageManager; // e.g. "pnpm@12.21.0"
const args = ['install', '--frozen-lockfile', '--reporter=append-only'];
console.error(`ansinh: cài đặt phụ thuộc / installing dependencies (${pnpmSpec}) …`);
const run = spawnSync('npx', ['--yes', pnpmSpec, ...args], {
  cwd: root,
  // pnpm's report goes to standard error: standard output is the answer's alone (`npm start -- --json`
  // prints JSON and nothing else).
  stdio: ['ignore', process.stderr, 'inherit'],
  shell: process.platform === 'win32',
});
if (run.status !== 0) {
  console.error(
    `ansinh: cài đặt thất bại / install failed (${pnpmSpec} ${args.join(' ')} exited with ${run.status ?? run.signal}).`,
  );
  process.exit(run.status ?? 1);
}

if (process.argv.includes('--with-jupyter')) {
  ensureDebianPackages(
    ['jupyter-nbconvert', 'python3-nbclient', 'jupyter-client'],
    () =>
      ['/usr/bin/python3', 'python3'].some(
        (python) =>
          spawnSync(python, ['-c', 'import nbconvert, nbclient, jupyter_client'], { stdio: 'ignore' })
            .status === 0,
      ),
    'các bài kiểm tra sổ tay cần Jupyter / the notebook tests need Jupyter',
  );
}
if (process.argv.includes('--with-browser')) {
  ensureDebianPackages(
    ['chromium'],
    () => findChromium() !== undefined,
    'bài kiểm tra báo cáo cần Chromium / the report test needs Chromium',
  );
}

/** Installs Debian packages with apt-get when `present()` says they are missing and we are root. */
function ensureDebianPackages(packages, present, why) {
  if (present()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(`ansinh: ${why}: sudo apt-get install -y ${packages.join(' ')}`);
    process.exit(1);
  }
  console.error(`ansinh: cài / installing ${packages.join(', ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...packages],
  ]) {
    const step = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (step.status !== 0) {
      console.error(
        `ansinh: apt-get ${args.join(' ')} thất bại / failed (exit ${step.status ?? step.signal}).`,
      );
      process.exit(step.status ?? 1);
    }
  }
}
