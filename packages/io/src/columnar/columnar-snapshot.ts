import { isUtf8 } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type ColumnarRegister,
  InvalidArgumentError,
  type PackedKeys,
  packedIdsOf,
  packKeys,
  unpackKeys,
} from '@ansinh/core';
import { z } from 'zod';

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

/** A whole number of bytes or cells, 0 or more. */
const count = z.number().int().nonnegative();

/**
 * The header of a snapshot, the data dictionary of the file: what a register holds beside its columns,
 * and each stored array in order (its type and byte length). Checked whole when the file is opened, so a
 * hand-edited or broken header is refused there, by name, not at a column's first use.
 */
const headerSchema = z
  .object({
    magic: z.literal(magic),
    version: z.number(),
    /** A random stamp of each save (version 3): a file saved again over this one has another. */
    stamp: z.string().optional(),
    synthetic: z.boolean(),
    seed: z.number(),
    size: count,
    communes: z.array(z.string()),
    communeProvince: z.array(z.string()),
    months: z.array(z.string()),
    arrays: z.array(
      z
        .object({
          name: z.string(),
          type: z.enum(['Uint8Array', 'Uint16Array', 'Uint32Array', 'Int32Array']),
          bytes: count,
        })
        .refine((a) => a.bytes % arrayTypes[a.type].BYTES_PER_ELEMENT === 0, {
          message: 'a byte length that is not a whole number of cells',
        }),
    ),
    /**
     * How the beneficiary keys are stored (version 3): `packed`, as the arrays `ids.bytes` and `ids.ends`
     * (`PackedKeys`); `json`, after the arrays (keys that have no UTF-8 bytes); `none` for generated
     * registers. Version 2 stored them as JSON.
     */
    keys: z.enum(['packed', 'json', 'none']).optional(),
    /** Byte length of the keys stored as JSON after the arrays (0 when they are not). */
    idBytes: count,
  })
  .refine((h) => h.version === 2 || h.keys !== undefined, { message: 'no word on how its keys are stored' })
  .refine((h) => new Set(h.arrays.map((a) => a.name)).size === h.arrays.length, {
    message: 'an array named twice',
  });

type Header = z.infer<typeof headerSchema>;

/** The longest header read: a national register's communes take about 200 KB. */
const maxHeaderBytes = 64 << 20;

