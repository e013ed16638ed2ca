import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { filePieces } from '../src/read/file-pieces.js';

const scratch = mkdtempSync(join(tmpdir(), 'ansinh-pieces-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every piece copied as it comes (each is valid only until the next is asked for). */
async function collect(pieces: AsyncIterable<Uint8Array>): Promise<{ bytes: Buffer; sizes: number[] }> {
  const parts: Buffer[] = [];
  for await (const piece of pieces) parts.push(Buffer.from(piece));
  return { bytes: Buffer.concat(parts), sizes: parts.map((p) => p.length) };
}

const errorOf = (work: () => Promise<unknown>) =>
  work().then(
    () => undefined,
    (error: NodeJS.ErrnoException) => ({ code: error.code, message: error.message }),
  );

describe('filePieces(path, { start, end, size })', () => {
  const file = join(scratch, 'bytes.bin');
  const content = Buffer.from(Array.from({ length: 10_007 }, (_, i) => (i * 131 + 7) % 256));
  writeFileSync(file, content);

  it("gives the file's bytes from start to end in pieces of at most size, as createReadStream does", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(10_100),
        fc.option(fc.nat(10_100), { nil: undefined }),
        fc.integer({ min: 1, max: 4_000 }),
        async (start, end, size) => {
          const ours = await collect(
            filePieces(file, { start, ...(end === undefined ? {} : { end }), size }),
          );
          const expected = content.subarray(start, end === undefined ? undefined : Math.max(start, end));
          expect(ours.bytes.equals(expected)).toBe(true);
          for (const piece of ours.sizes) expect(piece).toBeLessThanOrEqual(size);
          // Node's stream over the same range (its `end` is inclusive).
          if (end === undefined || end > start) {
            const theirs = await collect(
              createReadStream(file, {
                start,
                ...(end === undefined ? {} : { end: end - 1 }),
                highWaterMark: size,
              }),
            );
            expect(ours.bytes.equals(theirs.bytes)).toBe(true);
          }
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });

  it('reuses one buffer, so a piece kept past the next one changes: readers copy what they keep', async () => {
    const kept: Uint8Array[] = [];
    for await (const piece of filePieces(file, { size: 1_000 })) kept.push(piece);
    expect(kept.length).toBe(11);
    expect(kept[0]?.buffer).toBe(kept[1]?.buffer);
  });

  it('fails as createReadStream does for a file that does not exist or is a folder', async () => {
    for (const path of [join(scratch, 'missing.csv'), scratch]) {
      const ours = await errorOf(() => collect(filePieces(path, { size: 1 << 16 })));
      const theirs = await errorOf(() => collect(createReadStream(path)));
      expect(ours, path).toEqual(theirs);
      expect(ours?.code).toMatch(/^(ENOENT|EISDIR)$/u);
    }
  });
});
