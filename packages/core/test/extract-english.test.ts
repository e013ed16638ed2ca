// English pages of Vietnamese outlets: the language is detected, numbers are read by its conventions, and
// the same figures come out as from the Vietnamese. Sentences written for these tests.
import { detectLanguage, extractFigures } from '@ansinh/core';
import { describe, expect, it } from 'vitest';
import { figuresOf } from './extract-helpers.js';

describe('extractFigures(text) on English pages', () => {
  it('reads “1,250 out of 1,600 beneficiaries receive their allowances via personal accounts, reaching 78.1%”', () => {
    expect(
      figuresOf(
        'In Hai Hau district, 1,250 out of 1,600 beneficiaries receive their allowances via personal accounts, reaching 78.1%.',
      ),
    ).toEqual([
      {
        place: 'huyện Hai Hau',
        group: 'all',
        period: null,
        what: 'paid_through_account_rate',
        numbers: ['1250', '1600', '78.1%'],
      },
    ]);
  });

  it('reads “over 2,000 people have opened accounts, accounting for 45.5%”', () => {
    expect(
      figuresOf('In Ha Giang province, over 2,000 people have opened accounts, accounting for 45.5%.'),
    ).toEqual([
      {
        place: 'tỉnh Hà Giang',
        group: 'all',
        period: null,
        what: 'account_rate',
        numbers: ['over 2000', null, '45.5%'],
      },
    ]);
  });

  it('gives the same figures as the Vietnamese sentence it translates', () => {
    const vi = figuresOf(
      'Huyện Kim Sơn có 3.875 đối tượng hưởng trợ cấp hàng tháng, trong đó 3.610 người đã có tài khoản (93,2%).',
    );
    const en = figuresOf(
      'Kim Son district has 3,875 beneficiaries receiving monthly allowances, 3,610 of whom have accounts (93.2%).',
    );
    const essentials = (list: typeof vi) => list.map((f) => [f.what, f.group, f.numbers]);
    expect(essentials(en)).toEqual(essentials(vi));
    expect(essentials(en)).toEqual([
      ['count:monthly_beneficiaries', 'all', ['3875']],
      ['account_rate', 'all', ['3610', '3875', '93.2%']],
    ]);
  });

  it('reads pensions paid by a provincial social insurance office, with the amount paid through accounts', () => {
    expect(
      figuresOf(
        'In September 2024, Quang Tri Social Security paid pensions and social insurance benefits to 21,365 people, of whom 12,804 received their money via personal accounts, reaching 59.93%. The amount paid through accounts was VND 41.2 billion.',
      ),
    ).toEqual([
      {
        place: 'tỉnh Quảng Trị',
        group: 'pension',
        period: 'In September 2024',
        what: 'count:monthly_beneficiaries',
        numbers: ['21365'],
      },
      {
        place: 'tỉnh Quảng Trị',
        group: 'pension',
        period: 'In September 2024',
        what: 'paid_through_account_rate',
        numbers: ['12804', '21365', '59.93%'],
      },
      {
        place: 'tỉnh Quảng Trị',
        group: 'pension',
        period: 'In September 2024',
        what: 'amount:account',
        numbers: ['41200000000'],
      },
    ]);
  });

  it('reads a percent printed with a decimal comma (“0,38%”) or a mistyped colon (“97:85%”)', () => {
    expect(
      figuresOf(
        'Ninh Binh province has 11,420 people with meritorious services. Only 43 of them, accounting for 0,38%, have not yet opened bank accounts, while the rate of people receiving allowances through accounts was 97:85%.',
      ).map((f) => [f.what, f.numbers]),
    ).toEqual([
      ['count:monthly_beneficiaries', ['11420']],
      ['other', ['43', '11420', '0.38%']],
      ['paid_through_account_rate', [null, null, '97.85%']],
    ]);
  });

  it('makes “nationwide” and a ministry reporting national, and a dateline (“HANOI - ”) not a place', () => {
    expect(
      figuresOf(
        'HANOI - Nationwide, more than 2.86 million beneficiaries had received their allowances via personal accounts as of the end of October 2024, accounting for 66.8% of the total, according to the Ministry of Labour, Invalids and Social Affairs.',
      ),
    ).toEqual([
      {
        place: 'toàn quốc',
        group: 'all',
        period: 'as of the end of October 2024',
        what: 'paid_through_account_rate',
        numbers: ['over 2860000', null, '66.8%'],
      },
    ]);
  });

  it('reads a number written as a word when it counts people (“only two accepted cash payments”)', () => {
    expect(
      figuresOf(
        'Almost all beneficiaries in Long Bien district have opened accounts, and only two accepted cash payments.',
      ),
    ).toEqual([
      { place: 'huyện Long Bien', group: 'all', period: null, what: 'count:paid_in_cash', numbers: ['2'] },
    ]);
  });

  it('continues a rate with group subjects (“People with meritorious services reached 92.4%”)', () => {
    expect(
      figuresOf(
        'As of August 2025, more than 3.4 million of the 4.6 million social security beneficiaries nationwide were receiving monthly allowances through bank accounts. People with meritorious services reached 92.4%, while social protection beneficiaries reached 71.9%.',
      ).map((f) => [f.place, f.what, f.group, f.numbers]),
    ).toEqual([
      ['toàn quốc', 'paid_through_account_rate', 'all', ['over 3400000', '4600000', null]],
      ['toàn quốc', 'paid_through_account_rate', 'merit', [null, null, '92.4%']],
      ['toàn quốc', 'paid_through_account_rate', 'social_protection', [null, null, '71.9%']],
    ]);
  });

  it('reads English qualifiers and scale words: “nearly 142 billion VND”, “about 1.2 million”', () => {
    expect(
      figuresOf(
        'In Thanh Hoa province, about 1.2 million people receive monthly allowances, with a total payment of nearly 142 billion VND since the beginning of the year.',
      ).map((f) => [f.what, f.numbers, f.period]),
    ).toEqual([
      ['count:monthly_beneficiaries', ['about 1200000'], 'since the beginning of the year'],
      ['amount:all', ['nearly 142000000000'], 'since the beginning of the year'],
    ]);
  });
});

