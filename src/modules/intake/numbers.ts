import type { Qualifier } from './schema.ts';

/** A number as written in a report, recognised by position so its span can be shown. */
export interface NumberToken {
  start: number;
  /** End of the number, including a trailing "%" when it is a percentage. */
  end: number;
  raw: string;
  value: number;
  isPercent: boolean;
  /** Decimal places as written: "98,23" → 2. Used for rounding tolerance. */
  decimals: number;
  /** True when the value is an integer only if "." groups thousands, or a decimal if not. */
  ambiguous: boolean;
}

// A number not glued to a letter, a slash or another number: this leaves out dates (23/4/2019),
// references (61/2018/NĐ-CP), ratios (760/770), ranges' second half (2021-2025) and codes (QH15).
// One ratio is read: visits over the people they brought ("tiếp thường xuyên 161/201 người"),
// whose first number is the count of visits.
const NUMBER =
  /(?<![\p{L}\p{N}/.,-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(\s?%)?(?![\p{N}]|[.,]\d|\/(?!\s*[\d.]+\s*(?:lượt\s+)?người\b))/gu;

export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const digits = m[1] as string;
    const isPercent = m[2] !== undefined;
    const parsed = parseReportNumber(digits, isPercent);
    if (parsed === null) continue;
    tokens.push({
      start: m.index,
      end: m.index + m[0].length,
      raw: m[0],
      value: parsed.value,
      isPercent,
      decimals: parsed.decimals,
      ambiguous: parsed.ambiguous,
    });
  }
  return tokens;
}

/**
 * Reads a number written the Vietnamese way ("4.080", "2.988,35", "98,8") and tolerates the
 * English decimal point that some reports use for percentages ("98.23 %", "1.77%"): a "." followed
 * by exactly three digits groups thousands, except in a percentage that would then exceed 100.
 */
export function parseReportNumber(
  digits: string,
  isPercent = false,
): { value: number; decimals: number; ambiguous: boolean } | null {
  const hasDot = digits.includes('.');
  const hasComma = digits.includes(',');
  if (hasDot && hasComma) {
    const [int, frac = ''] = digits.split(',');
    return {
      value: Number(`${(int as string).replace(/\./g, '')}.${frac}`),
      decimals: frac.length,
      ambiguous: false,
    };
  }
  if (hasComma) {
    const [int, frac = ''] = digits.split(',');
    return { value: Number(`${int}.${frac}`), decimals: frac.length, ambiguous: false };
  }
  if (hasDot) {
    const groups = digits.split('.');
    const thousands = groups.slice(1).every((g) => g.length === 3);
    if (thousands) {
      const asInteger = Number(groups.join(''));
      if (!(isPercent && asInteger > 100))
        return { value: asInteger, decimals: 0, ambiguous: groups.length === 2 };
    }
    if (groups.length !== 2) return null;
    return { value: Number(digits), decimals: (groups[1] as string).length, ambiguous: false };
  }
  return { value: Number(digits), decimals: 0, ambiguous: false };
}

const QUALIFIERS: ReadonlyArray<[RegExp, Qualifier]> = [
  [/(?:^|\s)(?:trên|hơn|ít nhất|tối thiểu|không dưới)\s*$/iu, 'atLeast'],
  [/(?:^|\s)(?:khoảng|gần|xấp xỉ|trên dưới|ước tính|ước|chừng)\s*$/iu, 'about'],
  [/(?:^|\s)(?:dưới|chưa đến|chưa tới|không quá|tối đa)\s*$/iu, 'atMost'],
];

/**
 * "trên 75 ý kiến" states a lower bound, "khoảng 4.000" an estimate: read from the words just
 * before the number. Returns the words before the qualifier too, so rules can read the clause
 * as if the number were exact.
 */
export function qualifierBefore(left: string): { qualifier?: Qualifier; rest: string } {
  for (const [pattern, qualifier] of QUALIFIERS) {
    const m = pattern.exec(left);
    if (m) return { qualifier, rest: left.slice(0, m.index).trimEnd() };
  }
  return { rest: left };
}

/** Vietnamese display of a number: "1.133", "97,53". */
export function formatViNumber(value: number, decimals = 0): string {
  const fixed = value.toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = (int as string).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}
