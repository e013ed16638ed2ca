import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createColumnarBuilder, synthesizeDistrict } from '@ansinh/core';
import { afterAll, describe, expect, it } from 'vitest';
import { borrowWorker, giveBack, stopWorker } from '../src/columnar/worker-pool.js';
import {
  CsvFormatError,
  closeWorkerThreads,
  idleWorkerThreads,
  readColumnar,
  readRegisterColumnar,
  writePaymentsCsv,
  writeRegisterCsv,
} from '../src/index.js';
import { units } from './fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'ansinh-pool-'));
afterAll(async () => {
  await closeWorkerThreads();
  rmSync(scratch, { recursive: true, force: true });
});

const district = synthesizeDistrict(units, { seed: 21 });
const registerFile = join(scratch, 'register.csv');
writeFileSync(registerFile, writeRegisterCsv(district.register, { reveal: true }));

/** The register read with `workers` threads beside the main one, in slices of a megabyte. */
async function readWith(workers: number) {
  const builder = createColumnarBuilder({ from: '2025-01', to: '2025-01' });
  const taken: boolean[] = [];
  const report = await readRegisterColumnar(registerFile, builder, {
    workers,
    sliceBytes: 1 << 20,
    onSlice: (slice) => taken.push(slice.taken),
  });
  return { report, columns: builder.finish(), taken };
}

