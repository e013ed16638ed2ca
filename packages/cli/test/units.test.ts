import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

describe('ansinh units find', () => {
  it('lists every unit named "Tây Ninh" with the units above it and what it became in 2025', async () => {
    const { code, out } = await run('units', 'find', 'Tây Ninh', '--json');
    expect(code).toBe(0);
    const units = JSON.parse(out).units as {
      code: string;
      level: string;
      within: { code: string }[];
      successors: { code: string; name: string; relation: string }[];
      predecessors: { code: string }[];
    }[];
    expect(units.map((u) => [u.level, u.code, u.within.map((w) => w.code)])).toEqual([
      ['province', '72', []],
      ['district', '703', ['72']],
      ['commune', '12994', ['342', '34']],
      ['province', '80', []],
    ]);
    // The old province and the commune went whole into one unit each; the new province is two old ones.
    expect(units[0]?.successors.map((s) => [s.code, s.relation])).toEqual([['80', 'whole']]);
    expect(units[2]?.successors.map((s) => [s.name, s.relation])).toEqual([['Tiền Hải', 'whole']]);
    expect(units[3]?.predecessors.map((p) => p.code)).toEqual(['72', '80']);
  });

  it('prints a table in either language, and finds a name without diacritics or by code', async () => {
    const vi = await run('units', 'find', 'tay luong');
    expect(vi.code).toBe(0);
    expect(vi.out).toContain('xã Tây Lương');
    expect(vi.out).toContain('nay là xã Tiền Hải (12970)');
    const en = await run('units', 'find', '--code', '00556', '--lang', 'en');
    expect(en.out).toContain('1 unit matches "00556"');
    expect(en.out).toContain('now xã Thuận An (00562, part, all its people)');
    expect(en.out).toContain('now xã Phù Đổng (00541, part)');
  });

  it('narrows a common name to a province, and says so when nothing matches', async () => {
    const all = JSON.parse((await run('units', 'find', 'xã Tân Lập', '--json')).out).units as unknown[];
    expect(all.length).toBeGreaterThan(10);
    const one = await run('units', 'find', 'xã Tân Lập', '--in', 'Bắc Giang', '--json');
    const inProvince = JSON.parse(one.out).units as { within: { name: string }[] }[];
    expect(inProvince.length).toBeGreaterThan(0);
    expect(inProvince.length).toBeLessThan(all.length);
    for (const unit of inProvince) expect(unit.within.map((w) => w.name)).toContain('Bắc Giang');
    const none = await run('units', 'find', 'Atlantis');
    expect([none.code, none.out]).toEqual([1, 'Không có đơn vị nào khớp "Atlantis".']);
  });

  it('finds provinces by their other names and dashes spaced any way, and refuses an unknown --in place', async () => {
    const codes = async (...args: string[]) =>
      (JSON.parse((await run('units', 'find', ...args, '--json')).out).units as { code: string }[]).map(
        (u) => u.code,
      );
    expect(await codes('TP.HCM')).toEqual(['79', '79']);
    expect(await codes('Bà Rịa-Vũng Tàu')).toEqual(['77']);
    expect(await codes('Thừa Thiên Huế')).toEqual(['46', '46']);
    const nowhere = await run('units', 'find', 'Tân Lập', '--in', 'Narnia');
    expect(nowhere.code).toBe(2);
    expect(nowhere.err).toContain('Narnia');
    // A name with terminal escapes is printed with them made visible, never sent to the terminal.
    const escaped = await run('units', 'find', '\u001b[31mGia Lâm');
    expect(escaped.out).not.toContain('\u001b');
  });

  it('refuses a call without "find", without a name, or with both a name and a code; and a broken units file', async () => {
    expect((await run('units', 'list')).code).toBe(2);
    expect((await run('units', 'find')).code).toBe(2);
    expect((await run('units', 'find', 'xã')).code).toBe(2);
    expect((await run('units', 'find', '--code', 'abc')).code).toBe(2);
    const both = await run('units', 'find', 'Tây Ninh', '--code', '80');
    expect(both.code).toBe(2);
    expect(both.err).toContain('not both');
    const dir = mkdtempSync(join(tmpdir(), 'ansinh-units-'));
    const broken = join(dir, 'units.csv');
    writeFileSync(broken, 'code,level\n01,province\n');
    const refused = await run('units', 'find', 'Hà Nội', '--units', broken);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(broken);
    expect(refused.err).toContain('line 1');
    expect(refused.err).not.toMatch(/\n\s+at /u);
  });
});
