export { xian } from './plugin.js';
export { xian as default } from './plugin.js';
