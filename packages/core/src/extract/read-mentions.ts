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
  /** Where its left context starts: the clause start or the end of the number before it. */
  readonly leftStart: number;
  /** The start and end of its clause (between semicolons). */
  readonly clause: readonly [number, number];
  /** What it counts, and the words that say so; undefined when nothing says. */
  readonly topic: Topic | undefined;
  readonly topicCue: Cue | undefined;
  /** The nearest specific cue (not a bare `beneficiaries`), after the number first: what a percent is of. */
  readonly specificCue: Cue | undefined;
  /** The group its own words name, if any. */
  readonly group: FigureGroup | undefined;
  /** True when the words around it are about another subject (poor households, ethnicity). */
  readonly offTopic: boolean;
  /** The words naming whom it counts, when a noun follows it. */
  readonly noun: { readonly start: number; readonly end: number } | undefined;
}

const peopleNoun: Readonly<Record<Language, RegExp>> = {
  vi: /^\s*(?:người|đối\s+tượng|trường\s+hợp|lượt\s+người|cụ|thương\s+binh|bệnh\s+binh|NCC|cựu\s+chiến\s+binh|trẻ\s+em|hộ)(?![\p{L}])/u,
  en: /^\s*(?:(?!and\b|or\b|of\b|in\b|to\b|with\b|for\b|at\b|by\b)[\p{L}-]+\s+){0,3}?(?:people|persons?|beneficiar(?:y|ies)|recipients|pensioners|retirees|subjects|cases|individuals|residents|citizens|veterans|ex-servicemen|invalids|elderly|seniors|children|workers|households?|families)(?![\p{L}])/iu,
};

const unitsNoun: Readonly<Record<Language, RegExp>> = {
  vi: /^\s*(?:các\s+|trên\s+)?(?:tỉnh|thành\s+phố|xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|địa\s+phương|đơn\s+vị|tỉnh,\s*thành)(?![\p{L}])/u,
  en: /^\s*(?:of\s+)?(?:the\s+)?(?:provinces|cities|communes|wards|towns|districts|localities|units)(?![\p{L}])/iu,
};

/** A subject that counts people, ending in a copula just before the number: `số đối tượng … là`, `the number of … is`. */
const peopleSubject: Readonly<Record<Language, RegExp>> = {
  vi: /(?:(?:tổng\s+)?số\s+(?:người|đối\s+tượng|trường\s+hợp)|người|đối\s+tượng)[^;]*?(?:là|đạt|có|lên\s+(?:tới|đến))\s*$/iu,
  en: /(?:number\s+of|total\s+of)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:people|persons|beneficiar(?:y|ies)|pensioners|recipients|subjects|cases|individuals)[^;]*?(?:is|was|are|were|reached|stood\s+at|totall?ed|numbered|at)\s*$/iu,
};

/** Words after which a word number is a count even without a noun: `only two accepted cash payments`. */
const onlyBefore = /(?:only|just|still|chỉ|chỉ\s+còn|còn)\s*$/iu;

/** The end of the phrase a number heads: a comma, bracket, semicolon or colon, the next number, or a new clause. */
function phraseEnd(text: string, from: number, limit: number, language: Language): number {
  const stop =
    language === 'vi'
      ? /[,;:()[\]]|\s(?:thì|nhưng|song|còn|trong\s+khi)\s|\s(?:và|,)\s+(?:chỉ|hầu|số|các|những|đã|mới|hiện|tổng)\s|\s-\s/u
      : /[,;:()[\]]|\s(?:but|while|whereas|so|although)\s|\s(?:and)\s+(?:most|only|all|some|the|they|their|its|it|this|that|almost|nearly|none|each)\s|\s[-–]\s/iu;
  const slice = text.slice(from, limit);
  const match = stop.exec(slice);
  return match === null ? limit : from + match.index;
}

/**
 * Reads each number of a sentence: what it is (a count of people, a percent, money, a count of units, or
 * nothing to extract) and what the words around it say it counts. The topic is the nearest specific cue
 * (account, paid, cash, no account, process, change) in the phrase after the number, else the nearest
 * before it in its clause; a bare `beneficiaries` cue counts only where no specific one is found.
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

  let previousEnd = -1;
  return numbers.map((number, index) => {
    const clause = clauseOf(number.start);
    const next = numbers[index + 1];
    const nextStart = next !== undefined && next.start < clause[1] ? next.start : clause[1];
    const rightEnd = phraseEnd(input, number.end, nextStart, language);
    // The left context starts after the phrase of the number before (its noun is not this number's subject).
    const leftStart = Math.max(clause[0], previousEnd <= number.start ? previousEnd : clause[0]);
    previousEnd = rightEnd;
    const after = input.slice(number.end, rightEnd);
    const before = input.slice(leftStart, number.start);

    const right = cues.filter((c) => c.start >= number.end && c.start < rightEnd);
    const left = cues.filter((c) => c.end <= number.start && c.end > leftStart);
    const specificRight = right.find((c) => c.topic !== 'beneficiaries');
    const specificLeft = [...left].reverse().find((c) => c.topic !== 'beneficiaries');
    const genericRight = right.find((c) => c.topic === 'beneficiaries');
    const genericLeft = [...left].reverse().find((c) => c.topic === 'beneficiaries');
    const topicCue =
      specificRight ?? (genericRight !== undefined ? genericRight : (specificLeft ?? genericLeft));

    let role: MentionRole;
    let noun: Mention['noun'];
    const people = peopleNoun[language].exec(after);
    if (number.kind === 'percent') role = 'percent';
    else if (number.kind === 'money') role = 'money';
    else if (unitsNoun[language].test(after)) role = 'units';
    else if (people !== null) {
      role = 'people';
      noun = { start: number.end, end: number.end + people[0].length };
    } else if (number.word === true) {
      role = onlyBefore.test(before) && specificRight !== undefined ? 'people' : 'none';
    } else if (peopleSubject[language].test(input.slice(clause[0], number.start))) role = 'people';
    else role = 'none';
    if (number.word === true && role === 'people' && people === null && !onlyBefore.test(before)) role = 'none';

    const ownWords = `${before} ${after}`;
    return {
      number,
      role,
      rightEnd,
      leftStart,
      clause,
      topic: topicCue?.topic,
      topicCue,
      specificCue: specificRight ?? specificLeft,
      group: groupOf(after, language) ?? groupOf(before, language),
      offTopic: offTopic(role === 'people' ? after : ownWords, language),
      noun,
    };
  });
}