describe('detectLanguage(text)', () => {
  it('tells Vietnamese from English, and an English page quoting Vietnamese names stays English', () => {
    expect(detectLanguage('Huyện A có 200 người hưởng trợ cấp hằng tháng.')).toBe('vi');
    expect(detectLanguage('The Việt Nam Social Security said Đồng Nai has 17,000 pensioners.')).toBe('en');
  });

  it('never reads 17.472 as seventeen and a half in a Vietnamese text, nor 17,472 as a decimal in an English one', () => {
    const vi = extractFigures('Huyện A có 17.472 người hưởng trợ cấp.');
    const en = extractFigures('A district has 17,472 people receiving allowances.');
    expect(vi[0]?.kind === 'count' && vi[0].count.value).toBe(17_472);
    expect(en[0]?.kind === 'count' && en[0].count.value).toBe(17_472);
  });
});

describe('extractFigures(text, English): pages after the 2025 merger', () => {
  const page = [
    'https://example.vn/en/society/quang-tri-pensions-1.html',
    'Quang Tri: pensions paid through accounts',
    '',
    ' date 2025-11-20',
    'Quang Tri (VNA) – Some 60,000 people in Quang Tri province receive monthly pensions, of whom 54,000 were paid through personal accounts in October, or 90 pc.',
    'The rate was 84.5 pc in the same month last year, before Quang Binh province was merged into Quang Tri on July 1.',
    'In the former Quang Binh and Quang Tri areas, the rates were 91.2 pc and 88.7 pc respectively.',
    'As of November 15, out of 2,000 pensioners in Dong Ha ward, 1,900 received their pensions through accounts. That is 95 per cent.',
  ].join('\n');
  const figures = extractFigures(page);
  const rates = figures.filter((f) => f.kind === 'rate');

  it('names the provinces before the merger as areas of the province they are now in, paired in order by “respectively”', () => {
    expect(
      rates
        .filter((f) => f.locality.part !== undefined)
        .map((f) => [f.locality.name, f.locality.part, f.percent?.value, f.period.asStated]),
    ).toEqual([
      ['Quảng Trị', 'former Quang Binh area', '91.2', 'in October'],
      ['Quảng Trị', 'former Quang Tri area', '88.7', 'in October'],
    ]);
  });

  it('keeps a comparison (“the same month last year”) and an event’s date (“merged … on July 1”) to their own sentence', () => {
    expect(rates.find((f) => f.percent?.value === '84.5')?.period.asStated).toBe('the same month last year');
    expect(rates.filter((f) => f.period.asStated === 'on July 1')).toEqual([]);
  });

  it('joins “That is 95 per cent.” to the counts stated just before: one figure, quoting both sentences', () => {
    const dongHa = rates.find((f) => f.locality.name === 'Dong Ha');
    expect(dongHa).toMatchObject({
      numerator: { value: 1_900 },
      denominator: { value: 2_000 },
      percent: { value: '95' },
      period: { asStated: 'As of November 15' },
    });
    expect(dongHa?.quotes).toHaveLength(2);
  });
});

