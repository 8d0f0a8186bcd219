export { national } from './plugin.js';
export { spotCheckFieldOf } from './facts/spot-check.js';

export type { SpotCheckField } from './facts/spot-check.js';
