import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  articleEnd,
  checkPublishedFigures,
  type ExtractedFigure,
  extractFigures,
  figurePeriodKey,
  findLocalities,
  findNumbers,
  findPeriod,
  flattenFigureSet,
  type PublishedFigureSet,
  splitSentences,
} from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, tienHai, units } from './fixtures.js';

type Figure = PublishedFigureSet['figures'][number];

/** What must agree between an extracted figure and the recorded one. */
function essentials(figure: Figure) {
  const count = (c: { value: number; qualifier: string; population: string; basis: string } | null) =>
    c === null ? null : [c.value, c.qualifier, c.population, c.basis];
  return {
    kind: figure.kind,
    place: [figure.locality.level, figure.locality.code ?? figure.locality.name],
    period: figurePeriodKey(figure.period),
    group: figure.group,
    ...(figure.kind === 'rate'
      ? {
          indicator: figure.indicator,
          numerator: count(figure.numerator),
          denominator: count(figure.denominator),
          percent: figure.percent?.value ?? null,
        }
      : figure.kind === 'count'
        ? { count: count(figure.count) }
        : figure.kind === 'amount'
          ? { amount: [figure.amount.value, figure.amount.qualifier] }
          : { indicator: figure.indicator, rank: figure.rank }),
  };
}

const seedFile = join(repositoryRoot, '..', 'shared', 'seed', 'tien-hai-cashless-2025-01.txt');

/** An article rebuilt from the recorded quotes, with a dateline, a byline and page furniture around them. */
const rebuilt = [
  'Tiền Hải: chi trả không dùng tiền mặt (13.09.2024 | 18:13 PM, liên hệ 0227 3831 234)',
  ...new Set(tienHai.figures.flatMap((f) => f.quotes)),
  'Theo Quyết định 1813/QĐ-TTg và Nghị định 20/2021/NĐ-CP, năm 2025 - 2030.',
  'Tin cùng chuyên mục',
  '- Huyện Kiến Xương có 12.000 người hưởng trợ cấp; đã có 11.000 người có tài khoản, đạt 91,67%.',
].join('\n');

function expectQuotesAtOffsets(input: string, figures: readonly ExtractedFigure[]): void {
  for (const figure of figures) {
    figure.spans.forEach((span, i) => {
      expect(input.slice(span.start, span.end)).toBe(figure.quotes[i]);
      expect(span.text).toBe(figure.quotes[i]);
    });
    for (const evidence of figure.evidence)
      expect(input.slice(evidence.span.start, evidence.span.end)).toBe(evidence.span.text);
  }
}

describe('extractFigures(text, { units })', () => {
  it('recovers the recorded figures, and nothing else, from the article’s sentences amid dates, phones, document numbers and page furniture', () => {
    const figures = extractFigures(rebuilt, { units });
    expect(figures.map(essentials)).toEqual(
      // The rebuilt text states Tây Ninh's 376 once, before both of its 100% sentences.
      tienHai.figures.map(essentials),
    );
    expectQuotesAtOffsets(rebuilt, figures);
  });

  it.runIf(existsSync(seedFile))('recovers exactly the figures of the archived article (FACTS §1)', () => {
    const text = readFileSync(seedFile, 'utf8');
    const figures = extractFigures(text, { units });
    expect(figures.map(essentials)).toEqual(tienHai.figures.map(essentials));
    expectQuotesAtOffsets(text, figures);
    const fromText = checkPublishedFigures(flattenFigureSet({ source: tienHai.source, figures }), { units });
    const fromDataset = checkPublishedFigures(flattenFigureSet(tienHai), { units });
    expect(fromText.map((c) => c.verdict)).toEqual(fromDataset.map((c) => c.verdict));
  });

  it('says which words each part came from', () => {
    const paid = extractFigures(rebuilt, { units }).find(
      (f) => f.kind === 'rate' && f.indicator === 'paid_through_account_rate',
    );
    const roles = Object.fromEntries(paid?.evidence.map((e) => [e.role, e.span.text]) ?? []);
    expect(roles).toMatchObject({
      percent: '99,16%',
      numerator: '17.328',
      denominator: '17.475',
      population: 'chi trả qua tài khoản cá nhân',
      period: 'Trong tháng 1/2025',
      locality: 'huyện Tiền Hải',
    });
  });

  it('dates “đến nay” with the publication date when given', () => {
    const figures = extractFigures(rebuilt, { units, publishedOn: '2025-02-10' });
    const rate = figures.find(
      (f) => f.kind === 'rate' && f.indicator === 'account_rate' && f.locality.code === '342',
    );
    // The account rate's clause says when: “đến nay đã có 17.472 người đã có tài khoản ATM, đạt tỷ lệ 99,98%”.
    expect(rate?.period).toEqual({ kind: 'as_of', date: '2025-02-10', asStated: 'đến nay' });
  });

  it('finds nothing in text without figures, and never throws on odd input', () => {
    expect(extractFigures('')).toEqual([]);
    expect(extractFigures('Ngày 10/10/2023, Quyết định 1813/QĐ-TTg; gọi 0912.345.678.')).toEqual([]);
    expect(() => extractFigures('%%% 1.5.5 ,,, trên trên 9 người 100% \u200b xã')).not.toThrow();
  });
});

