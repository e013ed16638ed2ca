import type { AdminLevel } from '../models/admin-unit.js';
import type { Locality } from '../models/published-figure.js';
import { foldDiacritics } from '../vietnamese/fold-diacritics.js';
import { provinceKey, provinceNames } from '../vietnamese/province-names.js';
import { inPassing, type LocalityMention } from './find-localities.js';
import type { TextSpan } from './text-span.js';

/** A place a figure is about, with the words that named it. */
export interface ResolvedPlace {
  readonly locality: Locality;
  /** The words that named it in the text, for evidence; absent when it came from the page's address. */
  readonly span: TextSpan | undefined;
}

/** A named place, as a locality. */
export function localityOfMention(mention: LocalityMention): Locality {
  return {
    name: mention.name,
    level: mention.level,
    ...(mention.type === undefined ? {} : { type: mention.type }),
    ...(mention.code === undefined ? {} : { code: mention.code }),
    ...(mention.candidates === undefined ? {} : { candidates: [...mention.candidates] }),
    asStated: mention.text,
  };
}

const national: Locality = { name: 'Việt Nam', level: 'national' };

/** A mention that carries its type word (`xã Tây Ninh`, `Tien Hai district`), not a name alone. */
function typedMention(mention: LocalityMention): boolean {
  return /^(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tp\.?|tỉnh|đặc\s+khu)\s|\s(?:commune|ward|township|town|district|city|province)$/iu.test(
    mention.text,
  );
}

/**
 * What the article has named so far, to resolve `toàn tỉnh`, `the district` and figures whose sentence
 * names no place: the latest place in focus, and the latest place of each level. The page's own province
 * (from its address) is the last resort.
 */
export class PlaceContext {
  #focus: ResolvedPlace | undefined;
  /** The place in focus after the page's first figure: what it is about, where a new paragraph starts again. */
  #subject: ResolvedPlace | undefined;
  readonly #byLevel = new Map<AdminLevel, ResolvedPlace>();
  /** Communes and districts named with their type word, by name: what the same name alone means later. */
  readonly #lowerByName = new Map<string, ResolvedPlace>();
  /** The same names as written, by their first word: what a capitalised word of a sentence may start. */
  readonly #byFirstWord = new Map<string, string[]>();
  readonly #page: Locality | undefined;

  constructor(pageProvince: Locality | undefined) {
    this.#page = pageProvince;
  }

  /** The place in focus, or the page's province. */
  get focus(): ResolvedPlace | undefined {
    return this.#focus ?? (this.#page === undefined ? undefined : { locality: this.#page, span: undefined });
  }

  /** The latest place of a level (or any level), or the page's province for `province`. */
  latest(level: AdminLevel | 'any'): ResolvedPlace | undefined {
    if (level === 'any') return this.focus;
    const found = this.#byLevel.get(level);
    if (found !== undefined) return found;
    if (level === 'province') {
      const focus = this.#focus;
      if (focus?.locality.level === 'province') return focus;
      return this.#page === undefined ? undefined : { locality: this.#page, span: undefined };
    }
    return undefined;
  }

  /** Puts the focus on a place a reference resolved to (`toàn huyện` → huyện Diễn Châu). */
  focusOn(place: ResolvedPlace): void {
    if (place.locality.part === undefined) this.#setFocus({ locality: place.locality, span: place.span });
  }

  /**
   * A new paragraph that does not continue the one before: a place named in passing there (a district
   * leading, a commune quoted) no longer holds, and the focus goes back to what the page is about.
   */
  newParagraph(): void {
    if (this.#subject !== undefined) this.#focus = this.#subject;
  }

  /** What the page is about: the place in focus after its first figure, else the latest in focus, else its address's province. */
  get subject(): ResolvedPlace | undefined {
    return this.#subject ?? this.focus;
  }

  /** After a sentence that states a figure: the first such sentence settles what the page is about. */
  settleSubject(): void {
    this.#subject ??= this.#focus;
  }

  #setFocus(place: ResolvedPlace): void {
    this.#focus = place;
  }

  /** Records a place named in a sentence; `focus` when the text now speaks of it. */
  note(mention: LocalityMention, focus: boolean): void {
    const place: ResolvedPlace = {
      locality: mention.role === 'national' ? national : localityOfMention(mention),
      span: mention,
    };
    // A unit merged away or gone at the text's date is never what a later figure is about.
    if (mention.aside === 'merged' || mention.aside === 'defunct') return;
    if (mention.role === 'named' && mention.level !== 'national') this.#byLevel.set(mention.level, place);
    // A commune or district is only ever found by its type word (`xã A`, `các xã A và B`, `communes such
    // as A and B`) or from the units list.
    if (mention.role === 'named' && (mention.level === 'commune' || mention.level === 'district')) {
      const key = mention.name.toLowerCase();
      if (!this.#lowerByName.has(key)) {
        const first = mention.name.split(/\s/u)[0] ?? '';
        const list = this.#byFirstWord.get(first);
        if (list === undefined) this.#byFirstWord.set(first, [mention.name]);
        else list.push(mention.name);
      }
      this.#lowerByName.set(key, place);
    }
    if (focus) this.#setFocus(place);
  }

