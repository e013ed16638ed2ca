import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Whether two paths name the same file (after resolving links), so an output never overwrites an input.
 * A path that does not exist yet is compared as written, resolved against the working folder.
 */
export function sameFile(a: string, b: string): boolean {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  return real(a) === real(b);
}
