import { open } from 'node:fs/promises';

/** Bytes looked at to guess how long a file's lines are. */
const sampleBytes = 1 << 18;
/** Files smaller than this are not guessed at: their tables grow a few times at most, quickly. */
const smallestFile = 4 << 20;
const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const oleMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** No row of a list is shorter than this many bytes: a guess is never above the file's size over it. */
const shortestLine = 16;

/**
 * About how many lines a large text file holds, to size the tables its rules make and the index of a
 * register's keys at once, instead of growing them (a hint, never a count): the file's size over the
 * length of the lines in 256 KiB from its middle, where the rows are (titles and headers are at the
 * top), and 5% more. `undefined` for a file under 4 MiB, a workbook, one that cannot be read, or a
 * sample of fewer than 16 lines. O(1).
 */
export async function expectedLines(path: string): Promise<number | undefined> {
  try {
    const file = await open(path, 'r');
    try {
      const { size } = await file.stat();
      if (!(size >= smallestFile)) return undefined;
      // A workbook (a zip, or an old binary workbook) has no lines to count.
      const magic = Buffer.alloc(4);
      await file.read(magic, 0, 4, 0);
      if (magic.equals(zipMagic) || magic.equals(oleMagic)) return undefined;
      const buffer = Buffer.alloc(sampleBytes);
      const { bytesRead } = await file.read(buffer, 0, sampleBytes, Math.floor((size - sampleBytes) / 2));
      const sample = buffer.subarray(0, bytesRead);
      let lines = 0;
      for (let at = sample.indexOf(0x0a); at !== -1; at = sample.indexOf(0x0a, at + 1)) lines += 1;
      if (lines < 16) return undefined;
      return Math.min(Math.ceil(((size * lines) / bytesRead) * 1.05), Math.floor(size / shortestLine));
    } finally {
      await file.close();
    }
  } catch {
    return undefined;
  }
}
