// Robustness: the number parser and the extractor on random and mutated input. No exception escapes, no
// count is NaN or infinite, figures serialise to JSON, and every quote and piece of evidence equals the
// input at its offsets.
import {
  type ExtractedFigure,
  extractFigures,
  findNumbers,
  safeParseRateClaim,
  safeParseVietnameseNumber,
  safeParseVietnameseQuantity,
  statedCountsOf,
} from '@ansinh/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tienHai, units } from './fixtures.js';

const sentences = [...new Set(tienHai.figures.flatMap((f) => f.quotes))];

function wellFormed(input: string, figures: readonly ExtractedFigure[]): void {
  expect(() => JSON.stringify(figures)).not.toThrow();
  for (const figure of figures) {
    figure.spans.forEach((span, i) => {
      expect(input.slice(span.start, span.end)).toBe(figure.quotes[i]);
    });
    for (const e of figure.evidence) expect(input.slice(e.span.start, e.span.end)).toBe(e.span.text);
    for (const count of statedCountsOf(figure)) expect(Number.isSafeInteger(count.value)).toBe(true);
    if (figure.kind === 'rate' && figure.percent !== null)
      expect(figure.percent.value).toMatch(/^\d+(\.\d+)?$/u);
  }
}

/** Ways a real sentence gets damaged on its way to us. */
const mutation = fc.oneof(
  fc.constant((s: string) => s.normalize('NFD')),
  fc.constant((s: string) => s.replaceAll('.', ',')),
  fc.constant((s: string) => s.replaceAll(' ', '\u200b ')),
  fc.constant((s: string) => s.replaceAll(/\d/gu, '9')),
  fc.constant((s: string) => s.replace(/\d+/u, '9'.repeat(60))),
  fc.constant((s: string) => s.toUpperCase()),
  fc.constant((s: string) => s.replaceAll('%', ' %')),
  fc.integer({ min: 0, max: 400 }).map((cut) => (s: string) => s.slice(0, cut)),
  fc.string({ maxLength: 20 }).map((junk) => (s: string) => `${junk}${s}${junk}`),
);

describe('robustness', () => {
  it('safeParseVietnameseNumber and safeParseVietnameseQuantity never throw, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const number = safeParseVietnameseNumber(text);
        if (number.success) expect(typeof number.data.value.units).toBe('bigint');
        expect(() => safeParseVietnameseQuantity(text)).not.toThrow();
        expect(() => safeParseRateClaim(text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('parses numbers of any size with mixed separators exactly or refuses them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('1', '9', '0', '.', ',', ' ', '%'), { maxLength: 60 }),
        (chars) => {
          const result = safeParseVietnameseNumber(`9${chars.join('')}`);
          if (result.success) expect(result.data.value.units >= 0n).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('findNumbers and extractFigures survive random text, with offsets that hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        for (const n of findNumbers(text)) expect(text.slice(n.start, n.end)).toBe(n.text);
        wellFormed(text, extractFigures(text, { units }));
      }),
      { numRuns: 300 },
    );
  });

  it('extractFigures survives mutated article sentences (NFD, zero-width spaces, huge numbers, cut text)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...sentences), mutation), { minLength: 1, maxLength: 6 }),
        (parts) => {
          const text = parts.map(([sentence, mutate]) => mutate(sentence)).join('\n');
          wellFormed(text, extractFigures(text, { units }));
        },
      ),
      { numRuns: 300 },
    );
  });
});
