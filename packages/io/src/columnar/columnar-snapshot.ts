import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import {
  type ColumnarRegister,
  InvalidArgumentError,
  type PackedKeys,
  packKeys,
  unpackKeys,
} from '@ansinh/core';

/** What a snapshot file begins with, and its layout version. */
const magic = 'ANSINH-COLUMNS';
const version = 3;
/** Layouts this ansinh reads: 2 (keys as JSON after the columns) and 3 (keys packed, or JSON). */
const readable = [2, 3];

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
  /**
   * How the beneficiary keys are stored (version 3): `packed`, as the arrays `ids.bytes` and `ids.ends`
   * (`PackedKeys`); `json`, after the arrays (keys that have no UTF-8 bytes); `none` for generated
   * registers. Version 2 stored them as JSON.
   */
  readonly keys?: 'packed' | 'json' | 'none';
  /** Byte length of the keys stored as JSON after the arrays (0 when they are not). */
  readonly idBytes: number;
}

/** A snapshot file that cannot be read back: not a snapshot, another version, cut short, or changed. */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

/** The keys packed, or `undefined` when one has no UTF-8 bytes (a lone surrogate): those go as JSON. */
function packedOrNot(ids: readonly string[]): PackedKeys | undefined {
  try {
    return packKeys(ids);
  } catch (error) {
    if (error instanceof InvalidArgumentError) return undefined;
    throw error;
  }
}

/**
 * Saves a `ColumnarRegister` to one binary file: a JSON header (communes, months, the layout), then each
 * typed array as it is in memory, the beneficiary keys packed as UTF-8 bytes among them. Reading it back
 * (`loadColumnar`) reads the header only, and each column when it is first used: validate once with
 * `readColumnar`, save, and reopen in each session in a moment. The file holds keys (personal
 * identifiers only if the register's keys are), no names or CCCD numbers. Little-endian, as the machines
 * Node runs on. O(size × months).
 */
export async function saveColumnar(register: ColumnarRegister, path: string): Promise<void> {
  const packed = register.ids === undefined ? undefined : packedOrNot(register.ids);
  const arrays: [string, TypedArray][] = [
    ...columnNames.map((name) => [name, register[name]] as [string, TypedArray]),
    ...register.channel.map((c, m) => [`channel.${m}`, c] as [string, TypedArray]),
    // A generated register shares one array for every month's dong paid: store it once per month anyway,
    // so the file does not depend on that.
    ...register.paidVnd.map((c, m) => [`paidVnd.${m}`, c] as [string, TypedArray]),
    ...(packed === undefined
      ? []
      : ([
          ['ids.bytes', packed.bytes],
          ['ids.ends', packed.ends],
        ] as [string, TypedArray][])),
  ];
  const json =
    register.ids === undefined || packed !== undefined
      ? new Uint8Array()
      : Buffer.from(JSON.stringify(register.ids));
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
    keys: register.ids === undefined ? 'none' : packed === undefined ? 'json' : 'packed',
    idBytes: json.byteLength,
  };
  const head = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.byteLength);
  const file = await open(path, 'w');
  try {
    await file.write(length);
    await file.write(head);
    for (const [, a] of arrays) await file.write(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    await file.write(json);
  } finally {
    await file.close();
  }
}

/** What a snapshot's header says, read from its first bytes, and the file as it was then. */
async function readHeader(
  path: string,
  fail: (why: string) => never,
): Promise<{ header: Header; start: number; size: number; mtimeMs: number }> {
  const file = await open(path, 'r').catch((error: NodeJS.ErrnoException) =>
    fail(`cannot be opened (${error.code ?? error.message})`),
  );
  try {
    const { size, mtimeMs } = await file.stat();
    const length = Buffer.alloc(4);
    if (size < 4 || (await file.read(length, 0, 4, 0)).bytesRead < 4)
      fail('too short to be an ansinh snapshot');
    const headLength = length.readUInt32LE(0);
    if (headLength > size - 4) fail('not an ansinh snapshot (no header)');
    const head = Buffer.alloc(headLength);
    await file.read(head, 0, headLength, 4);
    let header: Header;
    try {
      header = JSON.parse(head.toString('utf8')) as Header;
    } catch {
      return fail('not an ansinh snapshot (no header)');
    }
    if (header?.magic !== magic) fail('not an ansinh snapshot');
    if (!readable.includes(header.version))
      fail(`snapshot version ${header.version}, this ansinh reads ${readable.join(' and ')}`);
    return { header, start: 4 + headLength, size, mtimeMs };
  } finally {
    await file.close();
  }
}

/**
 * Opens a snapshot written by `saveColumnar`. Only the header is read here; each column is read from the
 * file the first time it is used (a query on one month reads that month's column, not the other eleven,
 * and the keys are decoded only when asked for), so the file must stay where it is, unchanged, while the
 * register is in use: a column read after the file changed throws `SnapshotError`. `{ lazy: false }`
 * reads every column now. Throws `SnapshotError` naming the file when it is not a snapshot this ansinh
 * reads, or is cut short. O(header), then O(column) at each column's first use.
 */
