import { monthsBetween } from '../calendar/months.js';
import { InvalidArgumentError } from '../errors.js';
import type { PaymentRow, RegisterRow } from '../models/register-row.js';
import { authorisedReceiverBit, type ColumnarRegister, withPackedIds } from './columnar-register.js';
import { grow } from './grow-array.js';
import { hinted, KeyNumbers } from './key-index.js';
import { createKeyPacker, type PackedKeys, packedKeyAt, packedKeyStart } from './packed-keys.js';
import { categoryCell, dayCell, type RegisterColumns, sexCell } from './register-columns.js';

const channelCode = { account: 1, cash: 2, cash_at_home: 3 } as const;

/** What `addPayments` did with a batch: every paid payment is stored or counted under one reason. */
export interface PaymentTally {
  /** Payments of the batch (every status). */
  readonly rows: number;
  /** Paid payments stored. */
  readonly stored: number;
  /** Not paid (failed, returned, pending): not a payment of the month's coverage. */
  readonly notPaid: number;
  /** Paid, for a month outside the builder's months. */
  readonly outsideMonths: number;
  /** Paid, to a key not on the register added so far. */
  readonly unmatched: number;
  /**
   * A second (or later) paid line for the same person and month, joined to the first as `personMonths`
   * defines: counted once, its dong added.
   */
  readonly duplicate: number;
}

/**
 * A paid payment as one `channel` cell: the channel code in the low bits and `authorisedReceiverBit`.
 *
 * @example paymentCell({ channel: 'account', receivedBy: 'beneficiary' }); // => 1
 */
export function paymentCell(payment: Pick<PaymentRow, 'channel' | 'receivedBy'>): number {
  return (
    channelCode[payment.channel] | (payment.receivedBy === 'authorised_receiver' ? authorisedReceiverBit : 0)
  );
}

/** The paid payments of a batch in columns, and how many were left out, as `paidColumns` gives them. */
export interface PaidColumns {
  /** The beneficiary codes, packed (a worker thread sends them without a string each). */
  readonly ids: PackedKeys;
  /** Index into the months of `monthIndex`. */
  readonly month: Uint8Array;
  /** `paymentCell` of each. */
  readonly cell: Uint8Array;
  readonly vnd: Uint32Array;
  /** Not paid (failed, returned, pending). */
  readonly notPaid: number;
  /** Paid in a month `monthIndex` does not hold. */
  readonly outsideMonths: number;
}

/**
 * The month a payment is stored under (its index in `monthIndex`), or why it is only counted: not paid
 * (failed, returned, pending), or paid in a month `monthIndex` does not hold. The one rule of
 * `createPaidColumns` and `ColumnarBuilder.addPayments`.
 */
function paidMonth(
  payment: PaymentRow,
  monthIndex: ReadonlyMap<string, number>,
): number | 'notPaid' | 'outsideMonths' {
  if (payment.status !== 'paid') return 'notPaid';
  return monthIndex.get(payment.period) ?? 'outsideMonths';
}

/**
 * The paid payments of the given months, moved into columns a row at a time (`add`), for
 * `ColumnarBuilder.addPaid` in the same thread or sent from a worker thread: a row not paid, or paid in a
 * month `monthIndex` does not hold, is counted, not stored. `add` reads the row during the call only.
 * `done` gives the columns so far. O(rows).
 *
 * @example createPaidColumns(new Map([['2025-01', 0]])).done().notPaid; // => 0
 */
export function createPaidColumns(monthIndex: ReadonlyMap<string, number>): {
  add(payment: PaymentRow): void;
  /**
   * `add` of a payment whose beneficiary code is the UTF-8 bytes `bytes[start, end)` (read from a file's
   * line, no string made of it), its other fields the row's (whose `beneficiaryId` is not read).
   */
  addWithKeyBytes(payment: PaymentRow, bytes: Uint8Array, start: number, end: number): void;
  done(): PaidColumns;
} {
  const ids = createKeyPacker();
  let month = new Uint8Array(1024);
  let cell = new Uint8Array(1024);
  let vnd = new Uint32Array(1024);
  let notPaid = 0;
  let outsideMonths = 0;
  /** The row's cells but its code, stored (`true`), or counted as not stored. */
  const store = (payment: PaymentRow): boolean => {
    const m = paidMonth(payment, monthIndex);
    if (m === 'notPaid') {
      notPaid += 1;
      return false;
    }
    if (m === 'outsideMonths') {
      outsideMonths += 1;
      return false;
    }
    const k = ids.size;
    if (k === month.length) {
      month = grow(month, k + 1);
      cell = grow(cell, k + 1);
      vnd = grow(vnd, k + 1);
    }
    month[k] = m;
    cell[k] = paymentCell(payment);
    vnd[k] = payment.amountVnd;
    return true;
  };
  return {
    add(payment) {
      if (store(payment)) ids.add(payment.beneficiaryId);
    },
    addWithKeyBytes(payment, bytes, start, end) {
      if (store(payment)) ids.addBytes(bytes, start, end);
    },
    done() {
      const n = ids.size;
      return {
        ids: ids.done(),
        month: month.subarray(0, n),
        cell: cell.subarray(0, n),
        vnd: vnd.subarray(0, n),
        notPaid,
        outsideMonths,
      };
    },
  };
}

