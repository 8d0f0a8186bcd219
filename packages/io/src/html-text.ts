/**
 * Writes a value as JSON to be placed inside a `<script>` element: every
 * `<`, `>` and `&` as a JSON escape, so that no `</script>` or `<!--` in
 * the data can end or change the element, and U+2028 and U+2029 escaped
 * too, so that the text is also valid JavaScript.
 *
 * @param value - A value JSON can write.
 * @returns The JSON text, safe inside a script element.
 * @example
 * scriptJson({ message: '</script>' }); // '{"message":"\\u003c/script\\u003e"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * Makes JavaScript safe to place inside a `<script>` element: `</script`
 * becomes `<\/script`, which means the same in a string, a template or a
 * regular expression.
 *
 * @param code - The script.
 * @returns The script, safe inside a script element.
 * @throws {Error} When the script holds `<!--` or `<script`, which would
 * change how the browser finds the element's end and have no escape that
 * is the same in every place of a script.
 */
export function scriptCode(code: string): string {
  if (/<!--|<script/i.test(code)) {
    throw new Error(
      'A script for report.html holds <!-- or <script, which would change where the browser ends it; take them out of the script.',
    );
  }

  return code.replace(/<\/(script)/gi, '<\\/$1');
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML, in an element or in a quoted attribute.
 *
 * @param text - The text.
 * @returns The text with `& < > " '` escaped.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}
