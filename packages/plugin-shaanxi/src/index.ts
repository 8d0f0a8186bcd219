export { shaanxi } from './plugin.js';