/**
 * A snapshot file that cannot be read back: not a snapshot, another version, cut short, broken, or
 * changed since it was opened. The message names the file, in Vietnamese and English.
 */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
  constructor(
    /** The file. */
    readonly file: string,
    vi: string,
    en: string,
  ) {
    super(`${file}: ${vi} / ${en}`);
  }
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
 * Saves a `ColumnarRegister` to one binary file: a JSON header (communes, months, the layout, a random
 * stamp of this save), then each typed array as it is in memory, the beneficiary keys packed as UTF-8
 * bytes among them. The file is written beside the path and then put in its place, so a register opened
 * from the old file is never read half from the new one (it is refused: `loadColumnar`). Reading it back
 * reads the header only, and each column when it is first used: validate once with `readColumnar`,
 * save, and reopen in each session in a moment. The file holds keys (personal identifiers only if the
 * register's keys are), no names or CCCD numbers. Little-endian, as the machines Node runs on.
 * O(size × months).
 */
export async function saveColumnar(register: ColumnarRegister, path: string): Promise<void> {
  // A builder's register holds its keys packed already: they are written as they are, not made strings.
  const packed =
    packedIdsOf(register) ?? (register.ids === undefined ? undefined : packedOrNot(register.ids));
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
    packed !== undefined || register.ids === undefined
      ? new Uint8Array()
      : Buffer.from(JSON.stringify(register.ids));
  const header: Header = {
    magic,
    version,
    stamp: randomUUID(),
    synthetic: register.synthetic,
    seed: register.seed,
    size: register.size,
    communes: [...register.communes],
    communeProvince: [...register.communeProvince],
    months: [...register.months],
    arrays: arrays.map(([name, a]) => ({ name, type: a.constructor.name as ArrayType, bytes: a.byteLength })),
    keys: packed !== undefined ? 'packed' : register.ids === undefined ? 'none' : 'json',
    idBytes: json.byteLength,
  };
  const head = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.byteLength);
  const writing = `${path}.${header.stamp}.part`;
  const file = await open(writing, 'w');
  try {
    await file.write(length);
    await file.write(head);
    for (const [, a] of arrays) await file.write(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    await file.write(json);
  } catch (error) {
    await file.close();
    await rm(writing, { force: true });
    throw error;
  }
  await file.close();
  await rename(writing, path);
}

/** Throws a `SnapshotError` for the file. */
type Fail = (vi: string, en: string) => never;

/** A file's first bytes: the header's length, and the header as it is written (compared at each read). */
function headerBytes(read: (into: Buffer, at: number) => number, size: number, fail: Fail): Buffer {
  const length = Buffer.alloc(4);
  if (size < 4 || read(length, 0) < 4)
    fail('quá ngắn, không phải tệp ảnh chụp của ansinh', 'too short to be an ansinh snapshot');
  const headLength = length.readUInt32LE(0);
  if (headLength > size - 4 || headLength > maxHeaderBytes || headLength < 2)
    fail('không phải tệp ảnh chụp của ansinh (không có phần đầu)', 'not an ansinh snapshot (no header)');
  const head = Buffer.alloc(headLength);
  if (read(head, 4) < headLength)
    fail('không phải tệp ảnh chụp của ansinh (không có phần đầu)', 'not an ansinh snapshot (no header)');
  return head;
}

/** The header, checked whole against `headerSchema`. */
function parseHeader(head: Buffer, fail: Fail): Header {
  let json: unknown;
  try {
    json = JSON.parse(head.toString('utf8'));
  } catch {
    return fail(
      'không phải tệp ảnh chụp của ansinh (không có phần đầu)',
      'not an ansinh snapshot (no header)',
    );
  }
  if ((json as { magic?: unknown } | null)?.magic !== magic)
    fail('không phải tệp ảnh chụp của ansinh', 'not an ansinh snapshot');
  const version = (json as { version?: unknown }).version;
  if (typeof version !== 'number' || !readable.includes(version))
    fail(
      `ảnh chụp phiên bản ${String(version)}, ansinh này đọc ${readable.join(' và ')}`,
      `snapshot version ${String(version)}, this ansinh reads ${readable.join(' and ')}`,
    );
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    const what = `${where === '' ? '' : `${where}: `}${issue?.message ?? ''}`;
    fail(`phần đầu hỏng (${what})`, `a broken header (${what})`);
  }
  return parsed.data as Header;
}

/**
 * Opens a snapshot written by `saveColumnar`. Only the header is read here; each column is read from the
 * file the first time it is used (a query on one month reads that month's columns, not the other
 * eleven, and the keys are decoded only when asked for), so the file must stay where it is, unchanged,
 * while the register is in use: before each read the header is read again and compared, with the file's
 * size and time, and a file saved again since (another stamp), replaced or cut throws `SnapshotError`
 * at that column's first use. `{ lazy: false }` reads every column now, and nothing depends on the file
 * after. A column may be set like any property (the value set is kept). Reads at first use are
 * synchronous (a column of a national register is a few to a few tens of megabytes). Throws
 * `SnapshotError` naming the file when it is not a snapshot this ansinh reads, its header is broken, or
 * it is cut short. O(header), then O(column) at each column's first use.
 */