describe('a percent with its counts written as a ratio in brackets', () => {
  const text = 'Huyện Tiền Hải: tỷ lệ chi trả qua tài khoản đạt 99,16% (17.328/17.475 người).';
  const [figure] = extractFigures(text, { units });

  it('states the numerator as the part before the slash, and its words as that part alone', () => {
    expect(figure?.kind === 'rate' && figure.numerator?.asStated).toBe('17.328');
    expect(figure?.kind === 'rate' && figure.denominator?.asStated).toBe('17.475');
    const numerator = figure?.evidence.find((e) => e.role === 'numerator')?.span;
    expect(numerator && text.slice(numerator.start, numerator.end)).toBe('17.328');
  });
});

describe('the parts of extraction', () => {
  it('articleEnd(text) stops at “Tin cùng chuyên mục”', () => {
    expect(rebuilt.slice(articleEnd(rebuilt))).toMatch(/^Tin cùng chuyên mục\n/u);
  });

  it('splitSentences(text) keeps 17.472 whole and ends sentences at . before a capital', () => {
    expect(
      splitSentences('Có 17.472 người. Đạt 99,98%.\nXã Tây Ninh có 376 người.').map((s) => s.text),
    ).toEqual(['Có 17.472 người.', 'Đạt 99,98%.', 'Xã Tây Ninh có 376 người.']);
  });

  it('findNumbers(text) skips dates, times, document numbers, phones and years', () => {
    const found = findNumbers(
      'Ngày 28/10/2021, 13.09.2024 lúc 18:13, Quyết định 1813/QĐ-TTg, 60-NQ/TW, 20/2021/NĐ-CP, gọi 0227 3831 234 hay 0912.345.678, năm 2024, giai đoạn 2025 - 2030: trên 900 người, 1,2 triệu người, 99,98%.',
    );
    expect(found.map((n) => [n.text, n.qualifier, n.isPercent])).toEqual([
      ['trên 900', 'over', false],
      ['1,2 triệu', 'exact', false],
      ['99,98%', 'exact', true],
    ]);
  });

  it('findLocalities(text, units) resolves typed and bare names to codes, ignores “xã hội”, and reads a bare type word as a reference', () => {
    const mentions = findLocalities(
      'UBND xã Tây Lương và huyện Tiền Hải; Tây Ninh đã xong; bảo trợ xã hội; huyện đã họp.',
      units,
      '2025-01-31',
    );
    expect(mentions.map((m) => [m.text, m.code, m.role])).toEqual([
      ['xã Tây Lương', '12991', 'named'],
      ['huyện Tiền Hải', '342', 'named'],
      ['Tây Ninh', '12994', 'named'],
      // “; huyện đã họp”: the district named before, not a place called “đã”.
      ['huyện', undefined, 'context'],
    ]);
  });

  it('findPeriod(text) reads “hết tháng 12/2024”, “tháng 1/2025”, “năm 2024”, “đến ngày 22/6/2023”, “đến nay”', () => {
    expect(findPeriod('Tính đến hết tháng 12/2024, trên 900')?.period).toMatchObject({
      kind: 'as_of',
      date: '2024-12-31',
    });
    expect(findPeriod('Trong tháng 1/2025, huyện')?.period).toMatchObject({
      kind: 'month',
      month: '2025-01',
    });
    expect(findPeriod('trong năm 2024 có')?.period).toMatchObject({ kind: 'year', year: 2024 });
    expect(findPeriod('tính đến ngày 22/6/2023')?.period).toMatchObject({
      kind: 'as_of',
      date: '2023-06-22',
    });
    expect(findPeriod('cuối tháng 2/2024')?.period).toMatchObject({ kind: 'as_of', date: '2024-02-29' });
    expect(findPeriod('đến nay đã có')?.period).toMatchObject({ kind: 'at_publication' });
    expect(findPeriod('không có gì')).toBeUndefined();
  });
});
