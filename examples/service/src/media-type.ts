/**
 * Whether a Content-Type header says JSON the service can read:
 * `application/json`, in any case, with no charset or UTF-8.
 *
 * @param header - The header, if the request has one.
 * @returns `true` for JSON in UTF-8.
 * @example
 * isJsonMediaType('application/json; charset=UTF-8'); // true
 * isJsonMediaType('application/json; charset=gbk'); // false
 * isJsonMediaType('text/plain'); // false
 */
export function isJsonMediaType(header: string | undefined): boolean {
  if (header === undefined) return false;

  const [type = '', ...parameters] = header.split(';');
  if (type.trim().toLowerCase() !== 'application/json') return false;

  return parameters.every((parameter) => {
    const [name = '', value = ''] = parameter.split('=');
    if (name.trim().toLowerCase() !== 'charset') return true;

    return /^"?utf-8"?$/i.test(value.trim());
  });
}
