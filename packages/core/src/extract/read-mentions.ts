import type { Language } from '../i18n/language.js';
import type { FigureGroup } from '../models/published-figure.js';
import { type Cue, findCues, groupOf, offTopic, type Topic } from './cue-words.js';
import type { FoundNumber } from './find-numbers.js';

/** What a number is in its sentence. */
export type MentionRole =
  /** a count of people */
  | 'people'
  /** a percent */
  | 'percent'
  /** an amount of money */
  | 'money'
  /** a count of units (provinces, communes): only figures as a share of units paying without cash */
  | 'units'
  /** anything else (banks, meetings, villages): not a figure */
  | 'none';

/** A number read in its sentence: what it counts, the words around it, and what those say. */
export interface Mention {
  readonly number: FoundNumber;
  readonly role: MentionRole;
  /** The end of the phrase the number heads: its noun and what is said of it, up to a comma or the next number. */
  readonly rightEnd: number;
  /** Where its left context starts: the clause start or the end of the phrase before it. */
  readonly leftStart: number;
  /** The start and end of its clause (between semicolons). */
  readonly clause: readonly [number, number];
  /** What it counts, and the words that say so; undefined when nothing says. */
  readonly topic: Topic | undefined;
  readonly topicCue: Cue | undefined;
  /** True when the topic rests only on a noun naming the people (`đối tượng`, `beneficiaries`). */
  readonly weakTopic: boolean;
  /** The nearest specific cue (not `beneficiaries`), after the number first: what a percent is of. */
  readonly specificCue: Cue | undefined;
  /** The group its own words name, if any. */
  readonly group: FigureGroup | undefined;
  /** True when the words around it are about another subject (poor households, ethnicity). */
  readonly offTopic: boolean;
  /** `A of B`, `A trên B`, `A out of B`: the index (in the sentence's numbers) of B, the base of this count. */
  readonly baseIndex: number | undefined;
  /** True for the B of `A of B`: a base stated inside a rate, not a figure of its own. */
  readonly isBase: boolean;
  /** `N of them`, `N trong số đó`: the base is the count named before. */
  readonly ofThem: boolean;
}

const peopleNoun: Readonly<Record<Language, RegExp>> = {
  vi: /^\s*(?:người|đối\s+tượng|trường\s+hợp|lượt\s+người|cụ|thương\s+binh|bệnh\s+binh|NCC|cựu\s+chiến\s+binh|trẻ\s+em|hộ)(?![\p{L}])/u,
  en: /^\s*(?:(?!(?:of|in|to|with|for|at|by|out|from|than)(?![\p{L}]))[\p{L}-]+\s+){0,5}?(?:people|persons?|beneficiar(?:y|ies)|recipients|pensioners|retirees|subjects|cases|individuals|residents|citizens|veterans|ex-servicemen|invalids|elderly|seniors|children|workers|households?)(?![\p{L}])/iu,
};

const unitsNoun: Readonly<Record<Language, RegExp>> = {
  vi: /^\s*(?:các\s+|trên\s+)?(?:tỉnh|thành\s+phố|xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|địa\s+phương|đơn\s+vị|tỉnh,\s*thành)(?![\p{L}])/u,
  en: /^\s*(?:of\s+)?(?:the\s+)?(?:provinces|cities|communes|wards|towns|districts|localities|units)(?![\p{L}])/iu,
};

