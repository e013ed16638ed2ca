/** The array itself when it holds `needed` cells, else a copy at least twice as long. */
export function grow<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(
  array: T,
  needed: number,
): T {
  if (needed <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}
