import { dayNumber } from '../calendar/months.js';
import { InvalidArgumentError } from '../errors.js';
import type { RegisterRow } from '../models/register-row.js';
import {
  type ColumnarRegister,
  columnarCategories,
  noDay,
  unknownCategory,
  unknownSex,
} from './columnar-register.js';
import { grow } from './grow-array.js';
import { createKeyPacker, type PackedKeys } from './packed-keys.js';

/**
 * Register rows in columns, as `ColumnarRegister` holds a person (communes by a dictionary of their own,
 * in the order met): what a worker thread sends of the rows it accepted, for
 * `ColumnarBuilder.addRegisterColumns`. Typed arrays, so they move between threads without a copy.
 */
export interface RegisterColumns
  extends Pick<
    ColumnarRegister,
    | 'size'
    | 'commune'
    | 'birthYear'
    | 'female'
    | 'category'
    | 'amountVnd'
    | 'sinceDay'
    | 'untilDay'
    | 'accountDay'
  > {
  /**
   * The people's beneficiary codes, packed as their UTF-8 bytes as a payment list's are: they move between
   * threads without a copy, and no string is kept a person (`unpackKeys` gives them as strings).
   */
  readonly keys: PackedKeys;
  /** The commune codes `commune` indexes, in the order they were met. */
  readonly communes: readonly string[];
}

/** A person's `female` cell: 1 for a woman, 0 for a man, `unknownSex` when the register does not say. */
export const sexCell = (sex: RegisterRow['sex']): number =>
  sex === undefined ? unknownSex : sex === 'female' ? 1 : 0;

/**
 * A person's `category` cell: the index into `columnarCategories`, `unknownCategory` when the register does
 * not say; a category outside them keeps the social-protection code.
 */
export function categoryCell(category: RegisterRow['category']): number {
  if (category === undefined) return unknownCategory;
  const k = columnarCategories.indexOf(category);
  return k >= 0 ? k : 2;
}

/** A date's cell: days since 1970-01-01, `noDay` for none. */
export const dayCell = (date: string | undefined): number => (date === undefined ? noDay : dayNumber(date));

/**
 * Every field of a row `createRegisterColumns().add` reads (a test holds it to `add` on any row): a reader
 * may leave the others unmade (`StreamOptions.onRowReads` in `@ansinh/io`).
 */
export const registerColumnsReads: ReadonlySet<keyof RegisterRow> = new Set<keyof RegisterRow>([
  'id',
  'communeCode',
  'birthYear',
  'sex',
  'category',
  'monthlyAmountVnd',
  'since',
  'until',
  'accountOpenedOn',
]);

/**
 * Moves register rows into columns a row at a time (`add`, which reads the row during the call only):
 * the one place a row becomes a person's cells (sex, category, dates as day numbers, the code packed),
 * for the builder and for worker threads alike. A code with a lone surrogate (no text a file decodes to
 * has one) has no UTF-8 bytes and throws `InvalidArgumentError`. `done` gives the columns so far,
 * trimmed. O(rows).
 *
 * @example createRegisterColumns().done().size; // => 0
 */
export function createRegisterColumns(): { add(row: RegisterRow): number; done(): RegisterColumns } {
  const keys = createKeyPacker();
  const communes: string[] = [];
  const communeIndex = new Map<string, number>();
  let commune = new Uint16Array(1024);
  let birthYear = new Uint16Array(1024);
  let female = new Uint8Array(1024);
  let category = new Uint8Array(1024);
  let amountVnd = new Uint32Array(1024);
  let sinceDay = new Int32Array(1024);
  let untilDay = new Int32Array(1024);
  let accountDay = new Int32Array(1024);
  return {
    add(row) {
      const i = keys.size;
      if (i === commune.length) {
        commune = grow(commune, i + 1);
        birthYear = grow(birthYear, i + 1);
        female = grow(female, i + 1);
        category = grow(category, i + 1);
        amountVnd = grow(amountVnd, i + 1);
        sinceDay = grow(sinceDay, i + 1);
        untilDay = grow(untilDay, i + 1);
        accountDay = grow(accountDay, i + 1);
      }
      let c = communeIndex.get(row.communeCode);
      if (c === undefined) {
        c = communes.length;
        if (c > 65_535) {
          throw new InvalidArgumentError(
            'createRegisterColumns',
            'more than 65 536 communes',
            'quá 65.536 xã',
          );
        }
        communes.push(row.communeCode);
        communeIndex.set(row.communeCode, c);
      }
      keys.add(row.id);
      commune[i] = c;
      birthYear[i] = row.birthYear;
      female[i] = sexCell(row.sex);
      category[i] = categoryCell(row.category);
      amountVnd[i] = row.monthlyAmountVnd ?? 0;
      sinceDay[i] = dayCell(row.since);
      untilDay[i] = dayCell(row.until);
      accountDay[i] = dayCell(row.accountOpenedOn);
      return i;
    },
    done() {
      const size = keys.size;
      return {
        size,
        keys: keys.done(),
        communes,
        commune: commune.slice(0, size),
        birthYear: birthYear.slice(0, size),
        female: female.slice(0, size),
        category: category.slice(0, size),
        amountVnd: amountVnd.slice(0, size),
        sinceDay: sinceDay.slice(0, size),
        untilDay: untilDay.slice(0, size),
        accountDay: accountDay.slice(0, size),
      };
    },
  };
}
