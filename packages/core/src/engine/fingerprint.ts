/**
 * A 64-bit FNV-1a hash of a text, as 16 hex digits. Not cryptographic: it
 * gives findings short, stable ids that survive re-runs.
 *
 * @param text - Any text; hashed as UTF-16 code units.
 * @returns 16 lower-case hex digits.
 * @example
 * fingerprint(''); // 'cbf29ce484222325'
 */
export function fingerprint(text: string): string {
  // The 64-bit state and prime are kept in four 16-bit limbs so that plain
  // number arithmetic stays exact without BigInt.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;

  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h0 ^= code & 0xff;
    [h0, h1, h2, h3] = multiplyByPrime(h0, h1, h2, h3);
    h0 ^= code >>> 8;
    [h0, h1, h2, h3] = multiplyByPrime(h0, h1, h2, h3);
  }

  return [h3, h2, h1, h0]
    .map((limb) => limb.toString(16).padStart(4, '0'))
    .join('');
}

// FNV's 64-bit prime is 2^40 + 2^8 + 0xb3 = 0x100000001b3: in limbs of 16
// bits, 0x01b3 at position 0 and 0x0100 at position 2.
function multiplyByPrime(
  h0: number,
  h1: number,
  h2: number,
  h3: number,
): [number, number, number, number] {
  const t0 = h0 * 0x1b3;
  let t1 = h1 * 0x1b3;
  let t2 = h2 * 0x1b3 + h0 * 0x100;
  let t3 = h3 * 0x1b3 + h1 * 0x100;

  t1 += t0 >>> 16;
  t2 += Math.floor(t1 / 0x10000);
  t3 += Math.floor(t2 / 0x10000);

  return [t0 & 0xffff, t1 & 0xffff, t2 & 0xffff, t3 & 0xffff];
}
