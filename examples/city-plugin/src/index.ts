export { xian } from './plugin.js';
