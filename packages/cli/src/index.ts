export { parseAsOf, runCheck } from './check.js';
export { UsageError } from './errors.js';
export { loadPlugin } from './load-plugin.js';
export { main } from './main.js';
export { today } from './parse-command.js';
export { USAGE } from './usage.js';

export type { CheckOptions, CommandIo } from './check.js';
