// Set-up step shared by `npm start` and `npm test`: installs the workspace's dependencies with the
// pnpm version pinned in package.json (`packageManager`), fetched through npx when pnpm is not on PATH.
// A fresh machine needs only Node.js (>= 20.19) and npm.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  stdio: ['ignore', 'inherit', 'inherit'],
  shell: process.platform === 'win32',
});
if (run.status !== 0) {
  console.error(
    `ansinh: cài đặt thất bại / install failed (${pnpmSpec} ${args.join(' ')} exited with ${run.status ?? run.signal}).`,
  );
  process.exit(run.status ?? 1);
}
