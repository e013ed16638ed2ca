import type { CellResult } from './cells.js';

/** How one field is found and read. */
export interface ColumnSpec {
  readonly field: string;
  /** Header spellings, the first being the one ansinh writes. */
  readonly headers: readonly string[];
  /** Field codes of system exports (`MaDoiTuong`), matched without case. */
  readonly codes?: readonly string[];
  readonly required: boolean;
  readonly read: (text: string) => CellResult<unknown>;
  /** The value of an empty cell, for columns where empty means something (an unticked flag is `false`). */
  readonly emptyAs?: unknown;
}
