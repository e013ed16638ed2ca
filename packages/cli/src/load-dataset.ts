import { readFile } from 'node:fs/promises';
import { type AdminUnit, adminUnitSetSchema, readUnitsTable } from '@ansinh/core';
import type { z } from 'zod';
import { inBothLanguages } from './in-both-languages.js';

/** One reason a dataset file was refused: where (file and JSON path), what code, and what was expected. */
export interface FileIssue {
  readonly file: string;
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export type LoadResult<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly issues: readonly FileIssue[] };

function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

/** The issue for a file that cannot be read, naming the system's reason (`ENOENT`, `EISDIR`, …). */
export function unreadable(file: string, error: unknown): FileIssue {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  return {
    file,
    path: '',
    code: 'unreadable_file',
    message: inBothLanguages({ vi: `không đọc được tệp (${reason})`, en: `cannot read file (${reason})` }),
  };
}

/** Reads a file as UTF-8 text or as bytes; an unreadable file comes back as an issue, never thrown. */
export async function readInput(file: string, as: 'utf8'): Promise<LoadResult<string>>;
export async function readInput(file: string, as: 'bytes'): Promise<LoadResult<Uint8Array>>;
export async function readInput(
  file: string,
  as: 'utf8' | 'bytes',
): Promise<LoadResult<string | Uint8Array>> {
  try {
    return {
      ok: true,
      data: as === 'utf8' ? await readFile(file, 'utf8') : new Uint8Array(await readFile(file)),
    };
  } catch (error) {
    return { ok: false, issues: [unreadable(file, error)] };
  }
}

/**
 * Reads a JSON dataset and validates it with its schema (`publishedFigureSetSchema`, `adminUnitSetSchema`,
 * …). Never throws for bad input: an unreadable file, invalid JSON or a schema violation comes back as
 * issues naming the file, the path of the offending field and what was expected.
 */
export async function loadDataset<T>(file: string, schema: z.ZodType<T>): Promise<LoadResult<T>> {
  const read = await readInput(file, 'utf8');
  if (!read.ok) return read;
  const text = read.data;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          file,
          path: '',
          code: 'invalid_json',
          message: inBothLanguages({
            vi: `JSON không hợp lệ (${(error as Error).message})`,
            en: `invalid JSON (${(error as Error).message})`,
          }),
        },
      ],
    };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        file,
        path: jsonPath(issue.path),
        code: issue.code,
        message: issue.message,
      })),
    };
  }
  return { ok: true, data: parsed.data };
}

/**
 * Reads administrative units: an `AdminUnitSet` (JSON), or a units table (`.csv`, as
 * `datasets/admin-units/vietnam-units.csv`); none when no path is given.
 */
export async function loadUnits(path: string | undefined): Promise<LoadResult<AdminUnit[]>> {
  if (path === undefined) return { ok: true, data: [] };
  if (/\.csv$/iu.test(path)) {
    const read = await readInput(path, 'utf8');
    if (!read.ok) return read;
    try {
      return { ok: true, data: readUnitsTable(read.data) };
    } catch (error) {
      const message =
        error instanceof Error ? error.message.replace(/^readUnitsTable: /u, '') : String(error);
      return { ok: false, issues: [{ file: path, path: '', code: 'invalid_units_table', message }] };
    }
  }
  const loaded = await loadDataset(path, adminUnitSetSchema);
  return loaded.ok ? { ok: true, data: loaded.data.units } : loaded;
}

/**
 * The units an extraction resolves places with: the caller's file, whose units are also recognised by
 * their bare names (`Tây Ninh đã…`); else every unit of Vietnam (`nationalFile`), recognised with their
 * type word only (`xã Tây Ninh`), since the country's names include common words (`Thứ Ba`).
 */
export async function loadExtractionUnits(
  path: string | undefined,
  nationalFile: string,
): Promise<LoadResult<{ readonly units: AdminUnit[]; readonly bareNames: boolean }>> {
  const loaded = await loadUnits(path ?? nationalFile);
  return loaded.ok ? { ok: true, data: { units: loaded.data, bareNames: path !== undefined } } : loaded;
}
