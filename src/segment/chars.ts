/**
 * Character classes shared by the stages, on UTF-16 code units (no regex, no
 * allocation).
 *
 * @module
 */

/**
 * Whether a code unit is white space: exactly what `\s` and
 * `String.prototype.trim` take (ASCII spaces and line ends, NBSP, the Unicode
 * space separators, line and paragraph separators, the BOM).
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** Whether a code unit is an ASCII digit. */
export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}