describe('extractFigures(text, English): parts and changes', () => {
  it('reads “N beneficiaries, M of whom (P%)” and “of whom M (P%)”: M over N', () => {
    for (const text of [
      'In August 2024, Uong Bi city had 5,230 monthly beneficiaries, 4,987 of whom (95.35%) received their allowances through accounts.',
      'As of August 2024, Uong Bi city had 5,230 people receiving monthly allowances, of whom 4,987 (95.35%) were paid through bank accounts.',
    ]) {
      const rate = extractFigures(text).find((f) => f.kind === 'rate');
      expect(
        rate?.kind === 'rate' && [rate.numerator?.value, rate.denominator?.value, rate.percent?.value],
      ).toEqual([4_987, 5_230, '95.35']);
    }
  });

  it('does not read a change (“rose 12% year on year”, “was up 15%”) as a rate, nor lend a base to an earlier value', () => {
    const figures = extractFigures(
      'In Bac Ninh province, nearly 96% of the 31,200 monthly beneficiaries were paid through bank accounts in December 2024, up from 82.5% a year earlier. The number of account holders rose 12% year on year.',
    );
    expect(
      figures.flatMap((f) => (f.kind === 'rate' ? [[f.percent?.value, f.denominator?.value ?? null]] : [])),
    ).toEqual([
      ['96', 31_200],
      ['82.5', null],
    ]);
  });
});

describe('extractFigures(text) in English: comparisons and pairs that leave their noun out', () => {
  it('reads “the rate was P%, compared to Q% in …” as two rates of the same kind, not changes', () => {
    const page = [
      'In Hai Phong, 9,000 people, or 90% of the city’s 10,000 beneficiaries, were paid via accounts in May.',
      'In the former Hai Duong area, the rate was 84.5%, compared to 95.2% in the former Hai Phong area.',
    ].join('\n');
    expect(figuresOf(page).map((f) => [f.what, f.numbers])).toEqual([
      ['paid_through_account_rate', ['9000', '10000', '90%']],
      ['paid_through_account_rate', [null, null, '84.5%']],
      ['paid_through_account_rate', [null, null, '95.2%']],
    ]);
  });

  it('reads “…, while B paid A out of N (P%)” with the noun of the pair before it', () => {
    const page =
      'In Hue City, Kim Long Ward paid 1,980 out of 2,000 recipients via accounts, or 99%, while A Luoi Commune paid 600 out of 800 (75%).';
    expect(figuresOf(page).map((f) => [f.place, f.what, f.numbers])).toEqual([
      ['phường Kim Long', 'paid_through_account_rate', ['1980', '2000', '99%']],
      ['xã A Luoi', 'paid_through_account_rate', ['600', '800', '75%']],
    ]);
  });
});

