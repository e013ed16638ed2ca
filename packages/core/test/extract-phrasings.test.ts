// The phrasings of real Vietnamese pages, each on sentences written for these tests (a made-up "huyện A",
// "xã B", or real unit names with invented numbers). Third-party text is never copied here.
import { checkPublishedFigures, extractFigures, flattenFigureSet } from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import { figuresOf } from './extract-helpers.js';

describe('extractFigures(text): counts of people, before or after their noun', () => {
  it('reads “Số đối tượng đã có tài khoản là 150 người (75%)”: the subject says what the count counts', () => {
    expect(figuresOf('Huyện A: số đối tượng đã có tài khoản là 150 người (75%).')).toEqual([
      { place: 'huyện A', group: 'all', period: null, what: 'account_rate', numbers: ['150', null, '75%'] },
    ]);
  });

  it('reads “có 200 đối tượng …; đã có 150 người có tài khoản, đạt 75%”: the total is a figure and the denominator', () => {
    expect(
      figuresOf(
        'Huyện A có 200 đối tượng chính sách an sinh xã hội đang hưởng trợ cấp hàng tháng; đã có 150 người có tài khoản, đạt 75%.',
      ),
    ).toEqual([
      { place: 'huyện A', group: 'all', period: null, what: 'count:monthly_beneficiaries', numbers: ['200'] },
      { place: 'huyện A', group: 'all', period: null, what: 'account_rate', numbers: ['150', '200', '75%'] },
    ]);
  });

  it('reads “có N đối tượng …, trong đó M người đã có tài khoản, đạt P%” with N as the denominator', () => {
    expect(
      figuresOf(
        'Đến hết tháng 6/2024, huyện A có 200 đối tượng hưởng trợ cấp hàng tháng, trong đó 150 người đã có tài khoản, đạt 75%.',
      ).map((f) => [f.what, f.numbers, f.period]),
    ).toEqual([
      ['count:monthly_beneficiaries', ['200'], 'Đến hết tháng 6/2024'],
      ['account_rate', ['150', '200', '75%'], 'Đến hết tháng 6/2024'],
    ]);
  });

  it('reads a denominator stated in the sentence before, when the text says whose it is (“trong số đó”)', () => {
    expect(
      figuresOf(
        'Huyện A có 1.200 người hưởng trợ cấp hàng tháng. Đến nay, 1.100 người trong số đó đã có tài khoản, đạt 91,67%.',
      ).map((f) => [f.what, f.numbers]),
    ).toEqual([
      ['count:monthly_beneficiaries', ['1200']],
      ['account_rate', ['1100', '1200', '91.67%']],
    ]);
  });

  it('does not make a count of another sentence a base: a total elsewhere leaves a bare count a count', () => {
    expect(
      figuresOf(
        'Huyện A hiện có trên 7.600 đối tượng hưởng trợ cấp. Số đối tượng được chi trả qua tài khoản trong tháng 11/2024 là 5.874 người.',
      ).map((f) => [f.what, f.numbers]),
    ).toEqual([
      ['count:monthly_beneficiaries', ['over 7600']],
      ['count:paid_through_account', ['5874']],
    ]);
  });
});

describe('extractFigures(text): breakdowns by group', () => {
  const text =
    'Năm 2024, huyện A chi trả qua tài khoản cho 300 đối tượng, trong đó 100 đối tượng người có công (đạt tỉ lệ 50%), 200 đối tượng bảo trợ xã hội (đạt 40%).';

  it('gives one figure per group with its group, and the whole', () => {
    expect(figuresOf(text).map((f) => [f.what, f.group, f.numbers])).toEqual([
      ['count:paid_through_account', 'all', ['300']],
      ['paid_through_account_rate', 'merit', ['100', null, '50%']],
      ['paid_through_account_rate', 'social_protection', ['200', null, '40%']],
    ]);
  });

  it('records the parts as parts of the whole, which checking adds up, never as a contradiction of it', () => {
    const figures = extractFigures(text);
    const [whole, ...parts] = figures;
    expect(parts.map((p) => p.partOf)).toEqual([whole?.id, whole?.id]);
    const checks = checkPublishedFigures(
      flattenFigureSet({
        source: { title: 't', url: null, publishedOn: null, label: 'secondary', language: 'vi' },
        figures,
      }),
    );
    expect(checks.map((c) => c.verdict)).not.toContain('inconsistent');
    expect(checks[0]?.relations.map((r) => [r.kind, r.holds])).toEqual([['parts_sum', true]]);
  });
});

describe('extractFigures(text): slash notation, “trên”, qualifiers', () => {
  it('reads “150/200 người” and “8.769/171.230 trường hợp”: the number after the slash is the base', () => {
    expect(
      figuresOf(
        'Đến nay, xã B có 150/200 người đã có tài khoản. Trong tháng 3/2024, toàn tỉnh C mới có 8.769/171.230 trường hợp được chi trả qua tài khoản (đạt 5,12%).',
      ),
    ).toEqual([
      { place: 'xã B', group: 'all', period: 'Đến nay', what: 'account_rate', numbers: ['150', '200', null] },
      {
        place: 'tỉnh C',
        group: 'all',
        period: 'Trong tháng 3/2024',
        what: 'paid_through_account_rate',
        numbers: ['8769', '171230', '5.12%'],
      },
    ]);
  });

  it('reads “1.234 trên 5.678”: after a number, “trên” is “out of”, not “over”', () => {
    expect(
      figuresOf('Huyện A có 1.234 trên 5.678 đối tượng đã có tài khoản, đạt 21,7%.')[0]?.numbers,
    ).toEqual(['1234', '5678', '21.7%']);
  });

  it('keeps a qualifier on the percent as well as on the count (“đạt hơn 85,7%”, “chiếm gần 61,2%”)', () => {
    expect(
      figuresOf(
        'Huyện A đã có hơn 1.700 người có tài khoản, đạt hơn 85,7%. Tại xã B, tỷ lệ nhận trợ cấp qua tài khoản chiếm gần 61,2%.',
      ).map((f) => [f.place, f.what, f.numbers]),
    ).toEqual([
      ['huyện A', 'account_rate', ['over 1700', null, 'over 85.7%']],
      ['xã B', 'paid_through_account_rate', [null, null, 'nearly 61.2%']],
    ]);
  });
});

