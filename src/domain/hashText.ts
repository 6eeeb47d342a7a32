/** A stable 64-bit FNV-1a hash of the given strings, as 16 hex digits. Pure and fast. */
export function hashText(parts: readonly string[]): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      low ^= part.charCodeAt(i);
      const lowProduct = low * 0x1b3;
      const carry = Math.floor(lowProduct / 0x100000000);
      high = (Math.imul(high, 0x1b3) + Math.imul(low, 0x100) + carry) >>> 0;
      low = lowProduct >>> 0;
    }
  }
  return high.toString(16).padStart(8, "0") + low.toString(16).padStart(8, "0");
}