export async function loadColumnar(
  path: string,
  options: { readonly lazy?: boolean } = {},
): Promise<ColumnarRegister> {
  const file = resolve(path);
  const fail: Fail = (vi, en) => {
    throw new SnapshotError(path, vi, en);
  };
  let fd: number | undefined;
  let head: Buffer;
  let size: number;
  let mtimeMs: number;
  try {
    fd = openSync(file, 'r');
    const descriptor = fd;
    ({ size, mtimeMs } = fstatSync(descriptor));
    head = headerBytes((into, offset) => readSync(descriptor, into, 0, into.length, offset), size, fail);
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return fail(`không mở được (${code})`, `cannot be opened (${code})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const header = parseHeader(head, fail);
  const start = 4 + head.length;
  const expected = start + header.arrays.reduce((s, a) => s + a.bytes, 0) + header.idBytes;
  if (size !== expected)
    fail(`${size} byte, phần đầu nói ${expected}`, `${size} bytes where the header says ${expected}`);
  const places = new Map<string, { type: ArrayType; at: number; bytes: number }>();
  let at = start;
  for (const spec of header.arrays) {
    places.set(spec.name, { type: spec.type, at, bytes: spec.bytes });
    at += spec.bytes;
  }
  const keys = header.version === 2 ? 'json' : (header.keys ?? 'none');
  // Every column named in the header must be there, and hold a cell for each person.
  const names = [
    ...columnNames,
    ...header.months.flatMap((_, m) => [`channel.${m}`, `paidVnd.${m}`]),
    ...(keys === 'packed' ? ['ids.bytes', 'ids.ends'] : []),
  ];
  for (const name of names) {
    const place = places.get(name) ?? fail(`thiếu cột ${name}`, `no column ${name}`);
    const cells = place.bytes / arrayTypes[place.type].BYTES_PER_ELEMENT;
    if (!name.startsWith('ids.') && cells < header.size)
      fail(
        `cột ${name} có ${cells} ô, ít hơn ${header.size} người phần đầu nói`,
        `column ${name} holds ${cells} cells, fewer than the header's ${header.size} people`,
      );
  }
  const ends = places.get('ids.ends');
  if (keys === 'packed' && ends !== undefined && ends.bytes / 4 !== header.size)
    fail(
      `${ends.bytes / 4} mã đối tượng, phần đầu nói ${header.size} người`,
      `${ends.bytes / 4} beneficiary keys where the header says ${header.size} people`,
    );
  const brokenKeys = (): never => fail('mã đối tượng hỏng', 'its beneficiary keys cannot be read');
  /** Bytes of the file, read now, after checking it is the file the header was read from. */
  const bytesAt = (from: number, length: number): Uint8Array<ArrayBuffer> => {
    const out = new Uint8Array(length);
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const descriptor = fd;
      const now = fstatSync(descriptor);
      const again =
        now.size !== size || now.mtimeMs !== mtimeMs
          ? undefined
          : headerBytes((into, offset) => readSync(descriptor, into, 0, into.length, offset), now.size, fail);
      if (again === undefined || !again.equals(head))
        fail(
          'đã đổi từ khi mở; hãy mở lại (hoặc mở với { lazy: false })',
          'changed since it was opened; open it again (or open it with { lazy: false })',
        );
      for (let done = 0; done < length; ) {
        const read = readSync(descriptor, out, done, length - done, from + done);
        if (read === 0) fail('bị cắt ngắn khi đang đọc', 'cut short while it was read');
        done += read;
      }
    } catch (error) {
      if (error instanceof SnapshotError) throw error;
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      fail(`không đọc được (${code})`, `cannot be read (${code})`);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    return out;
  };
  const column = <T extends TypedArray>(name: string): T => {
    const place = places.get(name) ?? fail(`thiếu cột ${name}`, `no column ${name}`);
    return new arrayTypes[place.type](bytesAt(place.at, place.bytes).buffer) as T;
  };
  const ids = (): readonly string[] | undefined => {
    if (keys === 'none' || (keys === 'json' && header.idBytes === 0)) return undefined;
    if (keys === 'packed') {
      const packed = { bytes: column<Uint8Array>('ids.bytes'), ends: column<Uint32Array>('ids.ends') };
      let before = 0;
      for (const end of packed.ends) {
        if (end < before) brokenKeys();
        before = end;
      }
      if (before !== packed.bytes.length || !isUtf8(packed.bytes)) brokenKeys();
      return unpackKeys(packed);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(bytesAt(at, header.idBytes)).toString('utf8'));
    } catch {
      return brokenKeys();
    }
    if (
      !Array.isArray(parsed) ||
      parsed.length !== header.size ||
      !parsed.every((key) => typeof key === 'string')
    )
      brokenKeys();
    return parsed as string[];
  };
  const register = {
    synthetic: header.synthetic,
    seed: header.seed,
    size: header.size,
    communes: header.communes,
    communeProvince: header.communeProvince,
    months: header.months,
  } as Record<string, unknown>;
  /** A property read the first time it is used and kept; a value set replaces it. */
  const lazy = (target: object, key: PropertyKey, read: () => unknown) => {
    let value: unknown;
    let done = false;
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        if (!done) {
          value = read();
          done = true;
        }
        return value;
      },
      set: (given: unknown) => {
        value = given;
        done = true;
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
