export { national } from './plugin.js';