describe('extractFigures(text): what is not an account count', () => {
  it('reads “chưa mở tài khoản” as people without an account, never as account holders', () => {
    expect(
      figuresOf(
        'Xã B có 420 đối tượng hưởng trợ cấp hàng tháng. Hiện còn 35 người chưa mở tài khoản vì tuổi cao.',
      ).map((f) => [f.what, f.numbers]),
    ).toEqual([
      ['count:monthly_beneficiaries', ['420']],
      ['count:other', ['35']],
    ]);
    expect(extractFigures('Xã B còn 35 người chưa mở tài khoản.')[0]?.topic).toBe('chưa mở tài khoản');
  });

  it('reads a wish as a wish: “mong muốn chi trả không dùng tiền mặt” does not make account holders paid', () => {
    expect(
      figuresOf(
        'Theo báo cáo, số đối tượng đã có tài khoản, mong muốn chi trả không dùng tiền mặt của huyện A là 1.870 người.',
      ).map((f) => f.what),
    ).toEqual(['count:account_holders']);
  });

  it('extracts every percent stated with its counts, whatever its topic, as “other” with the words it came from', () => {
    const [figure] = extractFigures(
      'Huyện A đã rà soát 980 hồ sơ, xác thực thông tin cho 950 người, đạt 96,94%.',
    );
    expect(
      figure?.kind === 'rate' && [figure.indicator, figure.numerator?.value, figure.percent?.value],
    ).toEqual(['other', 950, '96.94']);
    expect(figure?.topic).toBe('xác thực');
  });
});

describe('extractFigures(text): places anywhere in Vietnam, and the whole country', () => {
  it('names any commune, district or province with its type word, in a unit list or not; a bracketed parent only locates', () => {
    expect(
      figuresOf(
        'Tại xã Tân Lập (huyện Đồng Phú, tỉnh Bình Phước), 412 đối tượng đã nhận trợ cấp qua tài khoản. Toàn tỉnh Bình Phước có 21.600 đối tượng.',
      ).map((f) => [f.place, f.what]),
    ).toEqual([
      ['xã Tân Lập', 'count:paid_through_account'],
      ['tỉnh Bình Phước', 'count:monthly_beneficiaries'],
    ]);
  });

  it('resolves “toàn tỉnh” and “trên địa bàn” to the place of that level named before, and a province named alone', () => {
    expect(
      figuresOf(
        'Quảng Trị đẩy mạnh chi trả không dùng tiền mặt. Đến tháng 2/2024, toàn tỉnh mới có 8.769/171.230 trường hợp được chi trả qua tài khoản.',
      ).map((f) => [f.place, f.numbers]),
    ).toEqual([['tỉnh Quảng Trị', ['8769', '171230', null]]]);
  });

  it('makes “cả nước” and a ministry reporting national figures', () => {
    expect(
      figuresOf(
        'Theo Bộ Lao động - Thương binh và Xã hội, cả nước có hơn 3,3 triệu đối tượng bảo trợ xã hội hưởng trợ cấp hàng tháng.',
      ),
    ).toEqual([
      {
        place: 'toàn quốc',
        group: 'social_protection',
        period: null,
        what: 'count:monthly_beneficiaries',
        numbers: ['over 3300000'],
      },
    ]);
  });
});

describe('extractFigures(text): money, targets, lists and earlier values', () => {
  it('reads “15.375 tỷ đồng” as an amount paid, never as a count of people, and an allowance level as neither', () => {
    expect(
      figuresOf(
        'Năm 2024, tổng kinh phí huyện A chi trả qua tài khoản là 15.375 tỷ đồng. Mỗi người được nhận 500.000 đồng/tháng.',
      ),
    ).toEqual([
      {
        place: 'huyện A',
        group: 'all',
        period: 'Năm 2024',
        what: 'amount:account',
        numbers: ['15375000000000'],
      },
    ]);
  });

  it('marks a target (“phấn đấu”, “mục tiêu”) as a target, not an achievement', () => {
    expect(
      figuresOf('Huyện A phấn đấu đến hết năm 2025 có 100% đối tượng nhận trợ cấp qua tài khoản.')[0],
    ).toMatchObject({ target: true, what: 'paid_through_account_rate', period: 'đến hết năm 2025' });
  });

  it('gives each place its percent in “lần lượt đạt 95,4% và 93,8%”', () => {
    expect(
      figuresOf(
        'Xã B và xã C có tỷ lệ chi trả qua tài khoản cao nhất huyện, lần lượt đạt 95,4% và 93,8%.',
      ).map((f) => [f.place, f.numbers[2]]),
    ).toEqual([
      ['xã B', '95.4%'],
      ['xã C', '93.8%'],
    ]);
  });

  it('reads an earlier value (“tăng từ 69,5% cuối năm 2023”) as the same rate at its own time', () => {
    expect(
      figuresOf(
        'Tỉnh D có tỷ lệ người hưởng lương hưu nhận qua tài khoản đạt 82,4% trong tháng 7/2024, tăng từ 69,5% cuối năm 2023.',
      ).map((f) => [f.group, f.numbers[2], f.period]),
    ).toEqual([
      ['pension', '82.4%', 'trong tháng 7/2024'],
      ['pension', '69.5%', 'cuối năm 2023'],
    ]);
  });

  it('finds nothing in ages, durations, document numbers, dates, phones, banks, ethnic shares, poor households or a pension increase', () => {
    expect(
      figuresOf(
        'Ông B, 82 tuổi, ở thôn 5, cho biết gần 2 tháng nay ông nhận tiền qua thẻ. Theo Quyết định số 1813/QĐ-TTg ngày 28/10/2021, liên hệ 0912.345.678. Huyện có 5 ngân hàng và 12 điểm chi trả; 38% dân số là người dân tộc thiểu số; 1.200 hộ nghèo; lương hưu tăng 15%.',
      ),
    ).toEqual([]);
  });
});

