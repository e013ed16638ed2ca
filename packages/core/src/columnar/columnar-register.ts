import type { BeneficiaryCategoryCode } from '../models/beneficiary-category.js';
import { type PackedKeys, packedKeyAt, packedKeysAt, unpackKeys } from './packed-keys.js';

/** Category codes in the order `ColumnarRegister.category` indexes them. */
export const columnarCategories: readonly BeneficiaryCategoryCode[] = [
  'merit',
  'merit_relative',
  'social_protection',
];

/** A `female` cell of a person whose sex the register does not give. */
export const unknownSex = 2;

/** A `category` cell of a person whose category the register does not give. */
export const unknownCategory = 255;

/**
 * Payment channel codes of `ColumnarRegister.channel`, in its two low bits: 0 nobody paid that month.
 * `authorisedReceiverBit` is set when an authorised receiver (người được ủy quyền) took the payment.
 */
export const columnarChannels = ['none', 'account', 'cash', 'cash_at_home'] as const;

/** Set in a `channel` cell when an authorised receiver took the payment. */
export const authorisedReceiverBit = 4;

/** The channel of a `channel` cell, without the receiver bit: an index into `columnarChannels`. */
export const channelOf = (cell: number): number => cell & 3;

/** No date: a stop or an account that never happened. */
export const noDay = 2_147_483_647;

/**
 * A register and a year of payment lists held in columns (typed arrays, dictionary-encoded communes), not
 * one object per row: 4,6 million people take about 30 bytes each plus one byte a month for how they were
 * paid. What the analyses at national scale read (`columnarCoverage`, `columnarCoverageRates`,
 * `columnarResidual`); `toColumnar` and `createColumnarBuilder` make one from rows, `synthesizeColumnar`
 * generates one.
 */
export interface ColumnarRegister {
  /** True for generated data, false for a register moved into columns from rows. */
  readonly synthetic: boolean;
  readonly seed: number;
  readonly size: number;
  /** Beneficiary keys by row; `undefined` for generated registers, whose keys are `beneficiaryIdAt`. */
  readonly ids: readonly string[] | undefined;
  /** Commune codes, sorted; `commune` indexes them. */
  readonly communes: readonly string[];
  /** The province of each commune in `communes` (from `provinceOf` when built), `''` when not known. */
  readonly communeProvince: readonly string[];
  readonly commune: Uint16Array;
  readonly birthYear: Uint16Array;
  /** 1 for women, 0 for men, `unknownSex` when the register does not say. */
  readonly female: Uint8Array;
  /** Index into `columnarCategories`, or `unknownCategory` when the register does not say. */
  readonly category: Uint8Array;
  readonly amountVnd: Uint32Array;
  /** Days since 1970-01-01. */
  readonly sinceDay: Int32Array;
  /** Days since 1970-01-01, or `noDay`. */
  readonly untilDay: Int32Array;
  /** Day the account was opened, or `noDay`. */
  readonly accountDay: Int32Array;
  /** The months the payment columns cover, `YYYY-MM`, in order. */
  readonly months: readonly string[];
  /**
   * One column per month: how each person was paid (`columnarChannels` in the low bits,
   * `authorisedReceiverBit`), 0 when no paid payment is listed for them.
   */
  readonly channel: readonly Uint8Array[];
  /**
   * One column per month: the dong paid. Meaningful only where `channel` is not 0, so a generator that pays
   * everyone their monthly amount can share `amountVnd` across months.
   */
  readonly paidVnd: readonly Uint32Array[];
}

/** The keys of registers that hold them packed (`withPackedIds`), by register. */
const packed = new WeakMap<object, PackedKeys>();

/**
 * A register whose `ids` are its packed keys, made strings when first read (then kept): the people's codes
 * are no strings until asked for, and `beneficiaryIdAt` and `packedIdsOf` read them without making all.
 */
export function withPackedIds<T extends Omit<ColumnarRegister, 'ids'>>(
  register: T,
  keys: PackedKeys,
): T & Pick<ColumnarRegister, 'ids'> {
  let ids: readonly string[] | undefined;
  Object.defineProperty(register, 'ids', {
    enumerable: true,
    configurable: true,
    get: () => {
      ids ??= unpackKeys(keys);
      return ids;
    },
  });
  packed.set(register, keys);
  return register as T & Pick<ColumnarRegister, 'ids'>;
}

/**
 * The register's keys packed as UTF-8 bytes, when it holds them so (a builder's register), else
 * `undefined` (read `ids`).
 *
 * @example packedIdsOf({ ids: ['DT-1'] }); // => undefined
 */
export function packedIdsOf(register: Pick<ColumnarRegister, 'ids'>): PackedKeys | undefined {
  return packed.get(register);
}

/**
 * The beneficiary key of row `i`: the register's own, or `SYN-00000001`… for generated registers.
 *
 * @example beneficiaryIdAt({ ids: undefined }, 0); // => 'SYN-00000001'
 */
export function beneficiaryIdAt(register: Pick<ColumnarRegister, 'ids'>, i: number): string {
  const generated = () => `SYN-${String(i + 1).padStart(8, '0')}`;
  const keys = packed.get(register);
  // A register holding its keys packed: one read from its bytes, and none made strings for a row it lacks.
  if (keys !== undefined)
    return Number.isInteger(i) && i >= 0 && i < keys.ends.length ? packedKeyAt(keys, i) : generated();
  return register.ids?.[i] ?? generated();
}

/**
 * The beneficiary keys of rows `rows`, in that order, as `beneficiaryIdAt` gives each: for a register
 * holding its keys packed, read together (`packedKeysAt`: one decoding a few MiB, not one a key), which
 * is what a residual list of a million people needs.
 *
 * @example beneficiaryIdsAt({ ids: undefined }, [1, 0]); // => ['SYN-00000002', 'SYN-00000001']
 */
export function beneficiaryIdsAt(register: Pick<ColumnarRegister, 'ids'>, rows: ArrayLike<number>): string[] {
  const keys = packed.get(register);
  if (keys !== undefined) {
    let inside = true;
    for (let k = 0; k < rows.length && inside; k += 1) {
      const i = rows[k] as number;
      inside = Number.isInteger(i) && i >= 0 && i < keys.ends.length;
    }
    if (inside) return packedKeysAt(keys, rows);
  }
  return Array.from(rows, (i) => beneficiaryIdAt(register, i));
}
