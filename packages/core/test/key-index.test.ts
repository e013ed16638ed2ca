import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyIndex, KeyNumbers } from '../src/index.js';

describe('KeyIndex', () => {
  it('numbers distinct keys in the order they are added and finds each again', () => {
    const keys = new KeyIndex();
    expect(keys.add('DT-1')).toBe(0);
    expect(keys.add('DT-2')).toBe(1);
    expect(keys.add('DT-1')).toBe(0);
    expect(keys.indexOf('DT-2')).toBe(1);
    expect(keys.indexOf('DT-3')).toBe(-1);
    expect(keys.keyAt(1)).toBe('DT-2');
    expect(keys.size).toBe(2);
  });

  it('keeps every key through many growths, Vietnamese and empty keys included', () => {
    const keys = new KeyIndex();
    const all = Array.from({ length: 50_000 }, (_, i) => (i % 3 === 0 ? `Xã Tây Lương ${i}` : `${i}`));
    all.push('');
    all.forEach((key, i) => {
      expect(keys.add(key)).toBe(i);
    });
    expect(all.every((key, i) => keys.indexOf(key) === i)).toBe(true);
    expect(keys.indexOf('Xã Tây Lương 1')).toBe(-1);
  });
});

describe('KeyNumbers', () => {
  it('holds what a Map<string, number> holds, whatever keys and numbers are set', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }))),
        fc.array(fc.string({ maxLength: 6 })),
        (sets, probes) => {
          const map = new Map<string, number>();
          const numbers = new KeyNumbers();
          for (const [key, value] of sets) {
            map.set(key, value);
            numbers.set(key, value);
          }
          expect(numbers.size).toBe(map.size);
          for (const key of [...probes, ...map.keys()]) {
            expect(numbers.get(key)).toBe(map.get(key));
            expect(numbers.has(key)).toBe(map.has(key));
          }
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