describe('extractFigures(text) in English: a place, then “is above P per cent”; a target in a later paragraph', () => {
  it('reads “Even the Ly Son special zone is above 95 per cent” as the special zone’s rate', () => {
    const page =
      'In Quang Ngai, 900 of 1,000 people receive allowances through accounts. An Hai Ward pays 99.1 per cent of recipients through accounts. Even the Ly Son special zone is above 95 per cent.';
    expect(figuresOf(page).map((f) => [f.place, f.numbers])).toEqual([
      ['tỉnh Quảng Ngãi', ['900', '1000', null]],
      ['phường An Hai', [null, null, '99.1%']],
      ['đặc khu Ly Son', [null, null, 'over 95%']],
    ]);
  });

  it('gives a target stated in a new paragraph the place the page is about, not the last place named', () => {
    const page = [
      'In Quang Ngai, 900 of 1,000 people receive allowances through accounts, or 90 per cent.',
      'An Hai Ward pays 99.1 per cent of recipients through accounts.',
      'Our target is 95 per cent by June 2026.',
    ].join('\n');
    expect(figuresOf(page).map((f) => [f.place, f.numbers, f.target ?? false])).toEqual([
      ['tỉnh Quảng Ngãi', ['900', '1000', '90%'], false],
      ['phường An Hai', [null, null, '99.1%'], false],
      ['tỉnh Quảng Ngãi', [null, null, '95%'], true],
    ]);
  });
});

describe('extractFigures(text) in English: whole counts, points, shares of units', () => {
  it('reads “N people were on monthly allowances …. Of these, M had a bank account, or P percent”', () => {
    const page =
      'Nationwide, 2,000,000 people were on monthly social assistance or merit allowances at the end of April. Of these, 1,800,000 had a bank account, or 90 percent.';
    expect(figuresOf(page).map((f) => [f.what, f.numbers])).toEqual([
      ['count:monthly_beneficiaries', ['2000000']],
      ['account_rate', ['1800000', '2000000', '90%']],
    ]);
  });

  it('reads “gained 6.8 points since December” as a change in points that dates nothing after it', () => {
    const page = [
      'Nationwide, 900 of 1,000 people had an account in May, or 90 percent. The account rate has gained 6.8 points since December.',
      'Kim Long Ward paid 95 per cent of its 400 recipients via accounts.',
    ].join('\n');
    expect(figuresOf(page).map((f) => [f.what, f.numbers, f.period])).toEqual([
      ['account_rate', ['900', '1000', '90%'], 'in May'],
      ['other', [null, null, '6.8%'], 'since December'],
      ['paid_through_account_rate', [null, '400', '95%'], 'in May'],
    ]);
  });

  it('reads “N of the province’s M communes …” and “nine localities … have yet to reach 70 percent” as shares of units', () => {
    const page =
      'In Son La, 150 of the province’s 200 communes and wards paid more than 80 percent of recipients by transfer. Nine localities have yet to reach 70 percent.';
    expect(
      figuresOf(page)
        .filter((f) => f.what === 'cashless_units_share')
        .map((f) => f.numbers),
    ).toEqual([
      ['150', '200', null],
      ['9', null, null],
    ]);
  });
});

describe('extractFigures(text) in English: appositions, earlier values, bases said with each place', () => {
  it('reads “paid A of its B … recipients through bank accounts in September, a rate of P percent, up from Q percent in July”', () => {
    const page = [
      'Binh Dinh province paid 9,000 of its 10,000 social assistance and merit allowance recipients through bank accounts in September, a rate of 90 percent, up from 85 percent in July.',
      'Quy Nhon Ward paid 96 percent.',
    ].join('\n');
    expect(figuresOf(page).map((f) => [f.place, f.numbers, f.period])).toEqual([
      ['tỉnh Bình Định', ['9000', '10000', '90%'], 'in September'],
      ['tỉnh Bình Định', [null, null, '85%'], 'in July'],
      ['phường Quy Nhon', [null, null, '96%'], 'in September'],
    ]);
  });

  it('reads “The former A area, with N recipients, and the former B area, with M, reached P and Q percent respectively”', () => {
    const page =
      'Gia Lai paid 90,000 of its 100,000 recipients through accounts in September, or 90 percent. The former Binh Dinh area, with 60,000 recipients, and the former Gia Lai area, with 40,000, reached 92.5 and 88.25 percent respectively.';
    expect(figuresOf(page).map((f) => [f.place, f.numbers])).toEqual([
      ['tỉnh Gia Lai', ['90000', '100000', '90%']],
      ['tỉnh Gia Lai (former Binh Dinh area)', [null, '60000', '92.5%']],
      ['tỉnh Gia Lai (former Gia Lai area)', [null, '40000', '88.25%']],
    ]);
  });
});

