import { spark, trino } from '@duibiao/sql';
import { describe, expect, it } from 'vitest';

/**
 * Spark and Trino find a regular expression anywhere in the text, in
 * Java's syntax: the dialects anchor it with \A and \z (Java's $ also
 * matches before a final line break) and write \d as the ASCII digits
 * JavaScript's \d means.
 */
describe('a full match in Java syntax', () => {
  it.each([
    ['\\d{4}-\\d{2}', '\\A(?:[0-9]{4}-[0-9]{2})\\z'],
    ['[\\d.]+', '\\A(?:[0-9.]+)\\z'],
    ['a\\\\d', '\\A(?:a\\\\d)\\z'],
    ['x|y', '\\A(?:x|y)\\z'],
  ])('%s', (pattern, java) => {
    expect(trino.matches('"s"', pattern)).toBe(`regexp_like("s", '${java}')`);
    // Spark reads a backslash in a literal as an escape: each is doubled.
    expect(spark.matches('`s`', pattern)).toBe(
      `rlike(\`s\`, '${java.replaceAll('\\', '\\\\')}')`,
    );
  });
});
