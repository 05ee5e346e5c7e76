// Numbers the Vietnamese way (TCVN / Nghị định 30/2020 practice): "." groups thousands, ","
// separates decimals — 4.080 · 2.988,35 · 97,5%. Every screen and document formats through here
// rather than `toLocaleString`, whose output depends on the host's ICU data.

import { roundHalfAwayFromZero, shiftDecimal } from './rounding.ts';

export interface DecimalFormatOptions {
  /** Decimal places, rounded half away from zero. */
  digits?: number;
  /** Drop trailing zeros of the fraction, and the comma when nothing is left ("98,0" → "98"). */
  trimZeros?: boolean;
}

function groupThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function compose(value: number, digits: number, trimZeros: boolean): string {
  const { negative, integer, fraction } = roundHalfAwayFromZero(value, digits);
  const shown = trimZeros ? fraction.replace(/0+$/, '') : fraction;
  return `${negative ? '-' : ''}${groupThousands(integer)}${shown ? `,${shown}` : ''}`;
}

/** 4080 → "4.080". A fractional value is rounded half away from zero. */
export function formatInt(value: number): string {
  return compose(value, 0, false);
}

/** 2988.35 → "2.988,35". Two decimals kept by default, so columns line up. */
export function formatDecimal(value: number, options: DecimalFormatOptions = {}): string {
  return compose(value, options.digits ?? 2, options.trimZeros ?? false);
}

/**
 * A ratio as a percentage: 0.975 → "97,5%". One decimal by default, rounded half away from zero
 * (0.9875 → "98,8%"); trailing zeros are dropped by default (1 → "100%", 0.98 → "98%") because
 * reports write "đạt 100%"; pass `trimZeros: false` for aligned table columns ("98,0%").
 */
export function formatPercent(ratio: number, options: DecimalFormatOptions = {}): string {
  return `${compose(shiftDecimal(ratio, 2), options.digits ?? 1, options.trimZeros ?? true)}%`;
}

// Either properly grouped ("4.080", "1.234.567") or ungrouped ("4080"), then an optional ",fraction".
const VI_NUMBER = /^([+\-\u2212]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

/**
 * Reads a Vietnamese-formatted number: "4.080" → 4080, "2.988,35" → 2988.35, "-1.234" → -1234.
 * Strict: a "." must group exactly three digits, so an English decimal ("2988.35") is refused
 * rather than misread. Returns undefined for anything that is not such a number.
 */
export function parseViNumber(text: string): number | undefined {
  const match = VI_NUMBER.exec(text.trim());
  if (!match) return undefined;
  const [, sign = '', integer = '', fraction] = match;
  const negative = sign === '-' || sign === '\u2212';
  const value = Number(`${integer.replace(/\./g, '')}${fraction ? `.${fraction}` : ''}`);
  return negative ? -value : value;
}

/** "98,8%" → 0.988 (a ratio, the inverse of formatPercent); the "%" is optional. */
export function parseViPercent(text: string): number | undefined {
  const percent = parseViNumber(text.trim().replace(/\s*%$/, ''));
  return percent === undefined ? undefined : shiftDecimal(percent, -2);
}
