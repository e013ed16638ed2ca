// Input as it arrives: the same article in NFD, with non-breaking spaces, Windows or old Mac line endings,
// or as a whole page with menus, captions and related-news lists, gives the same figures; nothing is taken
// from page furniture; huge or odd inputs finish without a stack overflow. The article is written for
// these tests.
import { type ExtractedFigure, extractFigures, readPage, splitSentences } from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import { summary } from './extract-helpers.js';

const article = [
  'Tính đến hết tháng 9/2024, huyện Yên Thành có 6.240 đối tượng hưởng trợ cấp hàng tháng, trong đó 5.812 người đã có tài khoản, đạt 93,14%.',
  'Trong tháng 9/2024, huyện đã chi trả qua tài khoản cho 5.604 người, với tổng số tiền hơn 9,2 tỷ đồng.',
  'Xã Hợp Thành (huyện Yên Thành) có 100% đối tượng nhận trợ cấp qua tài khoản.',
].join('\n');

const page = [
  'https://baonghean-example.vn/xa-hoi/yen-thanh-chi-tra-qua-tai-khoan-a1234.html',
  'Yên Thành đẩy mạnh chi trả qua tài khoản',
  '',
  'Trang chủ | Thời sự | Xã hội | Kinh tế | Video',
  'Thứ Ba, 15/10/2024 09:15',
  'Chia sẻ',
  article.split('\n')[0],
  'Cán bộ xã Hợp Thành hướng dẫn người dân mở tài khoản. Ảnh: Minh Quân',
  'Cán bộ xã Hợp Thành hướng dẫn người dân mở tài khoản. Ảnh: Minh Quân',
  article.split('\n')[1],
  article.split('\n')[2],
  'Minh Quân',
  'Ý kiến bạn đọc',
  'Tin liên quan',
  '- Quỳnh Lưu: 96% người có công nhận trợ cấp qua tài khoản (05/04/2024)',
  '- Huyện Nghi Lộc có 4.100 người hưởng trợ cấp, đã có 3.900 người có tài khoản, đạt 95,12%',
  '- Diễn Châu chi trả hơn 5 tỷ đồng qua ngân hàng',
].join('\n');

const essentials = (figures: readonly ExtractedFigure[]) => figures.map(summary);
const clean = extractFigures(article);

describe('extractFigures(text) on input as it arrives', () => {
  it('finds the article’s figures', () => {
    expect(essentials(clean).map((f) => [f.place, f.what, f.numbers])).toEqual([
      ['huyện Yên Thành', 'count:monthly_beneficiaries', ['6240']],
      ['huyện Yên Thành', 'account_rate', ['5812', '6240', '93.14%']],
      ['huyện Yên Thành', 'count:paid_through_account', ['5604']],
      ['huyện Yên Thành', 'amount:account', ['over 9200000000']],
      ['xã Hợp Thành', 'paid_through_account_rate', [null, null, '100%']],
    ]);
  });

  it('gives the same figures from decomposed (NFD) text, with every quote still the input at its offsets', () => {
    const nfd = article.normalize('NFD');
    const figures = extractFigures(nfd);
    expect(essentials(figures)).toEqual(essentials(clean));
    for (const figure of figures) {
      for (const [i, span] of figure.spans.entries())
        expect(nfd.slice(span.start, span.end)).toBe(figure.quotes[i]);
      for (const e of figure.evidence) expect(nfd.slice(e.span.start, e.span.end)).toBe(e.span.text);
    }
  });

  it('gives the same figures with non-breaking and thin spaces, zero-width marks and a byte-order mark', () => {
    const odd = `\ufeff${article.replaceAll(' ', '\u00a0').replaceAll('%', '\u202f%').replace('hơn', 'h\u200bơn')}`;
    expect(essentials(extractFigures(odd))).toEqual(essentials(clean));
  });

  it('gives the same figures with Windows (\\r\\n) and old Mac (\\r) line endings', () => {
    expect(essentials(extractFigures(article.replaceAll('\n', '\r\n')))).toEqual(essentials(clean));
    expect(essentials(extractFigures(article.replaceAll('\n', '\r')))).toEqual(essentials(clean));
  });

  it('gives the same figures from the whole page, and nothing from its menus, captions or related news', () => {
    for (const variant of [page, page.replaceAll('\n', '\r\n'), page.normalize('NFD')]) {
      expect(essentials(extractFigures(variant))).toEqual(essentials(clean));
    }
  });

  it('readPage(text) says which lines are the article, metadata and furniture', () => {
    const kinds = readPage(page).lines.map((l) => l.kind);
    expect(kinds).toEqual([
      'metadata',
      'heading',
      'furniture',
      'metadata',
      'furniture',
      'text',
      'text',
      'text',
      'text',
      'text',
      // the byline, the comment box and the related-news list: furniture
      'furniture',
      'furniture',
      'furniture',
      'furniture',
      'furniture',
      'furniture',
    ]);
    expect(readPage(page)).toMatchObject({
      url: 'https://baonghean-example.vn/xa-hoi/yen-thanh-chi-tra-qua-tai-khoan-a1234.html',
      title: 'Yên Thành đẩy mạnh chi trả qua tài khoản',
      publishedOn: '2024-10-15',
      language: 'vi',
    });
  });

  it('splitSentences(text) keeps abbreviations and numbers whole', () => {
    expect(
      splitSentences(
        'Ms. Chau said Directive No. 21 helped. Huyện có 17.472 người. TP.Hội An có 9.000 người.',
      ).map((s) => s.text),
    ).toEqual([
      'Ms. Chau said Directive No. 21 helped.',
      'Huyện có 17.472 người.',
      'TP.Hội An có 9.000 người.',
    ]);
  });
});

