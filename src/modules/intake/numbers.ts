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
  /** "5,65 ngàn hồ sơ": an amount rounded to thousands, so an estimate (qualifier "about"). */
  rounded?: boolean;
  /** "4.561/5.650 HS": the total the value is stated out of. The token's span covers both. */
  base?: { value: number; start: number; end: number };
}

// Units a count is stated "out of" in ("168/168 hồ sơ", "4.561/5.650 HS", "45/50 đơn").
const RATIO_UNIT = String.raw`(?:các )?(?:hồ sơ|HS|TTHC|thủ tục|đơn|vụ|ý kiến|kiến nghị|phiếu|cuộc|buổi|thôn|ấp|bản|xóm|khóm|tổ dân phố|khu dân cư|khu phố|TDP|cán bộ|công chức|CBCC|trường hợp)(?![\p{L}\p{N}])`;

// A number not glued to a letter, a slash or another number: this leaves out dates (23/4/2019),
// references (61/2018/NĐ-CP), ranges' second half (2021-2025) and codes (QH15). Two ratios are
// read: a count out of a total followed by its unit ("giải quyết 4.561/5.650 HS"), and visits over
// the people they brought ("tiếp thường xuyên 161/201 người"), whose first number is the visits.
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?:(\s?%)|\s*\/\s*(\d{1,3}(?:\.\d{3})+|\d+)(?=\s*${RATIO_UNIT}))?(?![\p{N}]|[.,]\d|\/(?!\s*[\d.]+\s*(?:lượt\s+)?người(?![\p{L}])))`,
  'gu',
);

// "5,65 ngàn hồ sơ", "hơn 4,5 nghìn": thousands written as a word.
const THOUSANDS = /^\s+(?:ngàn|nghìn)(?![\p{L}])/u;

export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const digits = m[1] as string;
    const isPercent = m[2] !== undefined;
    const parsed = parseReportNumber(digits, isPercent);
    if (parsed === null) continue;
    const end = m.index + m[0].length;
    const token: NumberToken = {
      start: m.index,
      end,
      raw: m[0],
      value: parsed.value,
      isPercent,
      decimals: parsed.decimals,
      ambiguous: parsed.ambiguous,
    };
    const thousands = isPercent || m[3] ? null : THOUSANDS.exec(text.slice(end));
    if (thousands) {
      token.end = end + thousands[0].length;
      token.raw = text.slice(m.index, token.end);
      token.value = Math.round(parsed.value * 1000);
      token.decimals = 0;
      token.ambiguous = false;
      token.rounded = true;
    }
    const baseDigits = m[3];
    const base = baseDigits === undefined ? null : parseReportNumber(baseDigits);
    if (base && baseDigits) token.base = { value: base.value, start: end - baseDigits.length, end };
    tokens.push(token);
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