describe('extractFigures(text): places and groups across a page', () => {
  it('goes back to what the page is about at a new paragraph: a district named in one answer does not hold in the next', () => {
    const text = [
      'Đến hết tháng 8/2024, toàn tỉnh Quảng Trị có 30.000 đối tượng hưởng trợ cấp hằng tháng, trong đó 27.000 người đã được chi trả qua tài khoản, đạt 90%.',
      'Thấp nhất là huyện Đakrông, mới đạt 61,5%.',
      'Số tiền chi trả qua tài khoản 8 tháng năm 2024 đạt gần 250 tỷ đồng.',
    ].join('\n');
    expect(figuresOf(text).map((f) => [f.place, f.what, f.numbers])).toEqual([
      ['tỉnh Quảng Trị', 'count:monthly_beneficiaries', ['30000']],
      ['tỉnh Quảng Trị', 'paid_through_account_rate', ['27000', '30000', '90%']],
      ['huyện Đakrông', 'paid_through_account_rate', [null, null, '61.5%']],
      ['tỉnh Quảng Trị', 'amount:account', ['nearly 250000000000']],
    ]);
  });

  it('reads a percent stated right after a place, even one named as an example: “như huyện A (96,8%)”, “huyện B dẫn đầu với 98,2%”', () => {
    const text = [
      'Tháng 11/2024, tỉnh Bắc Giang chi trả qua tài khoản cho 9.000/10.000 đối tượng, đạt 90%.',
      'Một số địa phương đạt tỷ lệ cao như huyện A (96,8%), thị xã B (95,4%). Huyện C dẫn đầu với 98,2%.',
    ].join('\n');
    expect(
      figuresOf(text)
        .slice(1)
        .map((f) => [f.place, f.what, f.numbers]),
    ).toEqual([
      ['huyện A', 'paid_through_account_rate', [null, null, '96.8%']],
      ['thị xã B', 'paid_through_account_rate', [null, null, '95.4%']],
      ['huyện C', 'paid_through_account_rate', [null, null, '98.2%']],
    ]);
  });

  it('reads the counts a percent restates after it: “đạt 92%, tương ứng 2.300/2.500 đối tượng”', () => {
    const text =
      'Tháng 11/2024, tỉnh Bắc Giang chi trả qua tài khoản cho 9.000/10.000 đối tượng, đạt 90%. Huyện A đạt 92%, tương ứng 2.300/2.500 đối tượng.';
    expect(figuresOf(text).at(-1)).toMatchObject({
      place: 'huyện A',
      what: 'paid_through_account_rate',
      numbers: ['2300', '2500', '92%'],
    });
  });

  it('gives the group a title names alone to the figures that name none, and not to `đối tượng` on a page about merit', () => {
    const social = extractFigures(
      [
        'https://example.vn/xa-hoi/a-123.html',
        'Tỉnh A: 95% đối tượng bảo trợ xã hội nhận trợ cấp qua tài khoản',
        '',
        'Tháng 10/2025, xã B chi trả qua tài khoản cho 412/430 người, đạt 95,81%.',
      ].join('\n'),
    ).filter((f) => f.kind === 'rate');
    expect(social.map((f) => [f.locality.name, f.group])).toEqual([
      ['A', 'social_protection'],
      ['B', 'social_protection'],
    ]);
    const merit = extractFigures(
      [
        'https://example.vn/xa-hoi/b-456.html',
        'Xã C hoàn thành chi trả qua tài khoản cho người có công',
        '',
        'Đến nay, 318 trên 326 đối tượng của xã C đã nhận trợ cấp qua tài khoản.',
      ].join('\n'),
    ).filter((f) => f.kind === 'rate');
    expect(merit.map((f) => f.group)).toEqual(['all']);
  });
});

describe('extractFigures(text): provinces before the merger', () => {
  it('reads “khu vực A cũ, B cũ và C cũ lần lượt đạt …” as parts of the province now, in order', () => {
    const text =
      'Tháng 12/2025, tỉnh Vĩnh Long chi trả qua tài khoản cho 171.000 người, đạt 90%. Trong đó, khu vực Bến Tre cũ, Trà Vinh cũ và Vĩnh Long cũ lần lượt đạt 92,4%, 85,3% và 91,8%.';
    expect(
      extractFigures(text)
        .filter((f) => f.kind === 'rate' && f.locality.part !== undefined)
        .map((f) => [f.locality.name, f.locality.part, f.kind === 'rate' ? f.percent?.value : null]),
    ).toEqual([
      ['Vĩnh Long', 'khu vực Bến Tre cũ', '92.4'],
      ['Vĩnh Long', 'Trà Vinh cũ', '85.3'],
      ['Vĩnh Long', 'Vĩnh Long cũ', '91.8'],
    ]);
  });
});

describe('extractFigures(text): numbers in words, money in other currencies, places said late', () => {
  it('reads Vietnamese digits in words before a scale word (“hơn hai nghìn”), as a count and as the base after it', () => {
    expect(
      figuresOf(
        'Huyện A có hơn hai nghìn đối tượng hưởng trợ cấp hằng tháng nhưng mới có 1.503 người nhận qua tài khoản.',
      ).map((f) => [f.what, f.numbers]),
    ).toEqual([
      ['count:monthly_beneficiaries', ['over 2000']],
      ['paid_through_account_rate', ['1503', 'over 2000', null]],
    ]);
  });

  it('does not count a proportion in words (“Two in three recipients”) and reads a place said late in the clause', () => {
    const figures = extractFigures(
      'Two in three allowance recipients are now paid through accounts. Only 61% of the nearly 38,000 people receiving monthly allowances in Ca Mau Province got the money through bank accounts in October.',
    );
    expect(figures.map((f) => [f.kind, f.locality.name])).toEqual([['rate', 'Cà Mau']]);
  });

  it('keeps amounts in dong and the part paid into accounts, not their dollar equivalent', () => {
    const amounts = extractFigures(
      'The Social Insurance of Ninh Binh disbursed 1.42 trillion VND (53.9 million USD) in pensions in October, of which 1.37 trillion VND went directly into accounts.',
    ).flatMap((f) => (f.kind === 'amount' ? [[f.amount.value, f.amount.channel]] : []));
    expect(amounts).toEqual([
      [1_420_000_000_000, 'all'],
      [1_370_000_000_000, 'account'],
    ]);
  });

  it('gives a figure stated before any place (a title) the place the page turns out to be about', () => {
    const figures = extractFigures(
      'Over 3.1 million pensioners receive payments via bank accounts\nHANOI - As of April, 3,126,480 pensioners nationwide were paid via accounts, the agency said.',
      { language: 'en' },
    );
    expect(figures.map((f) => [f.locality.name, f.kind === 'count' ? f.count.value : null])).toEqual([
      ['Việt Nam', 3_100_000],
      ['Việt Nam', 3_126_480],
    ]);
  });
});

