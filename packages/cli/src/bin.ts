#!/usr/bin/env node
import { main } from './main.js';
import { processOutput } from './output.js';

// A reader that stops early (`ansinh reproduce … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  // Any other failure to write: one line, never a stack trace (as `main` does for the commands).
  process.stderr.write(`Lỗi không mong đợi / unexpected error: ${error.message}\n`);
  process.exit(2);
});

process.exitCode = await main(process.argv.slice(2), processOutput);
