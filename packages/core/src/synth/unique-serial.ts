/**
 * The last six digits of a synthetic CCCD: different for every index below a million (the index times
 * 7 919, a number prime to 10⁶, modulo 10⁶), so no two invented people share a citizen ID.
 */
export const uniqueSerial = (index: number): string => String((index * 7_919) % 1_000_000).padStart(6, '0');
