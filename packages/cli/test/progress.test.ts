import { describe, expect, it } from 'vitest';
import { progress } from '../src/render/progress.js';

describe('progress(out, label)', () => {
  it('prints a line every tenth through out.error when standard error is no terminal', () => {
    const lines: string[] = [];
    const bar = progress({ print: () => {}, error: (l) => lines.push(l) }, 'Đang đọc a.csv');
    for (let done = 0; done <= 100; done += 5) bar(done, 100);
    expect(lines).toEqual(Array.from({ length: 11 }, (_, i) => `Đang đọc a.csv ${i * 10}%`));
  });

  it('redraws one line through out.redraw on a terminal, and ends it when done', () => {
    const drawn: [string, boolean][] = [];
    const bar = progress(
      { print: () => {}, error: () => {}, redraw: (text, done) => drawn.push([text, done]) },
      'Reading',
    );
    bar(50, 100);
    bar(100, 100);
    expect(drawn).toEqual([
      [`Reading [${'#'.repeat(15)}${'.'.repeat(15)}] 50%`, false],
      [`Reading [${'#'.repeat(30)}] 100%`, true],
    ]);
  });
});