describe('extractFigures(text) in English: names with a number or a hyphen', () => {
  it('reads “Bao Lam 1 commune” and “Xuan Huong - Da Lat ward”, not a dateline “PANO - Quang Tri”', () => {
    const page =
      'PANO - Quang Tri Province paid 90 percent of its recipients via accounts in May. Xuan Huong - Da Lat ward reported 99.2% (3,874 of 3,905 recipients), while Bao Lam 1 commune paid 2,210 of its 2,468 recipients by transfer, or 89.5%.';
    expect(figuresOf(page).map((f) => f.place)).toEqual([
      'tỉnh Quảng Trị',
      'phường Xuan Huong - Da Lat',
      'xã Bao Lam 1',
    ]);
  });
});

describe('extractFigures(text) in English: Vietnam Social Security reporting', () => {
  it('reads “According to Vietnam Social Security (VSS), of the N people …, M were paid into accounts” as national', () => {
    const page =
      'Banks compete for Vietnam’s pensioners. According to Vietnam Social Security (VSS), of the 3,000,000 people receiving monthly pensions in May, 2,700,000 were paid into personal accounts, a share of 90 per cent.';
    expect(figuresOf(page).map((f) => [f.place, f.numbers])).toEqual([
      ['toàn quốc', ['2700000', '3000000', '90%']],
    ]);
  });
});

describe('extractFigures(text) in English: a total, then part of it', () => {
  it('reads “we paid N people. Of the total, M received the money in an account” as M of N paid through accounts', () => {
    const page =
      'In Quang Binh in May we paid 20,000 people. Of the total, 19,000 received the money in an account.';
    expect(figuresOf(page).map((f) => [f.what, f.numbers])).toEqual([
      ['count:monthly_beneficiaries', ['20000']],
      ['paid_through_account_rate', ['19000', '20000', null]],
    ]);
  });
});

describe('extractFigures(text) in English: a unit named in apposition', () => {
  it('reads “In Thu Lum, a border commune where …, A of the B recipients now receive … through an account”', () => {
    const page =
      'In Lai Chau, 9,000 of 10,000 recipients are paid via accounts. In Thu Lum, a border commune where most residents are La Hu people, 417 of the 536 recipients now receive their money through an account.';
    expect(figuresOf(page).map((f) => [f.place, f.numbers])).toEqual([
      ['tỉnh Lai Châu', ['9000', '10000', null]],
      ['xã Thu Lum', ['417', '536', null]],
    ]);
  });
});

describe('extractFigures(text) in English: relatives, risen by points, of whom', () => {
  it('reads “N people with meritorious services and their relatives received … via bank accounts, or P percent of the M people”', () => {
    const page =
      'The Ministry of Home Affairs said that 900,000 people with meritorious services to the revolution and their relatives received their May allowances via bank accounts, or 90 percent of the 1,000,000 people on the merit register. The share has risen by 20.5 percentage points in twelve months.';
    expect(figuresOf(page).map((f) => [f.what, f.numbers])).toEqual([
      ['paid_through_account_rate', ['900000', '1000000', '90%']],
      ['other', [null, null, '20.5%']],
    ]);
  });

  it('reads “Of the N recipients, M are people with meritorious service …, of whom K were paid by transfer” with M as the base', () => {
    const page =
      'In Lai Chau in May, of the 20,000 recipients, 4,000 are people with meritorious service and their relatives, of whom 3,800 were paid by transfer.';
    expect(
      figuresOf(page)
        .filter((f) => f.what.endsWith('_rate'))
        .map((f) => f.numbers),
    ).toEqual([['3800', '4000', null]]);
  });
});
