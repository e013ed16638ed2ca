import { Worker } from 'node:worker_threads';

/**
 * Starts one of the package's worker threads (`pool-worker`, lent by `worker-pool.ts`). Under the source
 * condition (tests, tsx) the worker is TypeScript and its entry registers tsx's loader; built code starts
 * the JavaScript one. The worker takes only the resolution conditions of the process (other flags, such
 * as heap sizes, are refused in a worker), and ansinh's source condition when running from TypeScript.
 */
export function startWorker(): Worker {
  const typescript = import.meta.url.endsWith('.ts');
  const entry = new URL(`./pool-worker.${typescript ? 'ts' : 'js'}`, import.meta.url).href;
  const execArgv: string[] = [];
  process.execArgv.forEach((flag, i) => {
    if (flag === '--conditions' || flag === '-C')
      execArgv.push(`--conditions=${process.execArgv[i + 1] ?? ''}`);
    else if (flag.startsWith('--conditions=')) execArgv.push(flag);
  });
  if (typescript && !execArgv.some((a) => a.includes('@ansinh/source'))) {
    execArgv.push('--conditions=@ansinh/source');
  }
  return new Worker(new URL('./worker-entry.mjs', import.meta.url), {
    workerData: { entry, typescript },
    execArgv,
  });
}
