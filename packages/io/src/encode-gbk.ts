import iconv from 'iconv-lite';

/** Text encoded as GBK, with what GBK could not hold. */
export interface GbkText {
  /** The encoded bytes. */
  bytes: Buffer;
  /** How many characters GBK cannot encode were written as `?`. */
  unencodable: number;
  /** The first few distinct such characters, in order of appearance. */
  unencodableCharacters: string[];
}

/** Distinct unencodable characters kept to name in a warning. */
const NAMED = 5;

/**
 * Encodes text as GBK (code page 936, what Excel on a Chinese Windows
 * reads a CSV file as). A character GBK does not have — a rare character
 * of a name outside GBK's 21,886, an emoji, a private-use character — is
 * written as `?` and counted, so that the caller can say so: the rest of
 * the file stays readable, where refusing would leave the user without it.
 *
 * @param text - The text.
 * @returns The bytes, and the characters written as `?`.
 * @example
 * encodeGbk('户编号').bytes; // <Buffer bb a7 b1 e0 ba c5>
 * encodeGbk('😀').unencodable; // 1
 */
export function encodeGbk(text: string): GbkText {
  const known = new Map<string, boolean>();
  const named: string[] = [];
  let unencodable = 0;

  // Only characters beyond ASCII need a look, each distinct one once.
  const safe = text.replace(/[^\x00-\x7F]/gu, (char) => {
    let fits = known.get(char);
    if (fits === undefined) {
      fits = !isQuestionMark(iconv.encode(char, 'gbk'));
      known.set(char, fits);
    }
    if (fits) return char;

    unencodable += 1;
    if (named.length < NAMED && !named.includes(char)) named.push(char);
    return '?';
  });

  return {
    bytes: iconv.encode(safe, 'gbk'),
    unencodable,
    unencodableCharacters: named,
  };
}

/** Whether iconv-lite wrote its replacement: a lone `?`. */
function isQuestionMark(bytes: Buffer): boolean {
  return bytes.length === 1 && bytes[0] === 0x3f;
}
