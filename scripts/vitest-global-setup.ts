// Builds @ansinh/core, io, viz and frames once before the tests that need their published form: the package
// test (packs the core tarball) and the notebook test (tslab's kernel loads packages as Node resolves them,
// from dist/).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  for (const name of ['core', 'io', 'viz', 'frames']) {
    execFileSync(join(root, 'node_modules/.bin/tsup'), ['--silent'], {
      cwd: join(root, 'packages', name),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
}