describe('worker threads kept between reads', () => {
  it('lends a read threads kept from the one before, and the answer is the same as from new threads', async () => {
    await closeWorkerThreads();
    expect(idleWorkerThreads()).toBe(0);
    const alone = await readWith(0);
    const first = await readWith(2);
    // The threads answered: kept, idle, for the next read (as many as the machine has cores at most).
    const kept = idleWorkerThreads();
    expect(kept).toBeGreaterThan(0);
    const second = await readWith(2);
    expect(idleWorkerThreads()).toBe(kept);
    for (const read of [first, second]) {
      expect(read.report).toEqual(alone.report);
      expect(read.columns).toEqual(alone.columns);
      expect(read.taken.length).toBeGreaterThan(0);
      expect(read.taken.every(Boolean)).toBe(true);
    }
    await closeWorkerThreads();
    expect(idleWorkerThreads()).toBe(0);
  });

  it('keeps the payment threads of readColumnar too, with the same answer', async () => {
    await closeWorkerThreads();
    const payments = ['2025-01', '2025-02'].map((month) => {
      const file = join(scratch, `payments-${month}.csv`);
      writeFileSync(file, writePaymentsCsv(district.payments.filter((p) => p.period === month)));
      return file;
    });
    const read = (workers: number) =>
      readColumnar({ register: registerFile, payments, from: '2025-01', to: '2025-02', workers });
    const alone = await read(0);
    const first = await read(2);
    expect(idleWorkerThreads()).toBeGreaterThan(0);
    const second = await read(2);
    for (const other of [first, second]) {
      expect(other.columns).toEqual(alone.columns);
      expect(other.payments).toEqual(alone.payments);
      expect(other.paymentTallies).toEqual(alone.paymentTallies);
    }
    expect(alone.paymentTallies.reduce((sum, t) => sum + t.stored, 0)).toBeGreaterThan(0);
  });

  it("reads payments on the register's threads once it is read, and stops those it has no file for", async () => {
    await closeWorkerThreads();
    const files = ['2025-01', '2025-02', '2025-03'].map((month) => {
      const file = join(scratch, `threads-${month}.csv`);
      writeFileSync(file, writePaymentsCsv(district.payments.filter((p) => p.period === month)));
      return file;
    });
    const read = (payments: readonly string[], workers: number) =>
      readColumnar({ register: registerFile, payments, from: '2025-01', to: '2025-03', workers });
    const alone = await read(files, 0);
    // Three workers and three files: the register's two threads (begun for payments here, the register
    // being too small to cut) go on to read payments beside the one begun with it, and are kept, as many
    // as the machine has cores.
    const three = await read(files, 3);
    expect(three.columns).toEqual(alone.columns);
    expect(three.payments).toEqual(alone.payments);
    expect(idleWorkerThreads()).toBe(Math.min(3, availableParallelism()));
    // One file for three workers: one thread reads it; the register's two are not kept idle.
    await closeWorkerThreads();
    const one = await read(files.slice(0, 1), 3);
    expect(one.payments).toEqual(alone.payments.slice(0, 1));
    expect(idleWorkerThreads()).toBe(1);
    await closeWorkerThreads();
  });

  it('does not keep payment threads stopped mid-file by a register that fails: the next read is right', async () => {
    await closeWorkerThreads();
    // Every month's payments in a file of its own, for the threads to be reading when the register fails.
    const months = [...new Set(district.payments.map((p) => p.period))].sort();
    const payments = months.map((month) => {
      const file = join(scratch, `all-${month}.csv`);
      writeFileSync(file, writePaymentsCsv(district.payments.filter((p) => p.period === month)));
      return file;
    });
    const broken = join(scratch, 'register-broken.csv');
    const [header, ...body] = writeRegisterCsv(district.register, { reveal: true }).split('\n');
    writeFileSync(broken, [header, ...body.slice(0, 3), `"${body[3] ?? ''}`].join('\n'));
    const read = (register: string, files: readonly string[], workers: number) =>
      readColumnar({ register, payments: files, from: months[0] ?? '', to: months.at(-1) ?? '', workers });
    // The files in the other order for the read after: an answer a thread kept busy sent late would be
    // another file's.
    const reversed = [...payments].reverse();
    const alone = await read(registerFile, reversed, 0);
    const error = await read(broken, payments, 2).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CsvFormatError);
    const again = await read(registerFile, reversed, 2);
    expect(again.columns).toEqual(alone.columns);
    expect(again.payments).toEqual(alone.payments);
    expect(again.paymentTallies).toEqual(alone.paymentTallies);
  });

  it('keeps a thread given back once, warm once it has answered a job, and none that has stopped', async () => {
    await closeWorkerThreads();
    const fresh = borrowWorker();
    expect(fresh.warm).toBe(false);
    giveBack(fresh);
    giveBack(fresh);
    expect(idleWorkerThreads()).toBe(1);
    // Kept without having had a job: not warm.
    const unused = borrowWorker();
    expect(unused.warm).toBe(false);
    expect(idleWorkerThreads()).toBe(0);
    giveBack(unused);
    // A read's thread has answered its slice: kept, warm.
    await readWith(1);
    expect(idleWorkerThreads()).toBe(1);
    const used = borrowWorker();
    expect(used.warm).toBe(true);
    // Stopped, then given back: not kept, and the next read starts a thread of its own.
    await stopWorker(used);
    giveBack(used);
    expect(idleWorkerThreads()).toBe(0);
    const after = await readWith(1);
    expect(after.taken).toEqual([true]);
    expect(idleWorkerThreads()).toBe(1);
  });

  it('does not keep a process alive: a script that read with threads ends by itself', () => {
    const script = join(scratch, 'read-and-end.mts');
    writeFileSync(
      script,
      [
        `import { createColumnarBuilder } from ${JSON.stringify(join(root, 'packages/core/src/index.ts'))};`,
        `import { idleWorkerThreads, readRegisterColumnar } from ${JSON.stringify(join(root, 'packages/io/src/index.ts'))};`,
        `const builder = createColumnarBuilder({ from: '2025-01', to: '2025-01' });`,
        `await readRegisterColumnar(${JSON.stringify(registerFile)}, builder, { workers: 1, sliceBytes: 1 << 20 });`,
        `console.log('kept', idleWorkerThreads());`,
        // Ended by itself, the process still has its thread kept; held alive by it, it would end only once
        // the thread was stopped, unused, with none kept.
        `process.on('exit', () => console.log('kept at the end', idleWorkerThreads()));`,
      ].join('\n'),
    );
    const out = execFileSync(join(root, 'node_modules/.bin/tsx'), ['--conditions=@ansinh/source', script], {
      cwd: join(root, 'packages/io'),
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(out.trim().split('\n')).toEqual(['kept 1', 'kept at the end 1']);
  });
});