describe('extractFigures(text): several places, one statement', () => {
  it('reads “xã A và B … lần lượt đạt P% và Q%” with the type word shared by both names', () => {
    const rates = extractFigures(
      'Đến cuối tháng 4/2024, huyện Mường La chi trả qua tài khoản cho 3.600/4.400 người, đạt 81,82%. Hai xã Ngọc Chiến và Hua Trai thấp nhất, lần lượt đạt 54,2% và 58%.',
    ).filter((f) => f.kind === 'rate');
    expect(rates.slice(1).map((f) => [f.locality.name, f.kind === 'rate' ? f.percent?.value : null])).toEqual(
      [
        ['Ngọc Chiến', '54.2'],
        ['Hua Trai', '58'],
      ],
    );
  });

  it('gives one percent to each place it is said of: “huyện A và huyện B đều đạt 100%”, “both recorded”, “each”', () => {
    const vietnamese = extractFigures(
      'Tháng 9/2025, tỉnh Tây Ninh chi trả qua tài khoản đạt 93%. Huyện A và huyện B đều đạt 100%.',
    ).filter((f) => f.kind === 'rate' && f.percent?.value === '100');
    expect(vietnamese.map((f) => f.locality.name)).toEqual(['A', 'B']);
    const english = extractFigures(
      'In September, Tay Ninh province paid 93% of beneficiaries through accounts. Long An Ward and Tan Ninh Ward both recorded 100 percent, while Vinh Thanh Commune in the Dong Thap Muoi area stood at 74.2 percent.',
    ).filter((f) => f.kind === 'rate');
    expect(english.map((f) => [f.locality.name, f.kind === 'rate' ? f.percent?.value : null])).toEqual([
      ['Tây Ninh', '93'],
      ['Long An', '100'],
      ['Tan Ninh', '100'],
      ['Vinh Thanh', '74.2'],
    ]);
  });

  it('reads a share of units with its counts in brackets as one figure: “100% xã, phường (64/64 đơn vị) đã triển khai”', () => {
    const shares = extractFigures(
      'Đến nay, 100% xã, phường của tỉnh Khánh Hòa (64/64 đơn vị) đã triển khai chi trả trợ cấp qua tài khoản.',
    );
    expect(
      shares.map((f) =>
        f.kind === 'rate'
          ? [f.indicator, f.numerator?.value, f.denominator?.value, f.percent?.value]
          : f.kind,
      ),
    ).toEqual([['cashless_units_share', 64, 64, '100']]);
  });
});

describe('extractFigures(text): tables flattened to text', () => {
  const rowsOf = (text: string) =>
    figuresOf(text)
      .filter((f) => f.what.endsWith('_rate'))
      .map((f) => [f.place, f.what, f.numbers, f.period]);

  it('reads a table whose cells are split by tabs, a rate column printed without its sign (its decimals kept)', () => {
    const page = [
      'Kết quả mở tài khoản của một số xã (đến ngày 30/4/2025):',
      'Đơn vị\tTổng số đối tượng\tĐã có tài khoản\tTỷ lệ (%)',
      'Xã B\t420\t399\t95,00',
      'Xã C 2\t310\t248\t80,00',
    ].join('\n');
    expect(rowsOf(page)).toEqual([
      ['xã B', 'account_rate', ['399', '420', '95.00%'], 'đến ngày 30/4/2025'],
      ['xã C 2', 'account_rate', ['248', '310', '80.00%'], 'đến ngày 30/4/2025'],
    ]);
  });

  it('reads a table whose separators were lost: header cells start with a capital, rows end with one number per column', () => {
    const page = [
      'Kết quả một số xã, phường (tháng 3/2025)',
      'STT Xã, phường Số người hưởng Qua tài khoản Tỷ lệ (%)',
      '1 Phường D 1.250 1.200 96,00',
      '2 Xã E 3 800 600 75,00',
    ].join('\n');
    expect(rowsOf(page)).toEqual([
      ['phường D', 'paid_through_account_rate', ['1200', '1250', '96.00%'], 'tháng 3/2025'],
      ['xã E 3', 'paid_through_account_rate', ['600', '800', '75.00%'], 'tháng 3/2025'],
    ]);
  });

  it('reads an English table split by bars, and the whole province’s row as the province', () => {
    const page = [
      'Results in An Giang province by the end of May 2025',
      'Locality | Beneficiaries | With accounts | Rate',
      'Long Xuyen City | 2,400 | 2,376 | 99%',
      'Whole province | 40,000 | 36,000 | 90%',
    ].join('\n');
    expect(rowsOf(page).map(([place, , numbers]) => [place, numbers])).toEqual([
      ['thành phố Long Xuyen', ['2376', '2400', '99%']],
      ['tỉnh An Giang', ['36000', '40000', '90%']],
    ]);
  });

  it('does not take capitalised words over a single line of numbers for a table', () => {
    const page = ['Huyện A Báo Cáo Kết Quả', 'Xã B 120 100 83,33', 'Huyện A có 200 đối tượng.'].join('\n');
    expect(rowsOf(page)).toEqual([]);
  });
});

describe('extractFigures(text): a name the page gave to a commune, said alone later', () => {
  it('reads “communes such as A and B … In A, N out of M …” as commune A', () => {
    const page =
      'Hardest hit are border communes such as Ia Mo and Dak Ro. In Dak Ro, only 120 out of 300 people have an account.';
    expect(figuresOf(page).map((f) => [f.place, f.what, f.numbers])).toEqual([
      ['xã Dak Ro', 'account_rate', ['120', '300', null]],
    ]);
  });

  it('reads a Vietnamese commune named with its type word and later alone', () => {
    const page =
      'Khó khăn nhất là các xã Ia Mơ và Đắk Rơ. Tại Đắk Rơ, mới có 120/300 người có tài khoản, đạt 40%.';
    expect(figuresOf(page).map((f) => [f.place, f.what, f.numbers])).toEqual([
      ['xã Đắk Rơ', 'account_rate', ['120', '300', '40%']],
    ]);
  });

  it('does not take a peninsula, a river or a pass for the province of the same name', () => {
    const page =
      'In Dat Mui Commune, at the tip of the Ca Mau Peninsula, 212 out of 689 recipients have an account.';
    expect(figuresOf(page).map((f) => f.place)).toEqual(['xã Dat Mui']);
    expect(
      figuresOf('Ở xã Đất Mũi, nơi cuối bán đảo Cà Mau, 212/689 người đã có tài khoản.').map((f) => f.place),
    ).toEqual(['xã Đất Mũi']);
  });
});