/**
 * The paid payments of the given months, moved into columns for `ColumnarBuilder.addPaid`
 * (`createPaidColumns` over a batch). O(rows).
 */
export function paidColumns(
  rows: readonly PaymentRow[],
  monthIndex: ReadonlyMap<string, number>,
): PaidColumns {
  const paid = createPaidColumns(monthIndex);
  for (const payment of rows) paid.add(payment);
  return paid.done();
}

/** Builds a `ColumnarRegister` from rows that arrive in batches (chunks of a file read in a stream). */
export interface ColumnarBuilder {
  /**
   * A size hint: the people the register is expected to hold, so that the index of their keys and the
   * people's columns are made that large at once instead of growing (at millions of people, each growth
   * reads every key again and copies every column), and `finish` hands the columns on uncopied when the
   * hint was at most an eighth too high. The index is made when payments first need it (`addPayments`,
   * `addPaid`): a register read alone makes none. A hint above 2^23 - 1 people is taken as that many.
   * Nothing else changes: more people, or fewer, may still be added.
   */
  reserve(people: number): void;
  /** Appends register rows. */
  addRegister(rows: readonly RegisterRow[]): void;
  /**
   * Appends people already in columns (`createRegisterColumns`, as a worker thread sends them), leaving
   * out the indexes in `drop` (rows a later check rejected).
   */
  addRegisterColumns(columns: RegisterColumns, drop?: ReadonlySet<number>): void;
  /** Records paid payments of register rows added so far; the counts of the batch add up to `rows`. */
  addPayments(rows: readonly PaymentRow[]): PaymentTally;
  /**
   * Records paid payments already in columns (as a worker thread sends them): keys, month indices into
   * the builder's months, `paymentCell`s and dong. Returns how many were stored, not on the register, or
   * paid twice.
   */
  addPaid(
    ids: PackedKeys,
    month: Uint8Array,
    cell: Uint8Array,
    vnd: Uint32Array,
  ): Pick<PaymentTally, 'stored' | 'unmatched' | 'duplicate'>;
  /** The columns, trimmed to size, communes sorted by code. The builder is not used after. */
  finish(): ColumnarRegister;
  /**
   * The paid lines of a month to keys on no register, as `paymentsOffRegister` counts them: lines,
   * distinct keys and dong (they are in no column, so the builder keeps their count).
   */
  unknownKeys(month: string): { readonly lines: number; readonly people: number; readonly vnd: number };
}

/**
 * A column's first `size` cells: the array itself when it is that long, a view of it when the cells past
 * `size` are at most an eighth of it (a column made at a size hint a little high: no copy of a national
 * register's column for a few megabytes left over), else a copy.
 */
function trimmed<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(column: T, size: number): T {
  if (column.length === size) return column;
  return (column.length - size <= column.length / 8 ? column.subarray(0, size) : column.slice(0, size)) as T;
}

/** `trimmed`, or a new column when there is none. */
function fitted<T extends Uint8Array | Uint32Array>(column: T | undefined, size: number, make: () => T): T {
  return column === undefined ? make() : trimmed(column, size);
}

/**
 * Makes a builder for a register and its payment lists from `from` to `to` (months, `YYYY-MM`), holding
 * them in columns as they arrive: memory grows with the register (about 30 bytes a person and 5 bytes a
 * person-month), not with the rows read. `provinceOf` gives each commune's province for rollups (default:
 * not known, `''`). Categories outside `columnarCategories` keep the social-protection code. O(rows).
 *
 * @example createColumnarBuilder({ from: '2025-01', to: '2025-01' }).finish().size; // => 0
 */
