import { open } from 'node:fs/promises';

/**
 * The bytes of file `path` from `start` up to `end` (exclusive; the file's end by default), in pieces of
 * at most `size` bytes read into one buffer, reused: each piece is valid until the next is asked for, so
 * a reader that keeps bytes past that copies them (the line feeder does). `createReadStream` gives a new
 * buffer a piece: a payment list's megabyte pieces were, at province scale, some 230 MB of buffers a load
 * for the collector to find and free (docs/benchmarks.md). Fails as `createReadStream` does (`ENOENT`,
 * `EISDIR`: Node's own errors, naming the path). O(bytes).
 */
export async function* filePieces(
  path: string,
  options: { readonly start?: number; readonly end?: number; readonly size: number },
): AsyncGenerator<Buffer, void, undefined> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(options.size);
    let at = options.start ?? 0;
    for (;;) {
      const want = options.end === undefined ? buffer.length : Math.min(buffer.length, options.end - at);
      if (want <= 0) return;
      const { bytesRead } = await handle.read(buffer, 0, want, at);
      if (bytesRead === 0) return;
      at += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