describe('extractFigures(text): a list under a lead line that names its rate', () => {
  it('reads the items of “Kết quả mở tài khoản tại một số xã:” as account rates after a rate of payment', () => {
    const page = [
      'Tháng 5/2025, huyện A chi trả qua tài khoản cho 80% đối tượng.',
      'Kết quả mở tài khoản tại một số xã:',
      '- Xã B: 190/200 người (95%);',
      '- Xã C: đạt 70%, tương ứng 140/200 người.',
    ].join('\n');
    expect(figuresOf(page).map((f) => [f.place, f.what, f.numbers])).toEqual([
      ['huyện A', 'paid_through_account_rate', [null, null, '80%']],
      ['xã B', 'account_rate', ['190', '200', '95%']],
      ['xã C', 'account_rate', ['140', '200', '70%']],
    ]);
  });
});

describe('extractFigures(text): percents of counts stated before them, respectively', () => {
  it('gives “A là 170/200 người, B là 300/400 người; tỷ lệ lần lượt đạt 85% và 75%” each count its percent', () => {
    const page =
      'Tháng 11/2024, huyện A chi trả qua tài khoản cho 470/600 người, đạt 78,33%. Trong đó, người có công là 170/200 người, đối tượng bảo trợ xã hội là 300/400 người; tỷ lệ lần lượt đạt 85% và 75%.';
    expect(figuresOf(page).map((f) => [f.group, f.numbers])).toEqual([
      ['all', ['470', '600', '78.33%']],
      ['merit', ['170', '200', '85%']],
      ['social_protection', ['300', '400', '75%']],
    ]);
  });
});

describe('extractFigures(text): the beneficiaries of an aside are the base of the percent after it', () => {
  it('reads “Huyện A, nơi có hơn 900 đối tượng, mới đạt 60%” after a rate of payment', () => {
    const page =
      'Tháng 3/2025, tỉnh B chi trả qua tài khoản cho 8.000/10.000 người, đạt 80%. Huyện A, nơi có hơn 900 đối tượng, mới đạt 60%.';
    expect(figuresOf(page).map((f) => [f.place, f.what, f.numbers])).toEqual([
      ['tỉnh B', 'paid_through_account_rate', ['8000', '10000', '80%']],
      ['huyện A', 'paid_through_account_rate', [null, 'over 900', '60%']],
    ]);
  });

  it('reads a bracketed count after a group: “Đối tượng bảo trợ xã hội (khoảng 5 nghìn người) đạt 70%”', () => {
    const page =
      'Tháng 3/2025, tỉnh B chi trả qua tài khoản cho 8.000/10.000 người, đạt 80%. Đối tượng bảo trợ xã hội (khoảng 5 nghìn người) đạt tỷ lệ thấp hơn, 70%.';
    expect(figuresOf(page).map((f) => [f.group, f.what, f.numbers])).toEqual([
      ['all', 'paid_through_account_rate', ['8000', '10000', '80%']],
      ['social_protection', 'paid_through_account_rate', [null, 'about 5000', '70%']],
    ]);
  });
});

describe('extractFigures(text): areas of a place', () => {
  it('reads “ở khu vực thành thị và nông thôn lần lượt là P% và Q%” as two areas', () => {
    const page =
      'Đến hết tháng 5/2025, tỉnh B có 92% người hưởng lương hưu nhận qua tài khoản. Tỷ lệ này ở khu vực thành thị và nông thôn lần lượt là 97% và 88%.';
    expect(figuresOf(page).map((f) => [f.place, f.numbers])).toEqual([
      ['tỉnh B', [null, null, '92%']],
      ['tỉnh B (khu vực thành thị)', [null, null, '97%']],
      ['tỉnh B (khu vực nông thôn)', [null, null, '88%']],
    ]);
  });
});

describe('extractFigures(text): shares of units, and the thresholds they passed', () => {
  const sharesOf = (text: string) => figuresOf(text).map((f) => [f.place, f.what, f.numbers]);

  it('reads “N/M xã đạt trên P%” as a share of communes; the threshold is no figure of its own', () => {
    expect(sharesOf('Đến nay, huyện A có 7/12 xã, thị trấn đạt trên 90%.')).toEqual([
      ['huyện A', 'cashless_units_share', ['7', '12', null]],
    ]);
  });

  it('reads “M huyện … đã có N địa phương vượt P%”', () => {
    expect(sharesOf('Tỉnh B có 9 huyện, thị xã thì đã có 4 địa phương vượt 80%.')).toEqual([
      ['tỉnh B', 'cashless_units_share', ['4', '9', null]],
    ]);
  });

  it('reads “N/M huyện đã triển khai” (paying without cash) with no threshold', () => {
    expect(sharesOf('Tại tỉnh B, 10/10 huyện, thành phố đã triển khai.')).toEqual([
      ['tỉnh B', 'cashless_units_share', ['10', '10', null]],
    ]);
  });

  it('reads “N of the M provinces … more than P per cent …, while K are still below Q per cent” as two national shares', () => {
    expect(
      sharesOf(
        'Twelve of the 34 provinces have paid more than 95 per cent of their beneficiaries through accounts, while three are still below 50 per cent.',
      ),
    ).toEqual([
      ['toàn quốc', 'cashless_units_share', ['12', '34', null]],
      ['toàn quốc', 'cashless_units_share', ['3', '34', null]],
    ]);
  });

  it('reads a compound number word (“Thirty-one provinces, or 31 of the 34, have started paying …”)', () => {
    expect(
      sharesOf(
        'Thirty-one provinces, or 31 of the 34, have started paying allowances through bank accounts.',
      ),
    ).toEqual([['toàn quốc', 'cashless_units_share', ['31', '34', null]]]);
  });
});

