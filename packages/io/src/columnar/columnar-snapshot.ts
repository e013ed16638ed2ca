import { open, readFile } from 'node:fs/promises';
import type { ColumnarRegister } from '@ansinh/core';

/** What a snapshot file begins with, and its layout version. */
const magic = 'ANSINH-COLUMNS';
const version = 2;

type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array;
const arrayTypes = { Uint8Array, Uint16Array, Uint32Array, Int32Array } as const;
type ArrayType = keyof typeof arrayTypes;

/** The typed-array columns of a register, in the order a snapshot stores them. */
const columnNames = [
  'commune',
  'birthYear',
  'female',
  'category',
  'amountVnd',
  'sinceDay',
  'untilDay',
  'accountDay',
] as const;

interface Header {
  readonly magic: typeof magic;
  readonly version: number;
  readonly synthetic: boolean;
  readonly seed: number;
  readonly size: number;
  readonly communes: readonly string[];
  readonly communeProvince: readonly string[];
  readonly months: readonly string[];
  /** Each stored array in order: its type and byte length. */
  readonly arrays: readonly { readonly name: string; readonly type: ArrayType; readonly bytes: number }[];
  /** Byte length of the beneficiary keys (JSON), 0 for generated registers. */
  readonly idBytes: number;
}

/** A snapshot file that cannot be read back: not a snapshot, another version, or cut short. */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

/**
 * Saves a `ColumnarRegister` to one binary file: a JSON header (communes, months, the layout), then each
 * typed array as it is in memory, then the beneficiary keys. Reading a national register back takes a
 * few seconds, against minutes to validate its CSV again: validate once with `readColumnar`, save, and
 * reload in each session. The file holds keys (personal identifiers only if the register's keys are), no
 * names or CCCD numbers. Little-endian, as the machines Node runs on. O(size × months).
 */
export async function saveColumnar(register: ColumnarRegister, path: string): Promise<void> {
  const arrays: [string, TypedArray][] = [
    ...columnNames.map((name) => [name, register[name]] as [string, TypedArray]),
    ...register.channel.map((c, m) => [`channel.${m}`, c] as [string, TypedArray]),
    // A generated register shares one array for every month's dong paid: store it once per month anyway,
    // so the file does not depend on that.
    ...register.paidVnd.map((c, m) => [`paidVnd.${m}`, c] as [string, TypedArray]),
  ];
  const ids = register.ids === undefined ? new Uint8Array() : Buffer.from(JSON.stringify(register.ids));
  const header: Header = {
    magic,
    version,
    synthetic: register.synthetic,
    seed: register.seed,
    size: register.size,
    communes: register.communes,
    communeProvince: register.communeProvince,
    months: register.months,
    arrays: arrays.map(([name, a]) => ({ name, type: a.constructor.name as ArrayType, bytes: a.byteLength })),
    idBytes: ids.byteLength,
  };
  const head = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.byteLength);
  const file = await open(path, 'w');
  try {
    await file.write(length);
    await file.write(head);
    for (const [, a] of arrays) await file.write(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    await file.write(ids);
  } finally {
    await file.close();
  }
}

/** Reads a snapshot written by `saveColumnar`; throws `SnapshotError` naming the file when it cannot. */
export async function loadColumnar(path: string): Promise<ColumnarRegister> {
  const bytes = await readFile(path);
  const fail = (why: string): never => {
    throw new SnapshotError(`${path}: ${why}`);
  };
  if (bytes.byteLength < 4) fail('too short to be an ansinh snapshot');
  const headLength = bytes.readUInt32LE(0);
  let header: Header;
  try {
    header = JSON.parse(bytes.subarray(4, 4 + headLength).toString('utf8')) as Header;
  } catch {
    return fail('not an ansinh snapshot (no header)');
  }
  if (header.magic !== magic) fail('not an ansinh snapshot');
  if (header.version !== version) fail(`snapshot version ${header.version}, this ansinh reads ${version}`);
  const expected = 4 + headLength + header.arrays.reduce((s, a) => s + a.bytes, 0) + header.idBytes;
  if (bytes.byteLength !== expected) fail(`${bytes.byteLength} bytes where the header says ${expected}`);
  let at = 4 + headLength;
  const columns = new Map<string, TypedArray>();
  for (const spec of header.arrays) {
    const Type = arrayTypes[spec.type] ?? fail(`unknown array type ${spec.type}`);
    // Copied out so each column is aligned and owns its memory.
    const copy = new Uint8Array(spec.bytes);
    copy.set(bytes.subarray(at, at + spec.bytes));
    columns.set(spec.name, new Type(copy.buffer));
    at += spec.bytes;
  }
  const ids =
    header.idBytes === 0
      ? undefined
      : (JSON.parse(bytes.subarray(at, at + header.idBytes).toString('utf8')) as string[]);
  const column = <T extends TypedArray>(name: string): T =>
    (columns.get(name) as T | undefined) ?? fail(`no column ${name}`);
  return {
    synthetic: header.synthetic,
    seed: header.seed,
    size: header.size,
    ids,
    communes: header.communes,
    communeProvince: header.communeProvince,
    commune: column<Uint16Array>('commune'),
    birthYear: column<Uint16Array>('birthYear'),
    female: column<Uint8Array>('female'),
    category: column<Uint8Array>('category'),
    amountVnd: column<Uint32Array>('amountVnd'),
    sinceDay: column<Int32Array>('sinceDay'),
    untilDay: column<Int32Array>('untilDay'),
    accountDay: column<Int32Array>('accountDay'),
    months: header.months,
    channel: header.months.map((_, m) => column<Uint8Array>(`channel.${m}`)),
    paidVnd: header.months.map((_, m) => column<Uint32Array>(`paidVnd.${m}`)),
  };
}
