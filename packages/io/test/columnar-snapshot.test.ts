import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ColumnarRegister,
  columnarCoverageRates,
  synthesizeColumnar,
  synthesizeDistrict,
  toColumnar,
} from '@ansinh/core';
import { afterAll, describe, expect, it } from 'vitest';
import { loadColumnar, SnapshotError, saveColumnar } from '../src/index.js';
import { units } from './fixtures.js';

const scratch = mkdtempSync(join(tmpdir(), 'ansinh-snapshot-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const generated = synthesizeColumnar({ beneficiaries: 3_000, communes: 12, seed: 4 });
const district = synthesizeDistrict(units, { seed: 11 });
const fromRows = toColumnar(district.register, district.payments, '2024-07', '2025-06');

/** A register read from rows whose keys are the given ones (the first `keys.length` people). */
function withKeys(keys: readonly string[]): ColumnarRegister {
  const ids = fromRows.ids ?? [];
  return { ...fromRows, ids: ids.map((id, i) => keys[i % keys.length] ?? id) };
}

/** A file in the layout of version 2 (keys as JSON after the columns), as ansinh wrote them before. */
function versionTwo(register: ColumnarRegister, path: string): void {
  const arrays = [
    ...(
      [
        'commune',
        'birthYear',
        'female',
        'category',
        'amountVnd',
        'sinceDay',
        'untilDay',
        'accountDay',
      ] as const
    ).map((name) => [name, register[name]] as const),
    ...register.channel.map((c, m) => [`channel.${m}`, c] as const),
    ...register.paidVnd.map((c, m) => [`paidVnd.${m}`, c] as const),
  ];
  const ids = Buffer.from(JSON.stringify(register.ids));
  const head = Buffer.from(
    JSON.stringify({
      magic: 'ANSINH-COLUMNS',
      version: 2,
      synthetic: register.synthetic,
      seed: register.seed,
      size: register.size,
      communes: register.communes,
      communeProvince: register.communeProvince,
      months: register.months,
      arrays: arrays.map(([name, a]) => ({ name, type: a.constructor.name, bytes: a.byteLength })),
      idBytes: ids.byteLength,
    }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.byteLength);
  writeFileSync(
    path,
    Buffer.concat([
      length,
      head,
      ...arrays.map(([, a]) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)),
      ids,
    ]),
  );
}

describe('saveColumnar(columns, path) and loadColumnar(path)', () => {
  it('reload exactly the columns saved, generated or read from files, lazily or at once', async () => {
    for (const columns of [generated, fromRows]) {
      const file = join(scratch, 'columns.ansinh');
      await saveColumnar(columns, file);
      expect(await loadColumnar(file)).toEqual(columns);
      expect(await loadColumnar(file, { lazy: false })).toEqual(columns);
    }
  });

  it('keep any beneficiary keys: Vietnamese, empty, emoji, and keys with no UTF-8 bytes (as JSON)', async () => {
    const file = join(scratch, 'keys.ansinh');
    for (const keys of [
      ['Mã-Đỗ-1', '', '😀x', 'DT 02'],
      ['ok', 'lẻ \ud800 loi'],
    ]) {
      const columns = withKeys(keys);
      await saveColumnar(columns, file);
      const back = await loadColumnar(file);
      expect(back.ids).toEqual(columns.ids);
      expect(back.ids?.slice(0, keys.length)).toEqual(keys);
    }
  });

  it('answer a query from the columns it reads, and fail by name once the file has changed', async () => {
    const file = join(scratch, 'lazy.ansinh');
    await saveColumnar(fromRows, file);
    const reopened = await loadColumnar(file);
    expect(columnarCoverageRates(reopened, '2025-01')).toEqual(columnarCoverageRates(fromRows, '2025-01'));
    // A column not read yet is read from the file as it is now: a file changed since is refused.
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    expect(() => reopened.paidVnd[3]).toThrow(SnapshotError);
    expect(() => reopened.ids).toThrow(/changed since it was opened/u);
    // What was read before stays read.
    expect(reopened.channel[reopened.months.indexOf('2025-01')]).toEqual(
      fromRows.channel[fromRows.months.indexOf('2025-01')],
    );
    // Read at once, nothing depends on the file after.
    const eager = await loadColumnar(file, { lazy: false });
    rmSync(file);
    expect(eager).toEqual(fromRows);
  });

  it('read the files of version 2 (keys as JSON)', async () => {
    const file = join(scratch, 'v2.ansinh');
    versionTwo(fromRows, file);
    expect(await loadColumnar(file)).toEqual(fromRows);
  });

  it('refuse what is not a snapshot, a cut file, a missing file and a header that does not fit, by name', async () => {
    const text = join(scratch, 'not-a-snapshot.ansinh');
    writeFileSync(text, 'Mã đối tượng,Họ và tên\n');
    await expect(loadColumnar(text)).rejects.toThrow(SnapshotError);
    await expect(loadColumnar(text)).rejects.toThrow(/not-a-snapshot\.ansinh: .+ \/ not an ansinh snapshot/u);
    const cut = join(scratch, 'cut.ansinh');
    await saveColumnar(generated, cut);
    writeFileSync(cut, readFileSync(cut).subarray(0, 5_000));
    await expect(loadColumnar(cut)).rejects.toThrow(/bytes where the header says/u);
    await expect(loadColumnar(join(scratch, 'nowhere.ansinh'))).rejects.toThrow(
      /cannot be opened \(ENOENT\)/u,
    );
    writeFileSync(cut, Buffer.from([1, 2]));
    await expect(loadColumnar(cut)).rejects.toThrow(/too short/u);
    // A header claiming more people than its columns hold.
    const file = join(scratch, 'liar.ansinh');
    await saveColumnar(generated, file);
    const bytes = readFileSync(file);
    const headLength = bytes.readUInt32LE(0);
    const head = bytes
      .subarray(4, 4 + headLength)
      .toString('utf8')
      .replace(/"size":3000/u, '"size":3001');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(Buffer.byteLength(head));
    writeFileSync(file, Buffer.concat([length, Buffer.from(head), bytes.subarray(4 + headLength)]));
    await expect(loadColumnar(file)).rejects.toThrow(/fewer than the header's 3001 people/u);
  });
  it('refuse a file saved again over the one opened, even of the same size and time', async () => {
    const file = join(scratch, 'again.ansinh');
    await saveColumnar(fromRows, file);
    const { mtime } = statSync(file);
    const opened = await loadColumnar(file);
    expect(opened.commune).toEqual(fromRows.commune);
    // Another register of the same shape, saved over it, its time set back: the same size and time.
    await saveColumnar({ ...fromRows, amountVnd: fromRows.amountVnd.map((v) => v + 1) }, file);
    utimesSync(file, mtime, mtime);
    expect(() => opened.amountVnd).toThrow(/changed since it was opened/u);
  });

  it("refuse a broken header by name when the file is opened, not at a column's first use", async () => {
    const file = join(scratch, 'edited.ansinh');
    await saveColumnar(generated, file);
    const bytes = readFileSync(file);
    const headLength = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.subarray(4, 4 + headLength).toString('utf8'));
    const body = bytes.subarray(4 + headLength);
    const edited = join(scratch, 'edited-2.ansinh');
    const withHeader = (change: (h: Record<string, unknown>) => void) => {
      const copy = structuredClone(header);
      change(copy);
      const head = Buffer.from(JSON.stringify(copy));
      const length = Buffer.alloc(4);
      length.writeUInt32LE(head.byteLength);
      writeFileSync(edited, Buffer.concat([length, head, body]));
      return loadColumnar(edited);
    };
    const arrays = header.arrays as { name: string; type: string; bytes: number }[];
    const cases: [string, (h: Record<string, unknown>) => void, RegExp][] = [
      ['arrays not a list', (h) => (h.arrays = {}), /a broken header \(arrays/u],
      ['a size that is text', (h) => (h.size = '3000'), /a broken header \(size/u],
      ['months not a list', (h) => (h.months = '2025-01'), /a broken header \(months/u],
      [
        'an unknown type',
        (h) => ((h.arrays as typeof arrays)[1] = { ...arrays[1], type: 'toString' } as never),
        /a broken header \(arrays\.1\.type/u,
      ],
      [
        'bytes that are not whole cells',
        (h) => {
          const list = h.arrays as typeof arrays;
          list[1] = { ...(list[1] as (typeof arrays)[number]), bytes: (list[1]?.bytes ?? 0) - 1 };
          list[2] = { ...(list[2] as (typeof arrays)[number]), bytes: (list[2]?.bytes ?? 0) + 1 };
        },
        /not a whole number of cells/u,
      ],
      [
        'an array named twice',
        (h) => {
          const list = h.arrays as typeof arrays;
          list[1] = { ...(list[1] as (typeof arrays)[number]), name: 'commune' };
        },
        /an array named twice/u,
      ],
      ['no word on its keys', (h) => delete h.keys, /how its keys are stored/u],
    ];
    for (const [, change, message] of cases) {
      await expect(withHeader(change)).rejects.toThrow(SnapshotError);
      await expect(withHeader(change)).rejects.toThrow(message);
    }
  });

  it('refuse keys stored as JSON that are not one text a person (version 2)', async () => {
    const file = join(scratch, 'v2-keys.ansinh');
    const numbers = (fromRows.ids ?? []).map((_, i) => i);
    for (const ids of [['only-one'], numbers] as unknown as string[][]) {
      versionTwo({ ...fromRows, ids }, file);
      const opened = await loadColumnar(file);
      expect(() => opened.ids).toThrow(/its beneficiary keys cannot be read/u);
    }
  });

  it('keep a value set on a column, as a property of any object keeps it', async () => {
    const file = join(scratch, 'set.ansinh');
    await saveColumnar(generated, file);
    const opened = await loadColumnar(file);
    const mutable = opened as { -readonly [K in keyof ColumnarRegister]: ColumnarRegister[K] };
    mutable.amountVnd = new Uint32Array(generated.size);
    (opened.channel as Uint8Array[])[0] = new Uint8Array(generated.size);
    expect(opened.amountVnd.every((v) => v === 0)).toBe(true);
    expect(opened.channel[0]?.every((v) => v === 0)).toBe(true);
  });
});