describe('extractFigures(text): a parallel clause that leaves its words out', () => {
  it('reads “Khu vực A cũ có N người hưởng, B cũ M người” as two counts of beneficiaries', () => {
    const page =
      'Đến hết tháng 10/2025, tỉnh C có 90 nghìn người hưởng lương hưu. Khu vực Bạc Liêu cũ có 30,5 nghìn người hưởng, Cà Mau cũ 59,5 nghìn người.';
    expect(figuresOf(page).map((f) => [f.place, f.what, f.numbers])).toEqual([
      ['tỉnh C', 'count:monthly_beneficiaries', ['90000']],
      ['tỉnh C (Khu vực Bạc Liêu cũ)', 'count:monthly_beneficiaries', ['30500']],
      ['tỉnh C (Cà Mau cũ)', 'count:monthly_beneficiaries', ['59500']],
    ]);
  });
});

describe('extractFigures(text): the overall rate as a target', () => {
  it('reads “phấn đấu … nâng tỷ lệ chung lên trên P%” as the target of the place the page is about, every group', () => {
    const page = [
      'Tháng 6/2025, tỉnh B chi trả qua tài khoản cho 9.000/10.000 người, đạt 90%. Riêng người có công, tỷ lệ đạt 95%.',
      'Thời gian tới tỉnh sẽ ưu tiên các xã thuộc huyện C, phấn đấu đến hết năm 2025 nâng tỷ lệ chung lên trên 93%.',
    ].join('\n');
    expect(figuresOf(page).map((f) => [f.place, f.group, f.numbers, f.target ?? false])).toEqual([
      ['tỉnh B', 'all', ['9000', '10000', '90%'], false],
      ['tỉnh B', 'merit', [null, null, '95%'], false],
      ['tỉnh B', 'all', [null, null, 'over 93%'], true],
    ]);
  });
});

describe('extractFigures(text): a Markdown table, a comparison in points, an island district', () => {
  it('reads a table with a Markdown rule under its header', () => {
    const page = [
      'Kết quả chi trả qua tài khoản tháng 5/2024 tại một số địa phương:',
      '| Địa phương | Số đối tượng | Chi qua tài khoản | Tỷ lệ (%) |',
      '|---|---|---|---|',
      '| Huyện A | 500 | 450 | 90 |',
      '| Huyện đảo B | 80 | 80 | 100 |',
    ].join('\n');
    expect(figuresOf(page).map((f) => [f.place, f.numbers])).toEqual([
      ['huyện A', ['450', '500', '90%']],
      ['huyện B', ['80', '80', '100%']],
    ]);
  });

  it('reads “cao hơn 14,6 điểm % so với cùng kỳ” as a change in points, not “more than 14,6”', () => {
    const page =
      'Tháng 3/2024, tỉnh B chi qua tài khoản cho 900/1.000 người, đạt 90%, cao hơn 14,6 điểm % so với cùng kỳ năm trước.';
    expect(figuresOf(page).map((f) => [f.what, f.numbers])).toEqual([
      ['paid_through_account_rate', ['900', '1000', '90%']],
      ['other', [null, null, '14.6%']],
    ]);
  });
});

describe('extractFigures(text): how many units, with no whole stated', () => {
  it('reads “8 xã vẫn dưới 95%” as a count of communes under a threshold, not a rate of 95%', () => {
    expect(
      figuresOf('Ở chiều ngược lại, huyện A có 8 xã vẫn dưới 95%.').map((f) => [f.what, f.numbers]),
    ).toEqual([['cashless_units_share', ['8', null, null]]]);
  });

  it('reads “N/M xã … đã chi trả qua tài khoản cho từ P% đối tượng trở lên”', () => {
    expect(
      figuresOf(
        'Đến nay, huyện A có 12/19 xã, thị trấn đã chi trả qua tài khoản cho từ 90% đối tượng trở lên.',
      ).map((f) => [f.what, f.numbers]),
    ).toEqual([['cashless_units_share', ['12', '19', null]]]);
  });
});

describe('extractFigures(text): lists of places, modifiers of the type word, two groups respectively', () => {
  it('reads “Các xã A, B đạt trên 95%” as one percent for each commune', () => {
    const page =
      'Tháng 2/2025, huyện C chi trả qua tài khoản cho 900/1.000 người, đạt 90%. Các xã Tam Lư, Phú Nghĩa đạt trên 95%.';
    expect(figuresOf(page).map((f) => [f.place, f.numbers])).toEqual([
      ['huyện C', ['900', '1000', '90%']],
      ['xã Tam Lư', [null, null, 'over 95%']],
      ['xã Phú Nghĩa', [null, null, 'over 95%']],
    ]);
  });

  it('reads “huyện vùng biên A” as huyện A, and “toàn huyện” after it as that district', () => {
    const page =
      'Ở huyện vùng biên Mường Tè, đường xa. Tháng 2/2025, toàn huyện chi trả cho 2.000 đối tượng, trong đó 1.800 người nhận qua tài khoản, chiếm tỷ lệ 90%.';
    expect(figuresOf(page).map((f) => f.place)).toEqual(['huyện Mường Tè', 'huyện Mường Tè']);
  });

  it('reads “… 1.500 người bảo trợ xã hội; người có công là 500 người. Tỷ lệ của hai nhóm tương ứng là 92% và 96%”', () => {
    const page =
      'Tháng 2/2025, huyện C có đối tượng bảo trợ xã hội là 1.500 người; người có công là 500 người. Tỷ lệ nhận qua tài khoản của hai nhóm tương ứng là 92% và 96%.';
    expect(
      figuresOf(page)
        .filter((f) => f.what.endsWith('_rate'))
        .map((f) => [f.group, f.numbers]),
    ).toEqual([
      ['social_protection', [null, '1500', '92%']],
      ['merit', [null, '500', '96%']],
    ]);
  });
});

