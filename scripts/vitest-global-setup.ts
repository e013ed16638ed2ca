// Builds @ansinh/core, io, viz, frames and cli once before the tests that need their published form: the package
// test (packs the core tarball) and the notebook test (tslab's kernel loads packages as Node resolves them,
// from dist/).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  for (const name of ['core', 'io', 'viz', 'frames', 'cli']) {
    // A clean build: chunks of an earlier build (their names are hashes) must not end up in a tarball.
    rmSync(join(root, 'packages', name, 'dist'), { recursive: true, force: true });
    execFileSync(join(root, 'node_modules/.bin/tsup'), ['--silent'], {
      cwd: join(root, 'packages', name),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
}