/** A subject that counts people, ending in a copula just before the number: `số đối tượng … là`, `the number of … is`. */
const peopleSubject: Readonly<Record<Language, RegExp>> = {
  vi: /(?:(?:tổng\s+)?số\s+(?:người|đối\s+tượng|trường\s+hợp)|người|đối\s+tượng)[^;]*?(?:là|đạt|có|lên\s+(?:tới|đến))\s*$/iu,
  en: /(?:(?:number\s+of|total\s+of)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:people|persons|beneficiar(?:y|ies)|pensioners|recipients|subjects|cases|individuals)|(?:people|persons|beneficiar(?:y|ies)|pensioners|recipients|subjects|individuals)(?:\s+[\p{L}'’-]+){0,6}?)[^;]*?(?:is|was|are|were|reached|stood\s+at|totall?ed|numbered|amounted\s+to|came\s+to)\s*$/iu,
};

/** `N of them`, `N of whom`, `N trong số đó`: people counted within the count named before. */
/** A marker of parts after a count's phrase: `, of whom`, `, 4,987 of whom`, `, trong đó`, `, including`. */
const partsAhead =
  /,\s*(?:[\d.,]+\s+)?(?:of\s+(?:whom|which|them)|trong\s+đó|trong\s+số\s+(?:đó|này)|including|among\s+(?:them|whom))(?![\p{L}])/iu;
/** A marker of parts right before a count: `of whom 25,912 (94.4%)`, `trong đó 150`. */
const partsBefore =
  /(?:of\s+(?:whom|which|them)|among\s+(?:them|whom)|trong\s+đó|trong\s+số\s+(?:đó|này))\s*,?\s*$/iu;
const ofThemAfter = /^\s*(?:of\s+(?:them|whom|these|those)|trong\s+số\s+(?:đó|này))(?![\p{L}])/iu;
/** Between A and B, words that make B the base of A: `A trên B`, `A out of B`, `A of the B`, `A of Bac Giang province's B`. */
const ofBetween =
  /^\s*(?:(?:[\p{L}-]+\s+){0,3}?(?:người|đối\s+tượng|trường\s+hợp|beneficiaries|people|persons|pensioners|recipients)\s+)?(?:trên(?:\s+tổng\s+số)?|trong\s+(?:tổng\s+)?số|\/|out\s+of(?:\s+(?:a|the)(?:\s+total(?:\s+of)?)?)?|of(?:\s+(?:a|the)(?:\s+total(?:\s+of)?)?)?(?:\s+(?:\p{Lu}[\p{L}’']*\s+){1,4}(?:province|district|commune|city|ward)?['’]s|\s+(?:its|their|his|her))?)\s*$/u;

/** Words after which a word number is a count even without a noun: `only two accepted cash payments`. */
const onlyBefore = /(?:only|just|still|chỉ|chỉ\s+còn|còn)\s*$/iu;

/** The end of the phrase a number heads: a comma, bracket, semicolon or colon, the next number, or a new clause. */
function phraseEnd(
  text: string,
  from: number,
  limit: number,
  language: Language,
): { end: number; newClause: boolean } {
  const stop =
    language === 'vi'
      ? /[,;:()[\]]|(\s(?:thì|nhưng|song|còn(?!\s+lại)|trong\s+khi)\s|\s(?:và|,)\s+(?:chỉ|hầu|số|các|những|đã|mới|hiện|tổng)\s|\s-\s)/u
      : /[,;:()[\]]|(\s(?:but|while|whereas|so|although)\s|\s(?:and)\s+(?:most|only|all|some|the|they|their(?!\s+(?:relatives|families|dependants|dependents)(?![\p{L}]))|its|it|this|that|almost|nearly|none|each)\s|\s[-–]\s)/iu;
  const slice = text.slice(from, limit);
  const match = stop.exec(slice);
  return match === null
    ? { end: limit, newClause: false }
    : { end: from + match.index, newClause: match[1] !== undefined };
}

/** Words between the end of a cue and a number: few, with no comma or semicolon, make the cue close. */
function close(input: string, from: number, to: number): boolean {
  const between = input.slice(from, to);
  return (
    !/[,;:]/u.test(between) &&
    between
      .trim()
      .split(/\s+/u)
      .filter((w) => w !== '').length <= 6
  );
}

/**
 * Reads each number of a sentence: what it is (a count of people, a percent, money, a count of units, or
 * nothing to extract) and what the words around it say it counts. The topic comes from the nearest
 * specific cue (account, paid, cash, no account, process, change) in this order: in the phrase after the
 * number; just before it (`chi trả qua tài khoản cho 6.218 đối tượng`); a verb of allowances after it
 * (`người hưởng trợ cấp`); the predicate its clause goes on to (`100% X và 3.285/3.412 Y … đã nhận … qua
 * tài khoản`); further before it; and last a noun naming the people (`đối tượng bảo trợ xã hội`).
 */
export function readMentions(
  input: string,
  numbers: readonly FoundNumber[],
  sentence: { readonly start: number; readonly end: number },
  language: Language,
): Mention[] {
  const clauses: [number, number][] = [];
  let from = sentence.start;
  for (let i = sentence.start; i <= sentence.end; i += 1) {
    if (i === sentence.end || input[i] === ';') {
      clauses.push([from, i]);
      from = i + 1;
    }
  }
  const clauseOf = (position: number) =>
    clauses.find(([a, b]) => position >= a && position < b) ?? [sentence.start, sentence.end];
  const cues = findCues(input, sentence.start, sentence.end, language);
  const specific = (c: Cue) => c.topic !== 'beneficiaries';

  // Phrase ends first: the left context of a number starts where the phrase before it ended.
  const phrases = numbers.map((number, index) => {
    const clause = clauseOf(number.start);
    const next = numbers[index + 1];
    const nextStart = next !== undefined && next.start < clause[1] ? next.start : clause[1];
    return phraseEnd(input, number.end, nextStart, language);
  });
  const ends = phrases.map((p) => p.end);
  const rightCues = (index: number) => {
    const number = numbers[index] as FoundNumber;
    return cues.filter((c) => c.start >= number.end && c.start < (ends[index] ?? number.end));
  };

  /** The predicate a clause goes on to: the first specific cue after a number's phrase, past appositive percents and coordinated cue-less counts. */
  const forwardCue = (
    index: number,
    clauseEnd: number,
  ): { readonly cue: Cue; readonly pastPercent: boolean } | undefined => {
    let position = ends[index] ?? 0;
    let pastPercent = false;
    for (let k = index + 1; k <= numbers.length; k += 1) {
      const next = numbers[k];
      const limit = next === undefined || next.start >= clauseEnd ? clauseEnd : next.start;
      const found = cues.find((c) => specific(c) && c.start >= position && c.start < limit);
      if (found !== undefined) {
        const before = input.slice(position, found.start);
        // `có 54.252 đối tượng, tỷ lệ nhận qua tài khoản …`: the rate is a subject of its own;
        // `có 2.600 đối tượng, đã chi qua tài khoản cho 2.405 người`: the predicate is the next count's.
        const ownSubject = /(?:tỷ|tỉ)\s+lệ|(?:the|a|its)\s+(?:rate|share)/iu.test(before);
        const governsNext =
          next !== undefined &&
          next.kind !== 'percent' &&
          next.start < clauseEnd &&
          /^[^,;.]{0,24}?(?:cho|tới|đến|to|for)\s*$/iu.test(input.slice(found.end, next.start));
        return ownSubject || governsNext ? undefined : { cue: found, pastPercent };
      }
      if (next === undefined || next.start >= clauseEnd) return undefined;
      const gap = input.slice(position, next.start);
      const appositive =
        next.kind === 'percent' &&
        /[(,]\s*(?:chiếm|đạt|accounting\s+for|reaching|or|i\.e\.)?(?:\s+tỷ\s+lệ)?\s*$/iu.test(gap);
      const coordinated = /(?:^|\s)(?:và|and)\s*$|^\s*,\s*$/iu.test(gap) && !rightCues(k).some(specific);
      if (!appositive && !coordinated) return undefined;
      if (appositive) pastPercent = true;
      position = next.kind === 'percent' ? (ends[k] ?? next.end) : next.end;
      if (next.kind === 'percent') {
        const closing = input.slice(next.end, next.end + 3).indexOf(')');
        if (closing !== -1 && next.end + closing < clauseEnd) position = next.end + closing + 1;
        const comma = /^\s*,/u.exec(input.slice(position, position + 3));
        if (comma !== null) position += comma[0].length;
      }
    }
    return undefined;
  };

  const mentions = numbers.map((number, index): Mention => {
    const clause = clauseOf(number.start);
    const rightEnd = ends[index] ?? number.end;
    const previousEnd = index === 0 ? -1 : (ends[index - 1] ?? -1);
    const leftStart = Math.max(clause[0], previousEnd <= number.start ? previousEnd : clause[0]);
    const after = input.slice(number.end, rightEnd);
    const before = input.slice(leftStart, number.start);

    // `5,230 beneficiaries, 4,987 of whom (95.35%) received …`, `27.450 người, trong đó …`: what follows the
    // marker of parts is said of the part, not of this count.
    const partsFrom = partsAhead.exec(input.slice(number.end, clause[1]));
    const partsAt =
      partsFrom === null || /[.;]/u.test(input.slice(number.end, number.end + partsFrom.index))
        ? Number.POSITIVE_INFINITY
        : number.end + partsFrom.index;
    const right = rightCues(index).filter((c) => c.start < partsAt);
    const left = cues.filter((c) => c.end <= number.start && c.end > leftStart);
    const specificRight = right.find(specific);
    const specificLeft = [...left].reverse().find(specific);
    const closeLeft =
      specificLeft !== undefined && close(input, specificLeft.end, number.start) ? specificLeft : undefined;
    const strongRight = right.find((c) => c.topic === 'beneficiaries' && c.weak !== true);
    const weakRight = right.find((c) => c.topic === 'beneficiaries' && c.weak === true);
    const genericLeft = [...left].reverse().find((c) => c.topic === 'beneficiaries');
    // The predicate the clause goes on to, unless a new clause starts after the number's phrase. Past an
    // appositive percent (`3.46 million people receiving pensions, or 62.5%, are paid through accounts`)
    // it is the main verb, and outweighs a participle after the number.
    const ahead =
      (specificRight ?? closeLeft) !== undefined ||
      phrases[index]?.newClause === true ||
      partsAt !== Number.POSITIVE_INFINITY
        ? undefined
        : forwardCue(index, clause[1]);
    const forward =
      ahead !== undefined && (strongRight === undefined || ahead.pastPercent) ? ahead.cue : undefined;
    // A subject before a copula (`số đối tượng đã có tài khoản … là 1.250 đối tượng`) outweighs a noun after.
    const copula = /(?:là|đạt|is|was|are|were|numbered|reached|totall?ed)\s*(?:\S+\s+)?$/iu.test(before);
    const topicCue =
      specificRight ??
      closeLeft ??
      (copula ? specificLeft : undefined) ??
      (ahead?.pastPercent === true ? forward : undefined) ??
      strongRight ??
      forward ??
      (copula ? weakRight : (weakRight ?? specificLeft)) ??
      genericLeft;

    let role: MentionRole;
    const people = peopleNoun[language].exec(after);
    const startsWithCue = right.some(
      (c) =>
        specific(c) &&
        /^\s*(?:(?:have|has|had|were|are|was|is|already|still|đã|đang|được|chưa|mới|cũng|vẫn)\s+)?$/iu.test(
          input.slice(number.end, c.start),
        ),
    );
    if (number.kind === 'percent') role = 'percent';
    else if (number.kind === 'money') role = 'money';
    else if (unitsNoun[language].test(after)) role = 'units';
    else if (people !== null) role = 'people';
    else if (number.word === true) {
      role = onlyBefore.test(before) && specificRight !== undefined ? 'people' : 'none';
    } else if (ofThemAfter.test(after) || startsWithCue || partsBefore.test(before)) role = 'people';
    else if (peopleSubject[language].test(input.slice(clause[0], number.start))) role = 'people';
    else role = 'none';
    if (number.word === true && role === 'people' && people === null && !onlyBefore.test(before))
      role = 'none';

    const ownWords = `${before} ${after}`;
    return {
      number,
      role,
      rightEnd,
      leftStart,
      clause,
      topic: topicCue?.topic,
      topicCue,
      weakTopic: topicCue !== undefined && topicCue.weak === true,
      specificCue: specificRight ?? closeLeft ?? forward ?? specificLeft,
      group: groupOf(after, language) ?? groupOf(before, language),
      offTopic: offTopic(role === 'people' ? after : ownWords, language),
      baseIndex: undefined,
      isBase: false,
      ofThem: ofThemAfter.test(after),
    };
  });

  // `A of B`, `A trên B`, `A out of B`, `A beneficiaries out of B`: B is the base of A, and A counts people.
  for (let i = 0; i + 1 < mentions.length; i += 1) {
    const b = mentions[i + 1] as Mention;
    if (mentions[i]?.number.kind !== 'count' || b.number.kind !== 'count') continue;
    let a = mentions[i] as Mention;
    if (a.clause !== b.clause) continue;
    const gap = input.slice(a.number.end, b.number.start);
    if (!ofBetween.test(gap)) continue;
    // `…, while B paid 1,105 out of 1,142 (96.8%)`: the noun left out, said with the pair before it.
    const parallel =
      mentions[i + 2]?.role === 'percent' &&
      /^\s*(?:\(|,\s*(?:or|i\.e\.|tức(?:\s+là)?|tương\s+ứng|đạt))\s*$/iu.test(
        input.slice(b.number.end, mentions[i + 2]?.number.start),
      )
        ? mentions
            .slice(0, i)
            .reverse()
            .find((m) => m.role === 'people' && m.baseIndex !== undefined)
        : undefined;
    if (
      b.role !== 'people' &&
      !peopleNoun[language].test(input.slice(b.number.end, b.rightEnd)) &&
      a.role !== 'people' &&
      parallel === undefined
    ) {
      continue;
    }
    if (parallel !== undefined && a.role !== 'people' && (a.topicCue === undefined || a.weakTopic)) {
      a = {
        ...a,
        topic: parallel.topic,
        topicCue: parallel.topicCue,
        weakTopic: parallel.weakTopic,
        specificCue: parallel.specificCue,
      };
    }
    const topicFromBase = a.topicCue === undefined || a.weakTopic || a.topic === 'beneficiaries';
    mentions[i] = {
      ...a,
      role: 'people',
      baseIndex: i + 1,
      ...(topicFromBase && b.topicCue !== undefined && b.topic !== 'beneficiaries'
        ? { topic: b.topic, topicCue: b.topicCue, weakTopic: false, specificCue: b.topicCue }
        : {}),
      group: a.group ?? b.group,
    };
    mentions[i + 1] = { ...b, role: 'people', isBase: true };
  }
  return mentions;
}
