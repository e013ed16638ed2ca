// Builds @ansinh/core once before the tests that need its published form: the package test (packs the
// tarball) and the notebook test (tslab's kernel loads the package as Node resolves it, from dist/).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  execFileSync(join(root, 'node_modules/.bin/tsup'), ['--silent'], {
    cwd: join(root, 'packages/core'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