export function createColumnarBuilder(options: {
  readonly from: string;
  readonly to: string;
  readonly provinceOf?: (communeCode: string) => string;
}): ColumnarBuilder {
  const months = monthsBetween(options.from, options.to);
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  // The people's keys packed as UTF-8 bytes (`PackedKeys`): key `i` ends at `keyEnds[i]`. No string a
  // person: a national register's four million codes as strings cost about half a microsecond each
  // between made, kept and moved (docs/benchmarks.md).
  let keyBytes = new Uint8Array(1 << 14);
  let keyEnds = new Uint32Array(1024);
  let keyUsed = 0;
  // The index of the people's keys, made when payments first need it (`indexed`: the people in it so far),
  // at the size hint given (`reserved`) or the register's size then: reading a register alone makes none.
  const rowIndex = new KeyNumbers();
  let indexed = 0;
  let reserved = 0;
  /** Every person added so far in the index; the first row of a key is the one its payments go to. */
  const indexPeople = () => {
    if (indexed === size) return;
    rowIndex.reserve(Math.max(reserved, size));
    for (let i = indexed; i < size; i += 1)
      rowIndex.setNewBytes(keyBytes, i === 0 ? 0 : (keyEnds[i - 1] as number), keyEnds[i] as number, i);
    indexed = size;
  };
  const communeIndex = new Map<string, number>();
  const communes: string[] = [];
  let size = 0;
  let commune = new Uint16Array(1024);
  let birthYear = new Uint16Array(1024);
  let female = new Uint8Array(1024);
  let category = new Uint8Array(1024);
  let amountVnd = new Uint32Array(1024);
  let sinceDay = new Int32Array(1024);
  let untilDay = new Int32Array(1024);
  let accountDay = new Int32Array(1024);
  // The month columns (five bytes a person a month, most of the memory) are made when the first payment
  // comes, as long as the register so far: a register read whole before its payments (as `readColumnar`
  // reads) gets them at its size, not at the next power of two, and `finish` hands them on uncopied.
  let channel: Uint8Array[] = [];
  let paidVnd: Uint32Array[] = [];
  /** The month columns, made when the first payment comes. */
  const monthColumns = () => {
    if (channel.length === 0 && months.length > 0) {
      channel = months.map(() => new Uint8Array(size));
      paidVnd = months.map(() => new Uint32Array(size));
    }
  };
  let finished = false;
  const alive = (what: string) => {
    if (finished) {
      throw new InvalidArgumentError(
        `ColumnarBuilder.${what}`,
        'the builder has finished; make a new one',
        'bộ dựng đã kết thúc; hãy tạo bộ mới',
      );
    }
  };
  const unknown = months.map(() => ({ lines: 0, keys: new Set<string>(), vnd: 0 }));
  /** A paid line to a key on no register: counted by month, its key kept to count people. */
  const unmatchedLine = (key: string, m: number, dong: number) => {
    const tally = unknown[m];
    if (tally === undefined) return;
    tally.lines += 1;
    tally.keys.add(key);
    tally.vnd += dong;
  };
  /**
   * Records a paid line of person `i` in month `m` (`incoming`: its `paymentCell`); true when it joined a
   * line of the same month already there (`personMonths`: counted once, the dong added).
   */
  const place = (i: number, m: number, incoming: number, dong: number, caller: string): boolean => {
    const column = channel[m];
    const paid = paidVnd[m];
    if (column === undefined || paid === undefined) {
      throw new InvalidArgumentError(
        caller,
        `month index ${m} is outside the builder's ${months.length} months`,
        `chỉ số tháng ${m} nằm ngoài ${months.length} tháng`,
      );
    }
    const before = column[i] as number;
    if (before === 0) {
      column[i] = incoming;
      paid[i] = dong;
      return false;
    }
    // Through an account if either line is, by an authorised receiver if either is.
    const through = (before & 3) === channelCode.account || (incoming & 3) === channelCode.account;
    const channelBits = through ? channelCode.account : before & 3;
    column[i] = channelBits | ((before | incoming) & authorisedReceiverBit);
    paid[i] = (paid[i] as number) + dong;
    return true;
  };
  const addPaid: ColumnarBuilder['addPaid'] = (ids, month, cell, vnd) => {
    alive('addPaid');
    monthColumns();
    let stored = 0;
    let unmatched = 0;
    let duplicate = 0;
    indexPeople();
    const { bytes, ends } = ids;
    for (let k = 0; k < ends.length; k += 1) {
      const m = month[k] ?? 0;
      const i = rowIndex.getBytes(bytes, packedKeyStart(ids, k), ends[k] ?? 0);
      if (i === undefined) {
        unmatched += 1;
        unmatchedLine(packedKeyAt(ids, k), m, vnd[k] ?? 0);
      } else if (place(i, m, cell[k] ?? 0, vnd[k] ?? 0, 'ColumnarBuilder.addPaid')) duplicate += 1;
      else stored += 1;
    }
    return { stored, unmatched, duplicate };
  };
  /** Room for `needed` people in every column. */
  const room = (needed: number) => {
    // At the size hint when it holds them (one copy of each column, not one a doubling, and `finish`
    // hands them on uncopied), else twice as long.
    const length = needed > commune.length && reserved >= needed ? reserved : needed;
    commune = grow(commune, length);
    birthYear = grow(birthYear, length);
    female = grow(female, length);
    category = grow(category, length);
    amountVnd = grow(amountVnd, length);
    sinceDay = grow(sinceDay, length);
    untilDay = grow(untilDay, length);
    accountDay = grow(accountDay, length);
    keyEnds = grow(keyEnds, length);
    // Only once made: the first payment makes them as long as the register then.
    channel = channel.map((c) => grow(c, needed));
    paidVnd = paidVnd.map((c) => grow(c, needed));
  };
  /** A commune's index in the builder's dictionary, added when new. */
  const communeOf = (code: string): number => {
    let c = communeIndex.get(code);
    if (c === undefined) {
      c = communes.length;
      if (c > 65_535) {
        throw new InvalidArgumentError(
          'ColumnarBuilder.addRegister',
          'more than 65 536 communes',
          'quá 65.536 xã',
        );
      }
      communes.push(code);
      communeIndex.set(code, c);
    }
    return c;
  };
  /** Person `i`'s key: key `k` of packed keys, copied after the keys so far (`keyBytes` has room for it). */
  const appendKey = (keys: PackedKeys, k: number, i: number) => {
    const { bytes, ends } = keys;
    for (let b = k === 0 ? 0 : (ends[k - 1] as number); b < (ends[k] as number); b += 1) {
      keyBytes[keyUsed] = bytes[b] as number;
      keyUsed += 1;
    }
    keyEnds[i] = keyUsed;
  };
  /**
   * Appends people in columns, leaving out the indexes in `drop`; communes join the builder's dictionary.
   * The people between two dropped are copied a column at a time (`set`), not a cell at a time: a national
   * register's half took 0,43 s a cell at a time here.
   */
  const addColumns = (columns: RegisterColumns, drop: ReadonlySet<number> | undefined) => {
    room(size + columns.size);
    const { bytes, ends } = columns.keys;
    keyBytes = grow(keyBytes, keyUsed + (ends.length === 0 ? 0 : (ends[ends.length - 1] as number)));
    // A commune joins the dictionary with its first person kept (one only dropped rows held stays out).
    const remap = new Int32Array(columns.communes.length).fill(-1);
    const cuts =
      drop === undefined ? [] : [...drop].filter((k) => k >= 0 && k < columns.size).sort((a, b) => a - b);
    cuts.push(columns.size);
    let from = 0;
    for (const cut of cuts) {
      if (cut > from) {
        const at = size;
        for (let k = from; k < cut; k += 1) {
          const local = columns.commune[k] ?? 0;
          if (remap[local] === -1) remap[local] = communeOf(columns.communes[local] ?? '');
          commune[at + k - from] = remap[local] ?? 0;
        }
        birthYear.set(columns.birthYear.subarray(from, cut), at);
        female.set(columns.female.subarray(from, cut), at);
        category.set(columns.category.subarray(from, cut), at);
        amountVnd.set(columns.amountVnd.subarray(from, cut), at);
        sinceDay.set(columns.sinceDay.subarray(from, cut), at);
        untilDay.set(columns.untilDay.subarray(from, cut), at);
        accountDay.set(columns.accountDay.subarray(from, cut), at);
        // The keys' bytes in one copy, their ends moved by where they now start.
        const start = from === 0 ? 0 : (ends[from - 1] as number);
        keyBytes.set(bytes.subarray(start, ends[cut - 1] as number), keyUsed);
        const shift = keyUsed - start;
        for (let k = from; k < cut; k += 1) keyEnds[at + k - from] = (ends[k] as number) + shift;
        keyUsed = (ends[cut - 1] as number) + shift;
        size += cut - from;
      }
      from = cut + 1;
    }
  };
  return {
    unknownKeys(month) {
      const tally = unknown[months.indexOf(month)];
      return { lines: tally?.lines ?? 0, people: tally?.keys.size ?? 0, vnd: tally?.vnd ?? 0 };
    },
    reserve(people) {
      alive('reserve');
      reserved = Math.max(reserved, hinted(people));
    },
    addRegister(rows) {
      alive('addRegister');
      // The codes packed first: one that cannot be (a lone surrogate) refuses the batch before any row.
      const packer = createKeyPacker();
      for (const row of rows) packer.add(row.id);
      const keys = packer.done();
      room(size + rows.length);
      keyBytes = grow(keyBytes, keyUsed + keys.bytes.length);
      for (let k = 0; k < rows.length; k += 1) {
        const row = rows[k] as RegisterRow;
        // The commune first: a 65 537th refused leaves the builder as it was before the row.
        const c = communeOf(row.communeCode);
        const i = size;
        size += 1;
        appendKey(keys, k, i);
        commune[i] = c;
        birthYear[i] = row.birthYear;
        female[i] = sexCell(row.sex);
        category[i] = categoryCell(row.category);
        amountVnd[i] = row.monthlyAmountVnd ?? 0;
        sinceDay[i] = dayCell(row.since);
        untilDay[i] = dayCell(row.until);
        accountDay[i] = dayCell(row.accountOpenedOn);
      }
    },
    addRegisterColumns(columns, drop) {
      alive('addRegisterColumns');
      addColumns(columns, drop);
    },
    addPayments(rows) {
      alive('addPayments');
      monthColumns();
      const tally = {
        rows: rows.length,
        stored: 0,
        notPaid: 0,
        outsideMonths: 0,
        unmatched: 0,
        duplicate: 0,
      };
      indexPeople();
      // As `createPaidColumns` then `addPaid`, without packing the keys: they are found as text here.
      for (const payment of rows) {
        const m = paidMonth(payment, monthIndex);
        if (typeof m === 'string') {
          tally[m] += 1;
          continue;
        }
        const i = rowIndex.get(payment.beneficiaryId);
        // As a `vnd` column holds it (32 bits), so that both ways count the same dong.
        const dong = payment.amountVnd >>> 0;
        if (i === undefined) {
          tally.unmatched += 1;
          unmatchedLine(payment.beneficiaryId, m, dong);
        } else if (place(i, m, paymentCell(payment), dong, 'ColumnarBuilder.addPayments'))
          tally.duplicate += 1;
        else tally.stored += 1;
      }
      return tally;
    },
    addPaid,
    finish() {
      alive('finish');
      finished = true;
      // Communes sorted by code, so results come out in code order whatever order rows arrived in.
      const sorted = [...communes].sort();
      const remap = new Uint16Array(communes.length);
      sorted.forEach((code, i) => {
        remap[communeIndex.get(code) ?? 0] = i;
      });
      // Renumbered where it is: the builder has finished, and no one else holds the column.
      const trimmedCommune = trimmed(commune, size);
      for (let i = 0; i < size; i += 1) trimmedCommune[i] = remap[trimmedCommune[i] ?? 0] ?? 0;
      const provinceOf = options.provinceOf ?? (() => '');
      const keys = { bytes: trimmed(keyBytes, keyUsed), ends: trimmed(keyEnds, size) };
      return withPackedIds(
        {
          synthetic: false,
          seed: 0,
          size,
          communes: sorted,
          communeProvince: sorted.map(provinceOf),
          commune: trimmedCommune,
          birthYear: trimmed(birthYear, size),
          female: trimmed(female, size),
          category: trimmed(category, size),
          amountVnd: trimmed(amountVnd, size),
          sinceDay: trimmed(sinceDay, size),
          untilDay: trimmed(untilDay, size),
          accountDay: trimmed(accountDay, size),
          months,
          channel: months.map((_, m) => fitted(channel[m], size, () => new Uint8Array(size))),
          paidVnd: months.map((_, m) => fitted(paidVnd[m], size, () => new Uint32Array(size))),
        },
        keys,
      );
    },
  };
}
