import { createRequire } from 'node:module';

/** SheetJS, as `@e965/xlsx` exports it. */
export type SheetJs = typeof import('@e965/xlsx');

let loaded: SheetJs | undefined;

/**
 * SheetJS, loaded the first time a workbook is read or written, so that reading a CSV never loads it
 * (it is about 1 MB of JavaScript). Synchronous, as the XLSX readers are.
 */
export function sheetJs(): SheetJs {
  loaded ??= createRequire(import.meta.url)('@e965/xlsx') as SheetJs;
  return loaded;
}
