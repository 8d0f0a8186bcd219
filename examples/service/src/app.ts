import {
  type CalendarDate,
  type Checker,
  type CheckResult,
  createChecker,
  localDate,
  type Plugin,
} from '@duibiao/core';
import { ruleCatalogue } from '@duibiao/plugin-sdk';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

import type { InputProblem } from './input-problem.js';
import { isJsonMediaType } from './media-type.js';
import { isReferenceDate, readCheckRequest } from './read-request.js';

/** Options of {@link createApp}. */
export interface ServiceOptions {
  /**
   * The rule set: a plugin, with the plugins it extends.
   * @default shaanxi (the national rules and Shaanxi's)
   */
  plugin?: Plugin;
  /**
   * The largest request body accepted, in bytes; a larger one is
   * answered 413.
   * @default 5_242_880 (5 MiB)
   */
  maxBodyBytes?: number;
  /**
   * The most problems a 400 answer lists; `problemCount` says how many
   * there were.
   * @default 1000
   */
  maxProblems?: number;
  /**
   * Today's date, for `GET /rules` without `asOf`.
   * @default the date where the service runs
   */
  today?: () => CalendarDate;
  /**
   * Called with an error the service did not expect, before it answers
   * 500. The answer never carries the error's detail.
   * @default nothing: the error is not reported
   */
  onError?: (error: unknown) => void;
}

/** The kinds of error answer, as the `error` of {@link ErrorBody}. */
export type ErrorCode =
  | 'invalid_request'
  | 'invalid_json'
  | 'body_too_large'
  | 'unsupported_media_type'
  | 'not_found'
  | 'method_not_allowed'
  | 'internal_error';

/** The body of every answer that is not 200. */
export interface ErrorBody {
  error: ErrorCode;
  /** What went wrong and what to do, in English. */
  message: string;
  /** For `invalid_request`: the problems, in the order of the body. */
  problems?: InputProblem[];
  /** For `invalid_request`: how many problems there were in all. */
  problemCount?: number;
}

/** The body of a 200 answer to `POST /check`: the check's result as is. */
export type CheckResponse = CheckResult;

const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Checkers kept, one per reference date: a rule set loads in milliseconds. */
const CHECKERS_KEPT = 8;

/**
 * Makes the service: `POST /check` checks the households, members and
 * villages of a JSON body against a rule set on a reference date and
 * answers with the findings and each rule's statistics; `GET /rules`
 * lists the rule set. The app is a Hono app, so it can be served by
 * `@hono/node-server` (as `server.ts` does), called in-process with
 * `app.request()`, or mounted in another Hono app.
 *
 * A request body must be JSON (`Content-Type: application/json`, UTF-8)
 * of at most `maxBodyBytes`. It is read all or nothing: if any record
 * has a problem, nothing is checked and the 400 answer lists every
 * problem with its JSON path, record index, field and value.
 *
 * @param options - Rule set, limits and error reporting.
 * @returns The Hono app.
 * @example
 * const app = createApp();
 * const response = await app.request('/rules?asOf=2020-09-30');
 * const { rules } = await response.json();
 */
export function createApp(options: ServiceOptions = {}): Hono {
  const plugin = options.plugin ?? shaanxi;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const { maxProblems } = options;
  const today = options.today ?? localToday;
  const checkerFor = checkerCache(plugin);
  const app = new Hono();

  app.get('/rules', (c) => {
    const asOf = c.req.query('asOf') ?? today();
    if (!isReferenceDate(asOf)) {
      const reason = 'expected a real date written YYYY-MM-DD';
      return invalid(c, [{ path: 'asOf', value: asOf, reason }], 1);
    }

    return c.json(ruleCatalogue(plugin, asOf));
  });

  app.post(
    '/check',
    async (c, next) => {
      if (isJsonMediaType(c.req.header('content-type'))) return next();
      const message =
        'send the request as JSON, with Content-Type: application/json (UTF-8)';
      return fail(c, 415, 'unsupported_media_type', message);
    },
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => {
        const message = `the body is larger than ${maxBodyBytes} bytes: send fewer households at a time`;
        return fail(c, 413, 'body_too_large', message);
      },
    }),
    async (c) => {
      const body = parseJson(await c.req.arrayBuffer());
      if (!body.ok) return fail(c, 400, 'invalid_json', body.message);

      const request = readCheckRequest(body.value, { maxProblems });
      if (!request.ok) {
        return invalid(c, request.problems, request.problemCount);
      }

      const result = await checkerFor(request.asOf).check(request.dataset);
      return c.json(result satisfies CheckResponse);
    },
  );

  app.all('/check', (c) => notAllowed(c, 'POST'));
  app.all('/rules', (c) => notAllowed(c, 'GET, HEAD'));
  app.notFound((c) => {
    const message = `no ${c.req.method} ${c.req.path}: the service has POST /check and GET /rules`;
    return fail(c, 404, 'not_found', message);
  });
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();

    options.onError?.(error);
    return fail(c, 500, 'internal_error', 'internal error');
  });

  return app;
}

/** Checkers by reference date, the oldest dropped past a few. */
function checkerCache(plugin: Plugin): (asOf: CalendarDate) => Checker {
  const checkers = new Map<CalendarDate, Checker>();

  return (asOf) => {
    let checker = checkers.get(asOf);
    if (!checker) {
      checker = createChecker({ plugins: [plugin], asOf });
      checkers.set(asOf, checker);
      const oldest = checkers.keys().next().value;
      if (checkers.size > CHECKERS_KEPT && oldest) checkers.delete(oldest);
    }

    return checker;
  };
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

function parseJson(bytes: ArrayBuffer): Parsed {
  let text: string;
  try {
    // Fatal: a stray byte would otherwise become U+FFFD inside a name or
    // an ID number and be checked as such.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'the body is not UTF-8 text' };
  }

  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `the body is not valid JSON (${detail})` };
  }
}

function invalid(c: Context, problems: InputProblem[], count: number) {
  const some = count > problems.length;
  const listed = some ? `; the first ${problems.length} are listed` : '';
  const body: ErrorBody = {
    error: 'invalid_request',
    message: `${count} problem${count === 1 ? '' : 's'} in the request${listed}: nothing was checked`,
    problems,
    problemCount: count,
  };

  return c.json(body, 400);
}

function notAllowed(c: Context, allow: string) {
  c.header('Allow', allow);
  const message = `${c.req.path} takes ${allow}, not ${c.req.method}`;

  return fail(c, 405, 'method_not_allowed', message);
}

function fail(
  c: Context,
  status: ContentfulStatusCode,
  error: ErrorCode,
  message: string,
) {
  const body: ErrorBody = { error, message };

  return c.json(body, status);
}

/** Today where the service runs, `YYYY-MM-DD`, as the CLI takes it. */
function localToday(): CalendarDate {
  return localDate();
}
