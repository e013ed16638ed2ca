// Entry of the worker threads of `readRegisterColumnar` and `readColumnar`. Where ansinh runs from its
// TypeScript sources (tests, tsx), the worker registers tsx's loader before importing the TypeScript
// worker; built code imports the JavaScript one directly.
import { workerData } from 'node:worker_threads';

if (workerData.typescript) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
