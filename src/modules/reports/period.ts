import { AppError } from '../../platform/errors.ts';

export interface ReportPeriod {
  /** As written on the CLI and in the API: `2025-H1`, `2025`, `2021..2025`, or `from..to` dates. */
  key: string;
  from: string;
  to: string;
  /** "6 tháng đầu năm 2025", "năm 2025", "giai đoạn 2021 - 2025". */
  label: string;
  kind: 'half' | 'year' | 'years' | 'custom';
}

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

/** Parses a report period; throws a Vietnamese validation error naming the field. */
export function parsePeriod(key: string): ReportPeriod {
  let m = /^(\d{4})-H([12])$/.exec(key);
  if (m) {
    const y = m[1] as string;
    return m[2] === '1'
      ? { key, from: `${y}-01-01`, to: `${y}-06-30`, label: `6 tháng đầu năm ${y}`, kind: 'half' }
      : { key, from: `${y}-07-01`, to: `${y}-12-31`, label: `6 tháng cuối năm ${y}`, kind: 'half' };
  }
  m = /^(\d{4})$/.exec(key);
  if (m) return { key, from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, label: `năm ${m[1]}`, kind: 'year' };
  m = /^(\d{4})\.\.(\d{4})$/.exec(key);
  if (m && (m[1] as string) < (m[2] as string)) {
    return {
      key,
      from: `${m[1]}-01-01`,
      to: `${m[2]}-12-31`,
      label: `giai đoạn ${m[1]} - ${m[2]}`,
      kind: 'years',
    };
  }
  throw new AppError('validation', `Kỳ báo cáo "${key}" không hợp lệ: dùng 2025-H1, 2025 hoặc 2021..2025.`, {
    period: 'Không hợp lệ',
  });
}

export function customPeriod(from: string, to: string): ReportPeriod {
  if (!isDate(from) || !isDate(to) || from > to) {
    throw new AppError(
      'validation',
      'Khoảng ngày báo cáo không hợp lệ (YYYY-MM-DD, từ ngày trước đến ngày).',
      {
        from: 'Không hợp lệ',
      },
    );
  }
  const vn = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
  return { key: `${from}..${to}`, from, to, label: `từ ngày ${vn(from)} đến ngày ${vn(to)}`, kind: 'custom' };
}

/** The same stretch of time one period earlier ("cùng kỳ"): the previous half, year or span. */
export function previousPeriod(p: ReportPeriod): { from: string; to: string } {
  const shiftYears = (d: string, n: number) => `${Number(d.slice(0, 4)) - n}${d.slice(4)}`;
  const years = p.kind === 'years' ? Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) + 1 : 1;
  return { from: shiftYears(p.from, years), to: shiftYears(p.to, years) };
}
