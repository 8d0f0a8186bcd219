export { main } from './cli.js';
export { DEFAULT_RATES, generateProvince } from './generate.js';
export { PLANTED_RULES } from './plants/index.js';
export { Random } from './random.js';
export { FILES, writeProvince } from './write-province.js';

export type { MainStreams } from './cli.js';
export type {
  HouseholdEvent,
  PlantingRates,
  ProvinceOptions,
  VillageEvent,
} from './generate.js';
export type { AnswerKeyEntry } from './types.js';
export type {
  ProvinceSummary,
  WriteProvinceOptions,
} from './write-province.js';
