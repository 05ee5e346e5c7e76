// Report periods as the API writes them: `2025-H1`, `2025`, `2021..2025` (src/modules/reports/period.ts).

export type PeriodKind = 'half' | 'year' | 'years';

/** "6 tháng đầu năm 2025", "Năm 2025", "Giai đoạn 2021 - 2025"; the key itself when it is none of these. */
export function periodLabel(key: string): string {
  let m = /^(\d{4})-H([12])$/.exec(key);
  if (m) return `6 tháng ${m[2] === '1' ? 'đầu' : 'cuối'} năm ${m[1]}`;
  m = /^(\d{4})$/.exec(key);
  if (m) return `Năm ${m[1]}`;
  m = /^(\d{4})\.\.(\d{4})$/.exec(key);
  if (m) return `Giai đoạn ${m[1]} - ${m[2]}`;
  return key;
}

export function periodKind(key: string): PeriodKind | undefined {
  if (/^\d{4}-H[12]$/.test(key)) return 'half';
  if (/^\d{4}$/.test(key)) return 'year';
  if (/^\d{4}\.\.\d{4}$/.test(key)) return 'years';
  return undefined;
}

/** The last half-year that has ended by `today` (YYYY-MM-DD): what a report is written about. */
export function lastEndedHalf(today: string): string {
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= '07-01' ? `${year}-H1` : `${year - 1}-H2`;
}

/**
 * The periods offered in pickers, newest first: halves and years from next year's back `years`
 * years, and five-year spans (the "sơ kết" reports run 2016–2020, 2021–2025…).
 */
export function periodChoices(today: string, kinds: readonly PeriodKind[], years = 5): string[] {
  const year = Number(today.slice(0, 4));
  const out: string[] = [];
  for (let y = year; y > year - years; y--) {
    if (kinds.includes('half')) out.push(`${y}-H2`, `${y}-H1`);
    if (kinds.includes('year')) out.push(String(y));
  }
  if (kinds.includes('years')) {
    // The last span that has ended by this year's end (2021–2025 from 2025 to 2029), then the two before.
    const end = Math.floor(year / 5) * 5;
    for (let e = end; e > end - 15; e -= 5) out.push(`${e - 4}..${e}`);
  }
  return out;
}
