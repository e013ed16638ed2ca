import { main } from './main.js';
import { processOutput } from './output.js';

// A reader that stops early (`ansinh reproduce … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), processOutput);
