import type { Output } from '../output.js';

/**
 * A progress reporter for long work, always on standard error through the output: a bar redrawn in place
 * when standard error is a terminal (`out.redraw`), else a line every 10% (logs, CI, a pipe).
 */
export function progress(out: Output, label: string): (done: number, total: number) => void {
  let lastTenth = -1;
  return (done, total) => {
    const share = total === 0 ? 1 : done / total;
    const tenth = Math.floor(share * 10);
    if (out.redraw !== undefined) {
      const width = 30;
      const filled = Math.round(share * width);
      out.redraw(
        `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(share * 100)}%`,
        done >= total,
      );
    } else if (tenth > lastTenth) {
      lastTenth = tenth;
      out.error(`${label} ${tenth * 10}%`);
    }
  };
}