describe('extractFigures(text) on huge and odd input', () => {
  it('finishes on 10 MB of digits without a stack overflow, and finds no figure in them', () => {
    expect(extractFigures('7'.repeat(10_000_000))).toEqual([]);
    expect(extractFigures(`Huyện A có ${'9'.repeat(5_000_000)} người hưởng trợ cấp.`)).toEqual([]);
  });

  it('finds every one of 20.000 figures in one page', () => {
    const lines = Array.from(
      { length: 20_000 },
      (_, i) => `Xã Số ${i + 1} có ${1000 + i} đối tượng hưởng trợ cấp hàng tháng.`,
    );
    const figures = extractFigures(lines.join('\n'));
    expect(figures).toHaveLength(20_000);
    expect(
      figures.at(-1)?.kind === 'count' && figures.at(-1)?.kind === 'count'
        ? summary(figures.at(-1) as ExtractedFigure).numbers
        : [],
    ).toEqual(['20999']);
  });

  it('finds 20.000 figures in one line without sentence breaks', () => {
    const line = Array.from(
      { length: 20_000 },
      (_, i) => `xã B${i} có ${1000 + i} đối tượng hưởng trợ cấp`,
    ).join('; ');
    expect(() => extractFigures(`Huyện A: ${line}.`)).not.toThrow();
  });

  it('gives 130.000 percents of one place in one sentence without a stack overflow', () => {
    const percents = Array.from({ length: 130_000 }, (_, i) => `${i % 100}%`).join(' và ');
    expect(() =>
      extractFigures(`Tỉnh Quảng Nam: tỷ lệ chi trả qua tài khoản đạt ${percents}.`),
    ).not.toThrow();
  });

  it('reads past a menu of many items with a digit in one, 100.000 one-word lines and a run of 200.000 dots', () => {
    const menu = `${'Trang chủ | '.repeat(30)}Tin 24h`;
    expect(
      extractFigures(`${menu}\nHuyện A có 200 đối tượng, trong đó 150 người có tài khoản, đạt 75%.`),
    ).toHaveLength(2);
    expect(extractFigures('Tin tức\n'.repeat(100_000))).toEqual([]);
    // A run of 200.000 dots is read once; the sentence after it still comes out.
    const afterDots = extractFigures(
      `Huyện A có 200 người hưởng trợ cấp${'.'.repeat(200_000)} Xã B có 100 người hưởng trợ cấp.`,
    );
    expect(afterDots.at(-1)?.locality.name).toBe('B');
  });
});

describe('extractFigures(text): the same numbers for two places are two figures', () => {
  it('keeps “Huyện A có 5/16 xã đạt trên 95%” and “Huyện B có 5/16 xã đạt trên 95%” apart', () => {
    const figures = extractFigures(
      'Huyện Mường Lát có 5/16 xã đạt trên 95%.\nHuyện Quan Sơn có 5/16 xã đạt trên 95%.',
    );
    expect(figures.map((f) => f.locality.name)).toEqual(['Mường Lát', 'Quan Sơn']);
  });

  it('still merges a title with the body’s statement of the same figure', () => {
    const page =
      'Tây Ninh: 376/376 người có tài khoản, đạt 100%\n\nĐến nay, xã Tây Ninh có 376/376 người có tài khoản, đạt 100%.';
    expect(extractFigures(page).map((f) => f.locality.level)).toEqual(['commune']);
  });
});

describe('extractFigures(text): numbers as web pages write them', () => {
  it('reads thousands grouped by spaces, non-breaking or thin spaces and “&nbsp;” left in the text', () => {
    for (const space of [' ', '\u00a0', '\u202f', '&nbsp;']) {
      const text = `Huyện A có 12${space}400 người hưởng trợ cấp; đã có 11${space}780 người được chi trả qua tài khoản, đạt 95%.`;
      const rate = extractFigures(text).find((f) => f.kind === 'rate');
      expect(rate?.kind === 'rate' && [rate.numerator?.value, rate.denominator?.value]).toEqual([
        11_780, 12_400,
      ]);
      if (rate !== undefined) {
        for (const span of rate.spans)
          expect(text.slice(span.start, span.end)).toBe(rate.quotes[rate.spans.indexOf(span)]);
      }
    }
  });

  it('does not join a month and a count: “tháng 12 500 người” is not 12.500', () => {
    const counts = extractFigures('Trong tháng 12 500 người ở huyện A đã mở tài khoản.').flatMap((f) =>
      f.kind === 'count' ? [f.count.value] : [],
    );
    expect(counts).toEqual([500]);
  });
});
