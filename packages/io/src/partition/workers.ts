import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

import type { CalendarDate, Checker, Plugin } from '@duibiao/core';

import {
  checkPart,
  type PartResult,
  type PartShared,
  type PartTask,
} from './check-part.js';

const WORKER_HEAP_MB = 512;

/** How parts are checked: the plugins, and where and on how many threads. */
export interface PartRunOptions {
  plugins: readonly Plugin[];
  asOf: CalendarDate;
  /** Worker threads; 0 checks the parts in this thread. */
  workers?: number;
  /** What a worker imports to get the plugins; without it, this thread. */
  pluginModule?: string;
}

/**
 * Checks every part, on worker threads when asked and a built worker
 * script is there, else one after another in this thread.
 *
 * @param tasks - The parts.
 * @param shared - What every part is checked with.
 * @param checker - The checker, for parts checked in this thread.
 * @param options - Plugins, reference date, workers.
 * @param done - Called with each part's result as it comes.
 * @returns The results, in part order.
 */
export async function runParts(
  tasks: PartTask[],
  shared: PartShared,
  checker: Checker,
  options: PartRunOptions,
  done: (result: PartResult) => void,
): Promise<PartResult[]> {
  const workers = Math.min(options.workers ?? 0, tasks.length);
  const script = workerScript();
  const results: PartResult[] = [];
  if (workers <= 0 || !options.pluginModule || !script) {
    for (const task of tasks) {
      const result = await checkPart(task, shared, checker);
      results.push(result);
      done(result);
    }
    return results;
  }

  const queue = [...tasks];
  const init = {
    pluginModule: options.pluginModule,
    pluginNames: options.plugins.map((plugin) => plugin.name),
    asOf: options.asOf,
    shared,
  };
  await Promise.all(
    Array.from({ length: workers }, async () => {
      // A part needs far less; the limit makes a worker collect its
      // garbage rather than grow towards the machine's default.
      const worker = new Worker(script, {
        workerData: init,
        resourceLimits: {
          maxOldGenerationSizeMb: WORKER_HEAP_MB,
          maxYoungGenerationSizeMb: 64,
        },
      });
      try {
        for (let task = queue.shift(); task; task = queue.shift()) {
          const result = await ask(worker, task);
          results.push(result);
          done(result);
        }
      } finally {
        await worker.terminate();
      }
    }),
  );

  return results.sort((a, b) => a.part - b.part);
}

function ask(worker: Worker, task: PartTask): Promise<PartResult> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    const onMessage = (message: { result?: PartResult; error?: string }) => {
      cleanup();
      if (message.result) resolve(message.result);
      else reject(new Error(message.error ?? 'worker failed'));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(task);
  });
}

/** The built worker script beside this module, when there is one. */
function workerScript(): string | undefined {
  const here =
    typeof __filename === 'string'
      ? __filename
      : fileURLToPath(import.meta.url);
  const script = join(dirname(here), 'partition-worker.js');

  return existsSync(script) ? script : undefined;
}
