// `npm run keys --prefix packages/bench [-- --keys=N --runs=N]`: adding and finding beneficiary keys as a
// register's load does (a key per person, then a lookup per payment line), with a `Map<string, number>`
// and with core's `KeyNumbers`, in the same run, alternating, on the same keys: fresh strings cut from one
// text, as a reader cuts them from a file. Each run checks that both found every key at its number before
// its time counts. Then a payment list's look-back memory: each key of a list in its register's order
// asked once, as the line's bytes (`KeyNumbers.setNewBytes`; the Map is given the key's text, cut from the
// same bytes, as a reader would cut it). Prints medians and the ratios; not a test.
import { cpus } from 'node:os';
import { KeyNumbers } from '@ansinh/core';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const count = Number(arg('keys') ?? 1_000_000);
const runs = Number(arg('runs') ?? 7);
if (![count, runs].every((n) => Number.isSafeInteger(n) && n > 0)) {
  console.error('--keys and --runs must be positive integers');
  process.exit(2);
}

// Keys as a register has them (`SYN-00000001`), in one text, cut out afresh by each run.
const width = 12;
const text = Array.from({ length: count }, (_, i) => `SYN-${String(i).padStart(8, '0')}`).join('');
const keyAt = (i: number) => text.slice(i * width, (i + 1) * width);

interface Memory {
  get(key: string): number | undefined;
  set(key: string, value: number): unknown;
}

function run(make: () => Memory): number {
  const started = performance.now();
  const memory = make();
  for (let i = 0; i < count; i += 1) memory.set(keyAt(i), i);
  let found = 0;
  // Lookups in another order, as payment lines come.
  for (let k = 0; k < count; k += 1) {
    const i = (k * 7_919) % count;
    if (memory.get(keyAt(i)) === i) found += 1;
  }
  const took = performance.now() - started;
  if (found !== count) throw new Error(`found ${found} of ${count} keys`);
  return took;
}

const variants = [
  { name: 'Map<string, number>', make: (): Memory => new Map<string, number>() },
  { name: 'KeyNumbers (@ansinh/core)', make: (): Memory => new KeyNumbers() },
];
const times = variants.map(() => [] as number[]);
for (let r = 0; r < runs; r += 1)
  variants.forEach((v, i) => {
    times[i]?.push(run(v.make));
  });
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const base = median(times[0] ?? []);
console.log(
  `${count} keys added then found, ${runs} runs, ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
);
variants.forEach((v, i) => {
  const m = median(times[i] ?? []);
  console.log(`${v.name.padEnd(28)} ${m.toFixed(0).padStart(6)} ms  ×${(m / base).toFixed(2)}`);
});

// A payment list's look-back memory: the keys in order, each new, from one buffer of lines.
const lines = Buffer.from(text, 'latin1');
function runInOrder(asBytes: boolean): number {
  const started = performance.now();
  let repeats = 0;
  if (asBytes) {
    const memory = new KeyNumbers();
    for (let i = 0; i < count; i += 1)
      if (memory.setNewBytes(lines, i * width, (i + 1) * width, i) !== undefined) repeats += 1;
  } else {
    const memory = new Map<string, number>();
    for (let i = 0; i < count; i += 1) {
      const key = lines.toString('latin1', i * width, (i + 1) * width);
      if (memory.has(key)) repeats += 1;
      else memory.set(key, i);
    }
  }
  const took = performance.now() - started;
  if (repeats !== 0) throw new Error(`${repeats} keys taken for repeats`);
  return took;
}
const inOrder = [[] as number[], [] as number[]];
for (let r = 0; r < runs; r += 1) {
  inOrder[0]?.push(runInOrder(false));
  inOrder[1]?.push(runInOrder(true));
}
const mapInOrder = median(inOrder[0] ?? []);
console.log(`${count} keys in order, each asked once (a payment list's look-back memory), ${runs} runs`);
console.log(`${'Map<string, number>'.padEnd(28)} ${mapInOrder.toFixed(0).padStart(6)} ms  ×1.00`);
const bytesInOrder = median(inOrder[1] ?? []);
console.log(
  `${'KeyNumbers.setNewBytes'.padEnd(28)} ${bytesInOrder.toFixed(0).padStart(6)} ms  ×${(bytesInOrder / mapInOrder).toFixed(2)}`,
);
