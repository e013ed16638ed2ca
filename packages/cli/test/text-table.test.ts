import { describe, expect, it } from 'vitest';
import {
  capCell,
  displayWidth,
  keepTogether,
  maxCellLength,
  renderTextTable,
  wrap,
} from '../src/render/text-table.js';

const columns = [
  { heading: 'Địa bàn', maxWidth: 20 },
  { heading: 'Lý do', maxWidth: 40 },
];
const rows = [
  ['huyện Tiền Hải', 'Nếu chia cho người đã có tài khoản (17.472) sẽ ra 99,18%, không phải 99,16%.'],
  ['xã Tây Lương', 'Tử số: “trên 900”; mẫu số: không được nêu.'],
];
const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('renderTextTable(columns, rows, totalWidth)', () => {
  it('wraps cells to their column’s maximum width and counts Vietnamese letters as one column', () => {
    expect(displayWidth('Tây Lương'.normalize('NFD'))).toBe(9);
    const table = renderTextTable(columns, rows);
    expect(widest(table)).toBeLessThanOrEqual(14 + 3 + 40);
    expect(table.split('\n').length).toBeGreaterThan(rows.length + 2);
    expect(table.split('\n')[0]).toBe('Địa bàn        │ Lý do');
  });

  it('narrows the widest columns to fit a total width, never below their longest word', () => {
    expect(widest(renderTextTable(columns, rows, 40))).toBe(40);
    const squeezed = renderTextTable(columns, rows, 10);
    expect(widest(squeezed)).toBe(displayWidth('Lương') + 3 + displayWidth('(17.472)'));
  });

  it('keeps text marked keepTogether on one line and prints its spaces as spaces', () => {
    const table = renderTextTable(
      [{ heading: 'Công bố', maxWidth: 8 }],
      [[keepTogether('17.472/17.475 → 99,98%')]],
    );
    expect(table).toContain('17.472/17.475 → 99,98%');
    expect(table).not.toContain('\u00a0');
  });
});

describe('wrap(text, width)', () => {
  it('breaks on spaces and puts a longer word on a line of its own', () => {
    expect(wrap('một hai ba bốn', 7)).toEqual(['một hai', 'ba bốn']);
    expect(wrap('17.472/17.475', 5)).toEqual(['17.472/17.475']);
  });
});

describe('renderTextTable(columns, rows) at any size', () => {
  it('renders 300 000 rows without overflowing the stack', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => [`xã ${i}`, 'khớp']);
    const table = renderTextTable(columns, many);
    expect(table.split('\n')).toHaveLength(300_002);
  });

  it('cuts a cell longer than maxCellLength with “…”, and renders it', () => {
    const reason = 'Văn bản nêu lại cùng số '.repeat(10_000);
    expect(capCell(reason)).toHaveLength(maxCellLength);
    expect(capCell(reason).endsWith('…')).toBe(true);
    expect(capCell('ngắn')).toBe('ngắn');
    const table = renderTextTable(columns, [['xã A', reason]]);
    expect(table.length).toBeLessThan(maxCellLength * 2);
    expect(table).toContain('…');
  });

  it('renders a single word of 100 000 letters in its own wide column', () => {
    const word = 'a'.repeat(100_000);
    expect(() => renderTextTable(columns, [[word, word]])).not.toThrow();
  });

  it('renderTextTable(columns, rows) shows the control characters of a cell as visible stand-ins', () => {
    const table = renderTextTable(columns, [
      ['\u001b[31mhuyện A\u001b[0m', 'trang\u0007 có\u009b2J mã\tđiều khiển\u007f'],
    ]);
    expect(table).not.toMatch(/(?!\n)\p{Cc}/u);
    expect(table).toContain('␛[31mhuyện A␛[0m');
    expect(table).toContain('trang␇ có�2J mã điều khiển␡');
  });
});
