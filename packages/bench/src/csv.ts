// `npm run csv --prefix packages/bench [-- --rows=N --runs=N]`: ansinh's CSV splitter (`parseCsv`,
// `CsvSplitter`) against papaparse, measured in the same run on the same text. Three inputs generated
// here from the synthetic register (nothing read from disk): the canonical register CSV as ansinh writes
// it, the same cells with every field quoted and about one in ten holding a comma, a doubled quote or a
// line break, and a `;`-delimited copy with a byte-order mark. Each parser splits each input whole and in
// pieces of 2^20 characters (ansinh: `push`/`end`; papaparse: `chunkSize` + `chunk`, its streaming mode
// over a string). Before any timing every output is compared with the cells the input was written from;
// a mode that disagrees is printed where and not timed. Prints a Markdown table of medians, ratios and
// MB/s; not a test. Exit 1 on any disagreement.
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { synthesizeColumnar, syntheticRegisterRow } from '@ansinh/core';
import { CsvSplitter, csvLines, neutraliseCell, parseCsv, registerTable } from '@ansinh/io';
import Papa from 'papaparse';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const rowCount = Number(arg('rows') ?? 300_000);
const runs = Number(arg('runs') ?? 7);
if (!Number.isSafeInteger(rowCount) || rowCount < 1 || !Number.isSafeInteger(runs) || runs < 1) {
  console.error('--rows and --runs must be positive integers');
  process.exit(2);
}
const pieceChars = 2 ** 20;
const papaVersion = (createRequire(import.meta.url)('papaparse/package.json') as { version: string }).version;
/** Collects the garbage of the previous run before the next is timed, when Node runs with --expose-gc. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

type Rows = readonly (readonly string[])[];

// ---- Inputs -------------------------------------------------------------------------------------------

/** A small deterministic generator (mulberry32), so the quoted input is the same in every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const generated = synthesizeColumnar({ beneficiaries: rowCount, communes: 50, seed: 1 });
const table = registerTable(
  Array.from({ length: generated.size }, (_, i) => syntheticRegisterRow(generated, i)),
  { reveal: true },
);
const written = [table.header, ...table.rows];
/** Each cell as a reader should get it back: what `csvLines` writes, unquoted. */
const cells: Rows = written.map((row) =>
  row.map((value) =>
    value === undefined ? '' : typeof value === 'string' ? neutraliseCell(value) : String(value),
  ),
);
/** The same cells, about one in ten (not the header) with a comma, a quote or a line break added. */
const next = random(20_241);
const notes: Rows = cells.map((row, r) =>
  r === 0
    ? row
    : row.map((text) => {
        const draw = next();
        if (draw >= 0.1) return text;
        if (draw < 0.1 / 3) return `${text}, đã đối chiếu`;
        if (draw < 0.2 / 3) return `${text} "theo sổ hộ khẩu"`;
        return `${text}\nGhi chú: chuyển khoản lần hai`;
      }),
);
const quoteAll = (rows: Rows) => {
  let out = '';
  for (const row of rows) out += `${row.map((text) => `"${text.replaceAll('"', '""')}"`).join(',')}\n`;
  return out;
};

interface Input {
  readonly name: string;
  readonly text: string;
  readonly cells: Rows;
  readonly delimiter: string;
}
const inputs: Input[] = [
  { name: 'canonical register', text: csvLines(written), cells, delimiter: ',' },
  { name: 'quoted-heavy', text: quoteAll(notes), cells: notes, delimiter: ',' },
  { name: '`;` + BOM', text: `\ufeff${csvLines(written, ';')}`, cells, delimiter: ';' },
];

// ---- The parsers, each mode returning the rows it found (kept) or only their count ----------------------

interface Outcome {
  rows: number;
  kept: string[][];
  delimiter: string;
  problems: string[];
}
const outcome = (): Outcome => ({ rows: 0, kept: [], delimiter: '', problems: [] });

const modes = {
  'ansinh whole': (text: string, keep = true): Outcome => {
    const parsed = parseCsv(text);
    return {
      rows: parsed.records.length,
      kept: keep ? parsed.records.map((r) => r.fields as string[]) : [],
      delimiter: parsed.delimiter,
      problems: [],
    };
  },
  'ansinh pieces': (text: string, keep = true): Outcome => {
    const out = outcome();
    const splitter = new CsvSplitter();
    const take = (records: { fields: readonly string[] }[]) => {
      out.rows += records.length;
      if (keep) for (const r of records) out.kept.push(r.fields as string[]);
    };
    for (let at = 0; at < text.length; at += pieceChars) take(splitter.push(text.slice(at, at + pieceChars)));
    take(splitter.end());
    out.delimiter = splitter.delimiter;
    return out;
  },
  'papaparse whole': (text: string): Outcome => {
    const parsed = Papa.parse<string[]>(text, { header: false, dynamicTyping: false });
    return {
      rows: parsed.data.length,
      kept: parsed.data,
      delimiter: parsed.meta.delimiter,
      problems: parsed.errors.slice(0, 3).map((e) => `${e.code} at row ${e.row}: ${e.message}`),
    };
  },
  'papaparse chunks': (text: string, keep = true): Outcome => {
    const out = outcome();
    let done = false;
    Papa.parse<string[]>(text, {
      header: false,
      dynamicTyping: false,
      chunkSize: pieceChars,
      chunk: (results: Papa.ParseResult<string[]>) => {
        out.rows += results.data.length;
        if (keep) for (const row of results.data) out.kept.push(row);
        for (const e of results.errors.slice(0, 3 - out.problems.length))
          out.problems.push(`${e.code} at row ${e.row}: ${e.message}`);
        out.delimiter = results.meta.delimiter;
      },
      // A string is parsed chunk by chunk synchronously (papaparse's StringStreamer): done on return.
      complete: () => {
        done = true;
      },
    });
    if (!done) out.problems.push('papaparse had not finished when parse returned');
    return out;
  },
} satisfies Record<string, (text: string, keep?: boolean) => Outcome>;
type Mode = keyof typeof modes;

