import type { Output } from '../output.js';

/**
 * A progress reporter for long work: a bar redrawn in place on a terminal, a line every 10% otherwise
 * (logs, CI), always on standard error.
 */
export function progress(out: Output, label: string): (done: number, total: number) => void {
  let lastTenth = -1;
  return (done, total) => {
    const share = total === 0 ? 1 : done / total;
    const tenth = Math.floor(share * 10);
    if (out.columns !== undefined) {
      const width = 30;
      const filled = Math.round(share * width);
      process.stderr.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(share * 100)}%`,
      );
      if (done >= total) process.stderr.write('\n');
    } else if (tenth > lastTenth) {
      lastTenth = tenth;
      out.error(`${label} ${tenth * 10}%`);
    }
  };
}
