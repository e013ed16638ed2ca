import { realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Whether two paths name the same file: the same device and inode when both exist (so a symbolic or a
 * hard link to an input is caught), else the same path after resolving links and the working folder.
 */
export function sameFile(a: string, b: string): boolean {
  const identity = (path: string) => {
    try {
      const s = statSync(path);
      return `${s.dev}:${s.ino}`;
    } catch {
      return undefined;
    }
  };
  const [ia, ib] = [identity(a), identity(b)];
  if (ia !== undefined && ib !== undefined) return ia === ib;
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  return real(a) === real(b);
}

/** Why an output path cannot be written. */
export type OutputProblem = 'input' | 'no_folder' | 'is_folder';

/**
 * What stops writing an output at `path`, checked before any input is read: it is one of `inputs`
 * (`sameFile`), its folder does not exist, or it is a folder. `undefined` when it can be written.
 */
export function outputProblem(path: string, inputs: readonly string[]): OutputProblem | undefined {
  if (inputs.some((input) => sameFile(path, input))) return 'input';
  try {
    if (statSync(path).isDirectory()) return 'is_folder';
  } catch {
    // Not there yet: its folder must be.
  }
  try {
    if (!statSync(dirname(resolve(path))).isDirectory()) return 'no_folder';
  } catch {
    return 'no_folder';
  }
  return undefined;
}