/** Where `found` first differs from `cells`, or undefined. A last row `['']` after the final line break
 * (papaparse returns one, ansinh does not) is dropped first; the inputs have no other empty line. */
function difference(found: Outcome, input: Input): string | undefined {
  const rows = found.kept;
  const last = rows.at(-1);
  if (input.text.endsWith('\n') && last?.length === 1 && last[0] === '') rows.pop();
  if (found.problems.length > 0) return `reported ${found.problems.join('; ')}`;
  if (found.delimiter !== input.delimiter)
    return `delimiter ${JSON.stringify(found.delimiter)}, not ${JSON.stringify(input.delimiter)}`;
  const expected = input.cells;
  for (let r = 0; r < Math.max(rows.length, expected.length); r += 1) {
    const got = rows[r];
    const want = expected[r];
    if (got === undefined || want === undefined)
      return `${rows.length} rows, not ${expected.length} (first missing or extra: row ${r + 1})`;
    if (got.length !== want.length || got.some((field, f) => field !== want[f]))
      return `row ${r + 1}: ${JSON.stringify(got).slice(0, 160)} for ${JSON.stringify(want).slice(0, 160)}`;
  }
  return undefined;
}

// ---- Timing --------------------------------------------------------------------------------------------

/** Median of `runs` timed runs of each parser after one warm-up of each, alternating which goes first. */
function timePair(ours: () => unknown, peer: () => unknown): { ours: number; peer: number } {
  const samples = { ours: [] as number[], peer: [] as number[] };
  const once = (which: 'ours' | 'peer', run: () => unknown) => {
    collect();
    const start = performance.now();
    run();
    samples[which].push(performance.now() - start);
  };
  for (let i = 0; i <= runs; i += 1) {
    if (i % 2 === 0) {
      once('ours', ours);
      once('peer', peer);
    } else {
      once('peer', peer);
      once('ours', ours);
    }
  }
  const median = (xs: number[]) => {
    const timed = xs.slice(1).sort((a, b) => a - b);
    const mid = timed.length >> 1;
    return timed.length % 2 === 1 ? (timed[mid] ?? 0) : ((timed[mid - 1] ?? 0) + (timed[mid] ?? 0)) / 2;
  };
  return { ours: median(samples.ours), peer: median(samples.peer) };
}

const ms = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`);
const pairs: [string, Mode, Mode][] = [
  ['whole string', 'ansinh whole', 'papaparse whole'],
  ['2^20-character pieces', 'ansinh pieces', 'papaparse chunks'],
];

console.error(
  `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, papaparse ${papaVersion}; gc between runs: ${'gc' in globalThis ? 'yes' : 'no'}`,
);
const lines = [
  `| input | size | mode | ansinh | papaparse | ansinh ÷ papaparse | ansinh MB/s | papaparse MB/s |`,
  '|---|---:|---|---:|---:|---:|---:|---:|',
];
const notesOut: string[] = [];
let disagreements = 0;
for (const input of inputs) {
  const megabytes = Buffer.byteLength(input.text, 'utf8') / 1e6;
  const differs = new Map<Mode, string>();
  for (const mode of Object.keys(modes) as Mode[]) {
    const found = difference(modes[mode](input.text), input);
    collect();
    if (found !== undefined) differs.set(mode, found);
  }
  for (const [mode, where] of differs) {
    disagreements += 1;
    notesOut.push(`- DISAGREEMENT, ${input.name}, ${mode}: ${where}; not timed.`);
  }
  const quotedRecords = input.cells.filter((row) => row.some((text) => /[",;\n\r]/u.test(text))).length;
  if (differs.size === 0)
    notesOut.push(
      `- ${input.name}: all four modes gave the ${input.cells.length.toLocaleString('en')} rows of ${input.cells[0]?.length} fields the input was written from (${input.name === 'quoted-heavy' ? 'every field quoted; ' : ''}${quotedRecords.toLocaleString('en')} rows hold a delimiter, quote or line break in a field).`,
    );
  for (const [label, ourMode, peerMode] of pairs) {
    const size = `${megabytes.toFixed(1)} MB`;
    if (differs.has(ourMode) || differs.has(peerMode)) {
      lines.push(`| ${input.name} | ${size} | ${label} | — | — | disagree | — | — |`);
      continue;
    }
    console.error(`timing ${input.name}, ${label} (${runs} runs after a warm-up)…`);
    // Timed without keeping: the whole modes still build every row (that is what they do), the piece
    // modes count the rows of each piece and let them go, as a reader streaming a file would.
    const t = timePair(
      () => modes[ourMode](input.text, false),
      () => modes[peerMode](input.text, false),
    );
    lines.push(
      `| ${input.name} | ${size} | ${label} | ${ms(t.ours)} | ${ms(t.peer)} | ×${(t.ours / t.peer).toFixed(2)} | ${(megabytes / (t.ours / 1000)).toFixed(0)} | ${(megabytes / (t.peer / 1000)).toFixed(0)} |`,
    );
  }
}
const command = `npm run csv --prefix packages/bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
console.log(
  [
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.versions.node}, ${process.platform}.`,
    `papaparse ${papaVersion}. Data: synthetic register, seed 1, ${rowCount.toLocaleString('en')} rows + header, 19 fields; median of ${runs} runs after a warm-up.`,
    `Command: \`${command}\``,
    '',
    ...lines,
    '',
    ...notesOut,
    '',
  ].join('\n'),
);
process.exit(disagreements > 0 ? 1 : 0);