describe('extractFigures(text): “con số này” continues the measure of the count before it', () => {
  it('reads “số đối tượng bảo trợ xã hội nhận tiền qua tài khoản là A người, đạt P%; với người có công, con số này là B người, đạt Q%”', () => {
    const page =
      'Tháng 10/2025, tỉnh B có 5.000 người hưởng trợ cấp xã hội và 2.000 người có công. Trong kỳ, số đối tượng bảo trợ xã hội nhận tiền qua tài khoản là 4.500 người, đạt 90%; với người có công, con số này là 1.900 người, đạt 95%.';
    expect(
      figuresOf(page)
        .filter((f) => f.what.endsWith('_rate'))
        .map((f) => [f.group, f.what, f.numbers]),
    ).toEqual([
      ['social_protection', 'paid_through_account_rate', ['4500', '5000', '90%']],
      ['merit', 'paid_through_account_rate', ['1900', '2000', '95%']],
    ]);
  });
});

describe('extractFigures(text): the scope of a ranking is not the place of the figures', () => {
  it('keeps “Huyện cù lao A … địa phương đầu tiên của tỉnh B” about huyện A, paragraph after paragraph', () => {
    const page = [
      'Huyện cù lao Tân Phú Đông vừa trở thành địa phương đầu tiên của tỉnh Tiền Giang có 5/5 xã đạt tỷ lệ chi trả qua tài khoản từ 95% trở lên.',
      'Tháng 11/2024, Tân Phú Đông chi trả cho 2.000 đối tượng, trong đó có 1.950 người nhận qua tài khoản, đạt 97,5%.',
      'Với nhóm người có công, 100% trong số 300 người đã nhận qua tài khoản.',
    ].join('\n');
    expect(figuresOf(page).map((f) => f.place)).toEqual([
      'huyện Tân Phú Đông',
      'huyện Tân Phú Đông',
      'huyện Tân Phú Đông',
      'huyện Tân Phú Đông',
    ]);
  });
});

describe('extractFigures(text): a table laid out one cell per line', () => {
  it('reads header cells and rows of cells each on its own line', () => {
    const page = [
      'Tháng 1/2025, huyện A có 1.000 người hưởng trợ cấp hằng tháng.',
      'Kết quả tại một số xã (tháng 1/2025):',
      'Đơn vị',
      'Số người hưởng',
      'Chi trả qua tài khoản',
      'Tỷ lệ',
      'Thị trấn B',
      '400',
      '396',
      '99%',
      'Xã C',
      '250',
      '200',
      '80%',
    ].join('\n');
    expect(
      figuresOf(page)
        .filter((f) => f.what.endsWith('_rate'))
        .map((f) => [f.place, f.numbers]),
    ).toEqual([
      ['thị trấn B', ['396', '400', '99%']],
      ['xã C', ['200', '250', '80%']],
    ]);
  });
});

describe('extractFigures(text): a name said to be a unit, the units of a district', () => {
  it('reads “A là huyện có …” as huyện A, and “N/M xã, thị trấn của huyện đạt trên P%” as its share', () => {
    const page =
      'Tỉnh B có nhiều huyện. Giao Hải là huyện có 5.000 người hưởng trợ cấp. Đến nay, 9/21 xã, thị trấn của huyện đạt trên 90%.';
    expect(figuresOf(page).map((f) => [f.place, f.what, f.numbers])).toEqual([
      ['huyện Giao Hải', 'count:monthly_beneficiaries', ['5000']],
      ['huyện Giao Hải', 'cashless_units_share', ['9', '21', null]],
    ]);
  });

  it('does not take “Đây là huyện …” for a place named Đây', () => {
    expect(figuresOf('Đây là huyện có 5.000 người hưởng trợ cấp.').map((f) => f.place)).not.toContain(
      'huyện Đây',
    );
  });
});

describe('extractFigures(text): a sentence that opens by saying whom it counts, or where', () => {
  it('reads “Trong tổng số người nhận qua tài khoản, có A người có công …, B đối tượng bảo trợ xã hội” as counts of people paid', () => {
    const page =
      'Tháng 4/2025, huyện A chi trả qua tài khoản cho 3.000 đối tượng. Trong tổng số người nhận qua tài khoản, có 1.000 người có công và thân nhân, 2.000 đối tượng bảo trợ xã hội.';
    expect(figuresOf(page).map((f) => [f.group, f.what, f.numbers])).toEqual([
      ['all', 'count:paid_through_account', ['3000']],
      ['merit_and_relatives', 'count:paid_through_account', ['1000']],
      ['social_protection', 'count:paid_through_account', ['2000']],
    ]);
  });

  it('keeps “Riêng khu vực A cũ, …; tháng 11 có N/M người …” about the area across the semicolon', () => {
    const page =
      'Tháng 11/2025, tỉnh Đắk Lắk chi trả qua tài khoản cho 9.000/10.000 người. Riêng khu vực Phú Yên cũ, nhiều xã đã hoàn thành; tháng 11 có 2.900/3.000 người được chi trả qua tài khoản, đạt 96,67%.';
    expect(figuresOf(page).map((f) => f.place)).toEqual([
      'tỉnh Đắk Lắk',
      'tỉnh Đắk Lắk (khu vực Phú Yên cũ)',
    ]);
  });
});

describe('extractFigures(text): the abbreviation TX for thị xã', () => {
  it('reads a table row “TX Hoài Nhơn” as thị xã Hoài Nhơn', () => {
    const page = [
      'Đơn vị\tNgười hưởng\tQua tài khoản\tTỷ lệ',
      'TX Hoài Nhơn\t3.890\t3.552\t91,31%',
      'TP Quy Nhơn\t5.126\t4.987\t97,29%',
    ].join('\n');
    expect(figuresOf(page).map((f) => [f.place, f.numbers])).toEqual([
      ['thị xã Hoài Nhơn', ['3552', '3890', '91.31%']],
      ['thành phố Quy Nhơn', ['4987', '5126', '97.29%']],
    ]);
  });
});