export async function loadColumnar(
  path: string,
  options: { readonly lazy?: boolean } = {},
): Promise<ColumnarRegister> {
  const fail = (why: string): never => {
    throw new SnapshotError(`${path}: ${why}`);
  };
  const { header, start, size, mtimeMs } = await readHeader(path, fail);
  const expected = start + header.arrays.reduce((s, a) => s + a.bytes, 0) + header.idBytes;
  if (size !== expected) fail(`${size} bytes where the header says ${expected}`);
  const places = new Map<string, { type: ArrayType; at: number; bytes: number }>();
  let at = start;
  for (const spec of header.arrays) {
    if (!(spec.type in arrayTypes)) fail(`unknown array type ${spec.type}`);
    places.set(spec.name, { type: spec.type, at, bytes: spec.bytes });
    at += spec.bytes;
  }
  /** Bytes of the file, read now, after checking it is the file the header was read from. */
  const bytesAt = (from: number, length: number): Uint8Array<ArrayBuffer> => {
    const out = new Uint8Array(length);
    let fd: number | undefined;
    try {
      fd = openSync(path, 'r');
      const now = fstatSync(fd);
      if (now.size !== size || now.mtimeMs !== mtimeMs) fail('changed since it was opened; open it again');
      for (let done = 0; done < length; ) {
        const read = readSync(fd, out, done, length - done, from + done);
        if (read === 0) fail('cut short while it was read');
        done += read;
      }
    } catch (error) {
      if (error instanceof SnapshotError) throw error;
      fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    return out;
  };
  const column = <T extends TypedArray>(name: string): T => {
    const place = places.get(name) ?? fail(`no column ${name}`);
    return new arrayTypes[place.type](bytesAt(place.at, place.bytes).buffer) as T;
  };
  const ids = (): readonly string[] | undefined => {
    const keys = header.version === 2 ? 'json' : (header.keys ?? 'none');
    if (keys === 'none' || (keys === 'json' && header.idBytes === 0)) return undefined;
    if (keys === 'packed') {
      const packed = { bytes: column<Uint8Array>('ids.bytes'), ends: column<Uint32Array>('ids.ends') };
      let before = 0;
      for (const end of packed.ends) {
        if (end < before) fail('its beneficiary keys cannot be read');
        before = end;
      }
      if (before !== packed.bytes.length) fail('its beneficiary keys cannot be read');
      return unpackKeys(packed);
    }
    const text = Buffer.from(bytesAt(at, header.idBytes)).toString('utf8');
    try {
      return JSON.parse(text) as string[];
    } catch {
      return fail('its beneficiary keys cannot be read');
    }
  };
  // Every column named in the header must be there, whether it is read now or later.
  const names = [
    ...columnNames,
    ...header.months.flatMap((_, m) => [`channel.${m}`, `paidVnd.${m}`]),
    ...(header.keys === 'packed' ? ['ids.bytes', 'ids.ends'] : []),
  ];
  for (const name of names) {
    const place = places.get(name) ?? fail(`no column ${name}`);
    const cells = place.bytes / arrayTypes[place.type].BYTES_PER_ELEMENT;
    if (!name.startsWith('ids.') && !(cells >= header.size))
      fail(`column ${name} holds ${cells} cells, fewer than the header's ${header.size} people`);
  }
  const ends = places.get('ids.ends');
  if (ends !== undefined && ends.bytes / 4 !== header.size)
    fail(`${ends.bytes / 4} beneficiary keys where the header says ${header.size} people`);
  const register = {
    synthetic: header.synthetic,
    seed: header.seed,
    size: header.size,
    communes: header.communes,
    communeProvince: header.communeProvince,
    months: header.months,
  } as Record<string, unknown>;
  /** A property read the first time it is used, and kept. */
  const lazy = (target: object, key: PropertyKey, read: () => unknown) => {
    let value: unknown;
    let done = false;
    Object.defineProperty(target, key, {
      enumerable: true,
      get: () => {
        if (!done) {
          value = read();
          done = true;
        }
        return value;
      },
    });
  };
  lazy(register, 'ids', ids);
  for (const name of columnNames) lazy(register, name, () => column(name));
  for (const name of ['channel', 'paidVnd']) {
    const months: unknown[] = new Array(header.months.length);
    for (let m = 0; m < header.months.length; m += 1) lazy(months, m, () => column(`${name}.${m}`));
    register[name] = months;
  }
  if (options.lazy === false) {
    for (const key of ['ids', ...columnNames]) void register[key];
    for (const name of ['channel', 'paidVnd']) for (const c of register[name] as unknown[]) void c;
  }
  return register as unknown as ColumnarRegister;
}
