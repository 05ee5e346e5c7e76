// One rounding rule for everything the product prints: round half away from zero, on the decimal
// value the number was written as. `0.285` means 28.5% to its author, so it must round to 29% —
// plain `x * 100` gives 28.499999999999996 and would round down. Shifting the decimal point in the
// number's shortest string form avoids that binary error.

/** `value × 10^places`, computed on the decimal representation (exact for shortest forms). */
export function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

export interface RoundedParts {
  negative: boolean;
  /** Integer digits, no grouping, no sign. */
  integer: string;
  /** Exactly `digits` fraction digits. */
  fraction: string;
}

/** `value` rounded half away from zero to `digits` decimals, as digit strings. */
export function roundHalfAwayFromZero(value: number, digits: number): RoundedParts {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value}`);
  if (!Number.isInteger(digits) || digits < 0 || digits > 10) {
    throw new RangeError(`Decimal places must be 0–10, got ${digits}`);
  }
  // Math.round rounds halves up, which for a non-negative value is away from zero.
  const units = Math.round(shiftDecimal(Math.abs(value), digits));
  if (!Number.isSafeInteger(units)) throw new RangeError(`Too large to format exactly: ${value}`);
  const text = String(units).padStart(digits + 1, '0');
  return {
    negative: value < 0 && units !== 0,
    integer: text.slice(0, text.length - digits),
    fraction: text.slice(text.length - digits),
  };
}
