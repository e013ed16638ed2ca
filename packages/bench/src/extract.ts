// Benchmark: extractFigures on a 1 MB Vietnamese text, against a peer measured in the same run: a bare
// regular-expression scan for numbers, what a quick script would do (it finds numbers, not figures, and
// tells nothing about places, periods or denominators). Prints times and the ratio; not a test.
import { cpus, totalmem } from 'node:os';
import { extractFigures } from '@ansinh/core';
import { articleText } from './article-text.js';

function time(run: () => number, repeats = 7): { ms: number; result: number } {
  const samples: number[] = [];
  let result = 0;
  for (let i = 0; i < repeats; i += 1) {
    const start = performance.now();
    result = run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)] ?? 0, result };
}

const text = articleText(1_000_000);
const megabytes = text.length / 1e6;
/** The same text as UTF-8 bytes, the size of the page as stored: Vietnamese letters take two or three. */
const utf8Megabytes = Buffer.byteLength(text, 'utf8') / 1e6;
const naivePattern = /\d{1,3}(?:\.\d{3})+(?:,\d+)?%?|\d+(?:,\d+)?%?/gu;

const ours = time(() => extractFigures(text).length);
const peer = time(() => [...text.matchAll(naivePattern)].length);

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}`,
);
console.log(
  `text: ${megabytes.toFixed(2)} M characters, ${utf8Megabytes.toFixed(2)} MB as UTF-8 (median of 7 runs)`,
);
console.log(
  `extractFigures:       ${ours.ms.toFixed(1)} ms  (${(megabytes / (ours.ms / 1000)).toFixed(2)} M chars/s, ${(utf8Megabytes / (ours.ms / 1000)).toFixed(2)} MB/s), ${ours.result} figures`,
);
console.log(
  `peer, regex scan:     ${peer.ms.toFixed(1)} ms  (${(megabytes / (peer.ms / 1000)).toFixed(1)} M chars/s), ${peer.result} numbers`,
);
console.log(`ratio (ours / peer):  ${(ours.ms / peer.ms).toFixed(1)}×`);
