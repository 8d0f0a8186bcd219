import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

import type { CalendarDate, Checker, Plugin } from '@duibiao/core';

import {
  checkPart,
  type PartCheck,
  type PartResult,
  type PartShared,
  type PartTask,
} from './check-part.js';

const WORKER_HEAP_MB = 512;
/**
 * A part's rows take about twelve times their spilled bytes once read and
 * checked: a part over this is checked in this thread, whose heap is the
 * process's, rather than on a worker it would run out of memory on.
 */
const WORKER_PART_BYTES = 32 * 1024 * 1024;

/** How parts are checked: the plugins, and where and on how many threads. */
export interface PartRunOptions {
  plugins: readonly Plugin[];
  asOf: CalendarDate;
  /** Worker threads; 0 checks the parts in this thread. */
  workers?: number;
  /** What a worker imports to get the plugins; without it, this thread. */
  pluginModule?: string;
  /**
   * Parts whose spilled rows come to more bytes than this are checked in
   * this thread, after the workers are done. @default 32 MiB
   */
  workerPartBytes?: number;
  /** The heap of each worker thread, in MiB. @default 512 */
  workerHeapMb?: number;
  /**
   * Checks each part in place of the checker's own `check`; being a
   * function, not a module a worker can import, it runs in this thread.
   */
  check?: PartCheck;
}

/**
 * Checks every part, on worker threads when asked and a built worker
 * script is there, else (and always with `options.check`) one after
 * another in this thread.
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
  const threads = workers > 0 && options.pluginModule && script;
  if (!threads || options.check) {
    for (const task of tasks) {
      const result = await checkPart(task, shared, checker, options.check);
      results.push(result);
      done(result);
    }
    return results;
  }

  // A part too big for a worker's heap is checked here; so is a part a
  // worker ran out of memory on (the worker is replaced).
  const most = options.workerPartBytes ?? WORKER_PART_BYTES;
  const here = tasks.filter((task) => partBytes(task) > most);
  const queue = tasks.filter((task) => partBytes(task) <= most);
  const init = {
    pluginModule: options.pluginModule,
    pluginNames: options.plugins.map((plugin) => plugin.name),
    asOf: options.asOf,
    shared,
  };
  const heap = options.workerHeapMb ?? WORKER_HEAP_MB;
  const start = () =>
    // A part needs far less; the limit makes a worker collect its
    // garbage rather than grow towards the machine's default.
    new Worker(script, {
      workerData: init,
      resourceLimits: {
        maxOldGenerationSizeMb: heap,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(1, heap >> 3)),
      },
    });
  await Promise.all(
    Array.from({ length: Math.min(workers, queue.length) }, async () => {
      let worker = start();
      try {
        for (let task = queue.shift(); task; task = queue.shift()) {
          try {
            const result = await ask(worker, task);
            results.push(result);
            done(result);
          } catch (error) {
            if (!outOfMemory(error)) throw error;
            here.push(task);
            await worker.terminate();
            worker = start();
          }
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  for (const task of here.sort((a, b) => a.part - b.part)) {
    const result = await checkPart(task, shared, checker);
    results.push(result);
    done(result);
  }

  return results.sort((a, b) => a.part - b.part);
}

function ask(worker: Worker, task: PartTask): Promise<PartResult> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
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
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`a worker thread stopped (exit code ${code})`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(task);
  });
}

/** The bytes of a part's spilled rows. */
function partBytes(task: PartTask): number {
  const size = (path: string | undefined) =>
    path === undefined ? 0 : statSync(path).size;

  return size(task.households.spill) + size(task.members?.spill);
}

/** Whether a worker was stopped for reaching its heap limit. */
function outOfMemory(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY'
  );
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
