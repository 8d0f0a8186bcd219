/** Parsed JSON, or why the text is not JSON. */
export type ParsedJson =
  | { ok: true; value: unknown }
  | { ok: false; reason: string };

/**
 * Parses the text of a JSON file as a person wrote it: a byte order mark
 * before it (Windows Notepad writes one) is dropped, and a syntax error
 * says at which line and column it is, not at which character.
 *
 * @param text - The decoded file.
 * @returns The value, or the reason with its line and column:
 * `Expected double-quoted property name at line 4, column 3`.
 */
export function parseJsonText(text: string): ParsedJson {
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const index = syntaxErrorAt(json);
    if (index === undefined) return { ok: false, reason: message };

    return {
      ok: false,
      reason: `${describe(message)} at ${lineAndColumn(json, index)}`,
    };
  }
}

/**
 * What JSON.parse says is wrong, without where: Node gives a character
 * offset for some mistakes, and for others quotes the whole text.
 */
function describe(message: string): string {
  return message
    .replace(/( in JSON)? at position \d+.*$/s, '')
    .replace(/, ".*" is not valid JSON$/s, '');
}

function lineAndColumn(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');

  return `line ${line}, column ${column}`;
}

/** Thrown by the scanner at the first character JSON cannot go on with. */
class Stop {
  constructor(readonly index: number) {}
}

/**
 * Where JSON text first goes wrong: the first character that cannot
 * continue it, or the end of a text that stops too soon. Node does not
 * say where for every mistake (a comma before `]`), so it is worked out
 * here, by a scanner that builds nothing.
 *
 * @param text - The text.
 * @returns The index, or `undefined` when the text is JSON.
 */
function syntaxErrorAt(text: string): number | undefined {
  let i = 0;
  const stop = (): never => {
    throw new Stop(i);
  };
  const space = () => {
    while (' \t\n\r'.includes(text[i] ?? '.')) i += 1;
  };
  const take = (char: string) => {
    if (text[i] !== char) stop();
    i += 1;
  };
  const digits = () => {
    if (!isDigit(text[i])) stop();
    while (isDigit(text[i])) i += 1;
  };

  const string = () => {
    take('"');
    for (let char = text[i]; char !== '"'; char = text[i]) {
      if (char === undefined || char < ' ') stop();
      i += 1;
      if (char !== '\\') continue;
      if (text[i] === 'u') {
        i += 1;
        for (let n = 0; n < 4; n += 1) {
          if (!/[0-9a-fA-F]/.test(text[i] ?? '')) stop();
          i += 1;
        }
      } else if ('"\\/bfnrt'.includes(text[i] ?? '.')) {
        i += 1;
      } else {
        stop();
      }
    }
    i += 1;
  };
  const number = () => {
    if (text[i] === '-') i += 1;
    if (text[i] === '0') i += 1;
    else digits();
    if (text[i] === '.') {
      i += 1;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i += 1;
      if (text[i] === '+' || text[i] === '-') i += 1;
      digits();
    }
  };
  const key = () => {
    space();
    string();
    space();
    take(':');
  };

  // Objects and arrays are kept on a list of their closing brackets
  // rather than by recursion, so that deep nesting costs no stack.
  const closers: string[] = [];
  const value = () => {
    for (;;) {
      space();
      const char = text[i];
      if (char === '{' || char === '[') {
        i += 1;
        space();
        const closer = char === '{' ? '}' : ']';
        if (text[i] !== closer) {
          closers.push(closer);
          if (closer === '}') key();
          continue;
        }
        i += 1;
      } else if (char === '"') string();
      else if (char === 't') [...'true'].forEach(take);
      else if (char === 'f') [...'false'].forEach(take);
      else if (char === 'n') [...'null'].forEach(take);
      else if (char === '-' || isDigit(char)) number();
      else stop();

      if (!afterValue()) return;
    }
  };
  // After a value: close what it ends, then go on to the next item;
  // false when the outermost value is complete.
  const afterValue = (): boolean => {
    for (;;) {
      const closer = closers.at(-1);
      if (closer === undefined) return false;
      space();
      if (text[i] === ',') {
        i += 1;
        if (closer === '}') key();
        return true;
      }
      take(closer);
      closers.pop();
    }
  };

  try {
    value();
    space();
    if (i < text.length) stop();
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error.index;
    throw error;
  }
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}
