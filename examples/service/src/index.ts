/**
 * An example web service of duibiao: `POST /check` takes households,
 * members and villages as JSON and answers with the Shaanxi rule set's
 * findings; `GET /rules` lists the rules.
 *
 * @packageDocumentation
 */

export { createApp } from './app.js';
export { isJsonMediaType } from './media-type.js';
export { listen } from './listen.js';
export { isReferenceDate, readCheckRequest } from './read-request.js';

export type {
  CheckResponse,
  ErrorBody,
  ErrorCode,
  ServiceOptions,
} from './app.js';
export type { CheckRequestRead, ReadRequestOptions } from './read-request.js';
export type {
  InputProblem,
  InputProblemCode,
  RequestTable,
} from './input-problem.js';
export type { Listening } from './listen.js';