  /**
   * The names the page has given with their type word to communes and districts (`communes such as Mo Rai
   * … In Mo Rai, 143 …`) that start with a word, as written, and the place each means: a sentence looks
   * up its capitalised words, not every name.
   */
  namesStartingWith(word: string): readonly { readonly name: string; readonly place: ResolvedPlace }[] {
    const names = this.#byFirstWord.get(word);
    if (names === undefined) return [];
    return names.flatMap((name) => {
      const place = this.#lowerByName.get(name.toLowerCase());
      return place === undefined ? [] : [{ name, place }];
    });
  }

  /** Resolves a mention of a sentence to the place it means. */
  resolve(mention: LocalityMention, sentenceBefore: readonly LocalityMention[]): ResolvedPlace | undefined {
    switch (mention.role) {
      case 'named': {
        // `Xã Tây Ninh … đến nay Tây Ninh đã hoàn thành`: a name alone that the page gave to a commune or
        // district is that unit, not the province of the same name.
        if (mention.level === 'province' && !typedMention(mention)) {
          const lower = this.#lowerByName.get(mention.name.toLowerCase());
          if (lower !== undefined) return { locality: lower.locality, span: mention };
        }
        return { locality: localityOfMention(mention), span: mention };
      }
      case 'national':
        return { locality: national, span: mention };
      case 'context': {
        const level = mention.refersTo ?? 'any';
        // A place of that level named earlier in the same sentence, else earlier in the article.
        for (let i = sentenceBefore.length - 1; i >= 0; i -= 1) {
          const candidate = sentenceBefore[i];
          if (candidate === undefined || candidate.role !== 'named' || inPassing(candidate)) {
            continue;
          }
          if (level === 'any' || candidate.level === level) {
            return { locality: localityOfMention(candidate), span: mention };
          }
        }
        const found = this.latest(level);
        return found === undefined ? undefined : { locality: found.locality, span: mention };
      }
      case 'part': {
        const whole =
          mention.name !== ''
            ? localityOfMention(mention)
            : mention.refersTo === 'province'
              ? (this.latest('province')?.locality ?? this.#page)
              : (this.latest('any')?.locality ?? this.#page ?? undefined);
        if (whole === undefined) return undefined;
        return {
          locality: {
            ...whole,
            ...(mention.name !== '' ? { asStated: mention.text } : {}),
            part: mention.part ?? mention.text,
          },
          span: mention,
        };
      }
    }
  }
}

/** A path with its %-escapes decoded; as written when an escape is malformed (`/a%zz`). */
function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The province a page's address names, if any: in its path (`…/bhxh-dong-nai-day-manh-…`) or its host
 * (`baoquangnam.vn`, `dienbientv.vn`). A weak hint, used only when the text itself names no place.
 *
 * @example provinceOfAddress('https://baoquangnam.vn/print/3132386.html')?.name; // => 'Quảng Nam'
 * @example provinceOfAddress('https://example.vn/tin-ha-giang-%zz')?.name; // => 'Hà Giang'
 */
export function provinceOfAddress(url: string | undefined): Locality | undefined {
  if (url === undefined) return undefined;
  const match = /^https?:\/\/([^/]+)(\/[^?#]*)?/iu.exec(url);
  if (!match) return undefined;
  const host = (match[1] ?? '').toLowerCase().replace(/^www\./u, '');
  const path = decodedPath(match[2] ?? '').toLowerCase();
  const current = provinceNames.filter((p) => p.era === 'old');
  const keys = current.map((p) => ({
    p,
    key: provinceKey(p.name),
    slug: foldDiacritics(p.name).replace(/[^a-z]+/gu, '-'),
  }));
  // The path: the province as hyphenated words.
  const words = `-${path.replace(/[^a-z0-9]+/gu, '-')}-`;
  const inPath = keys
    .filter(({ slug }) => words.includes(`-${slug}-`))
    .sort((a, b) => b.slug.length - a.slug.length)[0];
  if (inPath !== undefined) {
    return { name: inPath.p.name, level: 'province', type: inPath.p.type, code: inPath.p.code };
  }
  // The host: a provincial paper or station (bao<province>.vn, <province>tv.vn).
  const label = host.split('.')[0] ?? '';
  const stripped = label.replace(/^(?:bao|dai|tin|www)/u, '').replace(/(?:tv|online|news|dientu)$/u, '');
  const inHost = keys.find(({ key }) => key === stripped);
  return inHost === undefined
    ? undefined
    : { name: inHost.p.name, level: 'province', type: inHost.p.type, code: inHost.p.code };
}