describe('extractFigures(text): areas compared', () => {
  it('reads “… khu vực đô thị … đạt trên 97%, trong khi khu vực nông thôn và miền núi mới khoảng 84%” as one area each', () => {
    const page =
      'Tháng 3/2025, tỉnh B có 30.000 người hưởng lương hưu, trong đó 27.000 người nhận qua tài khoản, chiếm 90%. Ở khu vực đô thị, tỷ lệ nhận qua tài khoản đạt trên 97%, trong khi khu vực nông thôn và miền núi mới khoảng 84%.';
    expect(
      figuresOf(page)
        .slice(-2)
        .map((f) => [f.place, f.numbers]),
    ).toEqual([
      ['tỉnh B (khu vực đô thị)', [null, null, 'over 97%']],
      ['tỉnh B (khu vực nông thôn và miền núi)', [null, null, 'about 84%']],
    ]);
  });

  it('reads “Khu vực A cũ có tỷ lệ cao hơn, đạt P%; khu vực B cũ đạt Q%”', () => {
    const page =
      'Tháng 8/2025, tỉnh Đồng Tháp có 60.000 người hưởng lương hưu; số người nhận qua tài khoản là 51.000 người, chiếm 85%. Khu vực Tiền Giang cũ có tỷ lệ cao hơn, đạt 86,1%; khu vực Đồng Tháp cũ đạt 83%.';
    expect(
      figuresOf(page)
        .slice(-2)
        .map((f) => [f.place, f.numbers]),
    ).toEqual([
      ['tỉnh Đồng Tháp (Khu vực Tiền Giang cũ)', [null, null, '86.1%']],
      ['tỉnh Đồng Tháp (khu vực Đồng Tháp cũ)', [null, null, '83%']],
    ]);
  });
});

describe('extractFigures(text): what a count counts, when its sentence goes on to another subject', () => {
  it('reads “có N đối tượng, tỷ lệ nhận qua tài khoản P%” with N as beneficiaries, not people paid', () => {
    expect(
      figuresOf('Tháng 7/2025, huyện A có 5.000 đối tượng, tỷ lệ nhận qua tài khoản đạt 96,9%.').map((f) => [
        f.what,
        f.numbers,
      ]),
    ).toEqual([
      ['count:monthly_beneficiaries', ['5000']],
      ['paid_through_account_rate', [null, '5000', '96.9%']],
    ]);
  });

  it('reads “có N đối tượng, đã chi qua tài khoản cho M người, đạt P%”', () => {
    expect(
      figuresOf(
        'Tháng 3/2025, huyện A có 2.600 đối tượng, đã chi qua tài khoản cho 2.405 người, đạt 93%.',
      ).map((f) => [f.what, f.numbers]),
    ).toEqual([
      ['count:monthly_beneficiaries', ['2600']],
      ['paid_through_account_rate', ['2405', '2600', '93%']],
    ]);
  });

  it('reads “mới có A trong tổng số B đối tượng nhận tiền qua tài khoản (P%)” with B as the base', () => {
    expect(
      figuresOf(
        'Tháng 10/2024, xã B mới có 402 trong tổng số 611 đối tượng nhận tiền qua tài khoản (65,79%).',
      ).map((f) => f.numbers),
    ).toEqual([['402', '611', '65.79%']]);
  });

  it('reads “Nhóm A có N người nhận tiền qua tài khoản (P%), nhóm B M người (Q%)” as two rates of payment', () => {
    const page =
      'Tháng 9/2024, huyện A có 5.000 đối tượng bảo trợ xã hội và 1.000 người có công. Nhóm bảo trợ xã hội có 4.000 người nhận tiền qua tài khoản (80%), nhóm người có công 900 người (90%).';
    expect(
      figuresOf(page)
        .filter((f) => f.what.endsWith('_rate'))
        .map((f) => [f.group, f.numbers]),
    ).toEqual([
      ['social_protection', ['4000', '5000', '80%']],
      ['merit', ['900', '1000', '90%']],
    ]);
  });
});

describe('extractFigures(text): provinces before the merger, however written; a list item’s own place', () => {
  it('reads “tỉnh A (cũ)” and “tỉnh B trước hợp nhất” as areas of the province now', () => {
    const page =
      'Tháng 7/2025, tỉnh Hưng Yên chi trả qua tài khoản cho 117.000/118.000 người. Trên địa bàn tỉnh Thái Bình (cũ), 63.000/64.000 người đã nhận tiền qua tài khoản. Địa bàn tỉnh Hưng Yên trước hợp nhất có 54.000 đối tượng.';
    expect(figuresOf(page).map((f) => f.place)).toEqual([
      'tỉnh Hưng Yên',
      'tỉnh Hưng Yên (địa bàn tỉnh Thái Bình (cũ))',
      'tỉnh Hưng Yên (Địa bàn tỉnh Hưng Yên trước hợp nhất)',
    ]);
  });

  it('reads “the pre-merger A area stands at P percent”', () => {
    const page =
      'In Dong Nai, 91,000 of 96,000 recipients were paid into accounts in September. The former Binh Phuoc area, with 32,000 recipients, lags at 90.6 percent, while the pre-merger Dong Nai area stands at 96.9 percent.';
    expect(
      figuresOf(page)
        .slice(1)
        .map((f) => [f.place, f.numbers]),
    ).toEqual([
      ['tỉnh Đồng Nai (former Binh Phuoc area)', [null, '32000', '90.6%']],
      ['tỉnh Đồng Nai (pre-merger Dong Nai area)', [null, null, '96.9%']],
    ]);
  });

  it('gives a list item the place it opens with, even a name no list of units has', () => {
    const page = [
      'Tháng 10/2025, thành phố Hải Phòng chi trả qua tài khoản cho 290.000/296.000 người.',
      'Kết quả ở một số phường, xã, đặc khu:',
      '• Đặc khu Cát Hải – 96,8%',
      '• Bạch Long Vĩ – 43/43 người – 100%',
      'Hiện còn ít người nhận tiền mặt.',
    ].join('\n');
    expect(figuresOf(page).map((f) => f.place)).toEqual([
      'thành phố Hải Phòng',
      'đặc khu Cát Hải',
      'Bạch Long Vĩ',
    ]);
  });
});

describe('extractFigures(text): one percent for every group named after it', () => {
  it('reads “đạt 100% ở cả hai nhóm người có công và bảo trợ xã hội” as one figure per group', () => {
    const page =
      'Tháng 3/2024, tỉnh B chi trả qua tài khoản cho 900/1.000 người, đạt 90%. Huyện đảo C là địa phương duy nhất đạt 100% ở cả hai nhóm người có công và bảo trợ xã hội.';
    expect(
      figuresOf(page)
        .slice(1)
        .map((f) => [f.place, f.group, f.numbers]),
    ).toEqual([
      ['huyện C', 'merit', [null, null, '100%']],
      ['huyện C', 'social_protection', [null, null, '100%']],
    ]);
  });
});
