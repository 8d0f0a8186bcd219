import { UsageError } from './errors.js';

/** `postgres://` or `postgresql://`, then the rest of the URL. */
const SCHEME = /^(postgres(?:ql)?:\/\/)(.*)$/is;

/**
 * Reads `--db`: a `postgres://` or `postgresql://` URL, spaces around it
 * trimmed, that names a host in it or in a `host` parameter. Anything
 * else (libpq's `key=value` form, another scheme, a bare word) is refused
 * before any connection, without showing it, as it may hold a password:
 * pg would take some of them for the local server's defaults.
 *
 * @param text - What the user gave.
 * @returns The URL, trimmed.
 * @throws {UsageError} When it is no such URL.
 */
export function parseDbUrl(text: string): string {
  const url = text.trim();
  const [, , rest = ''] = SCHEME.exec(url) ?? [];
  const host = rest.slice(rest.lastIndexOf('@') + 1);
  if (/^[^:/?#]/.test(host) || /[?&]host=[^&#]/.test(rest)) return url;

  throw new UsageError(
    '--db must be a postgres:// or postgresql:// URL naming a host, such as postgres://user@localhost:5432/db (what was given is not shown: it may hold a password)',
  );
}

/**
 * A `--db` URL to print: what lies between `://user:` and the last `@`,
 * and the value of any `…password=` parameter, become `***`. The last
 * `@` is where pg's URL parser ends a password, which may hold an `@`
 * of its own.
 *
 * @param url - A URL {@link parseDbUrl} took.
 * @returns It without its passwords.
 */
export function maskPassword(url: string): string {
  const [, scheme = '', rest = ''] = SCHEME.exec(url) ?? [];
  const at = rest.lastIndexOf('@');
  const colon = rest.indexOf(':');
  const masked =
    colon >= 0 && colon < at
      ? `${rest.slice(0, colon)}:***${rest.slice(at)}`
      : rest;

  return scheme + masked.replace(/([?&][^=&#]*password=)[^&#]*/gi, '$1***');
}
