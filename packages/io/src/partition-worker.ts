import { parentPort, workerData } from 'node:worker_threads';

import { createChecker, type Plugin } from '@duibiao/core';

import {
  checkPart,
  type PartShared,
  type PartTask,
} from './partition/check-part.js';

/**
 * A worker thread of checkFolder: loads the plugins once, then reads and
 * checks each part it is sent and posts the result back.
 */
interface WorkerInit {
  pluginModule: string;
  pluginNames: string[];
  asOf: string;
  shared: PartShared;
}

const init = workerData as WorkerInit;
const ready = start();
parentPort?.on('message', (task: PartTask) => {
  ready
    .then((checker) => checkPart(task, init.shared, checker))
    .then(
      (result) => parentPort?.postMessage({ result }),
      (error: unknown) =>
        parentPort?.postMessage({
          error:
            error instanceof Error
              ? (error.stack ?? error.message)
              : String(error),
        }),
    );
});

async function start() {
  const module = (await import(init.pluginModule)) as Record<string, unknown>;
  const exported = [module.default, ...Object.values(module)];
  const plugins = init.pluginNames.map((name) => {
    const plugin = exported.find(
      (value): value is Plugin =>
        typeof value === 'object' &&
        value !== null &&
        (value as Plugin).name === name,
    );
    if (!plugin)
      throw new Error(`${init.pluginModule} exports no plugin ${name}`);
    return plugin;
  });

  return createChecker({ plugins, asOf: init.asOf });
}
