import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
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
    await expect(loadColumnar(text)).rejects.toThrow(/not-a-snapshot\.ansinh: not an ansinh snapshot/u);
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
});
