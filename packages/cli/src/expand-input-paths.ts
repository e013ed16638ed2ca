import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { cliMessages } from '@ansinh/core';
import { inBothLanguages } from './in-both-languages.js';
import type { FileIssue } from './load-dataset.js';

/** The files named on a command line, once each, and the folders that gave none. */
export interface InputPaths {
  readonly files: readonly string[];
  readonly issues: readonly FileIssue[];
}

/** What makes two paths the same file: its real path when it exists, else the path resolved. */
async function identity(path: string): Promise<string> {
  if (path === '-') return '-';
  return realpath(path).catch(() => resolve(path));
}

/**
 * The input files of the given paths: a file as given (a missing one too, for its reader to refuse), a
 * folder as the `.json` files directly in it in name order, `-` as standard input. Each file comes once,
 * at its first mention, however it is written (`a.txt`, `./a.txt`, a link to it, or within a folder also
 * named). A folder with no `.json` file is an issue naming it, never an empty result.
 */
export async function expandInputPaths(paths: readonly string[]): Promise<InputPaths> {
  const files: string[] = [];
  const issues: FileIssue[] = [];
  const seen = new Set<string>();
  const add = async (file: string) => {
    const key = await identity(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const path of paths) {
    const info = path === '-' ? undefined : await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.endsWith('.json')).sort();
      if (names.length === 0) {
        issues.push({
          file: path,
          path: '',
          code: 'no_input',
          message: inBothLanguages(cliMessages.noInputInFolder()),
        });
      }
      for (const name of names) await add(join(path, name));
    } else {
      await add(path);
    }
  }
  return { files, issues };
}
