import { formatDate } from '../lib/format.ts';
import type { IntakePeriod } from './types.ts';

/** "6 tháng đầu năm 2025 (01/01/2025 – 30/06/2025)" for the keys the reports use, else the dates. */
export function periodText(p: IntakePeriod): string {
  const dates = `${formatDate(p.from)} – ${formatDate(p.to)}`;
  const half = /^(\d{4})-H([12])$/.exec(p.label);
  if (half) return `6 tháng ${half[2] === '1' ? 'đầu' : 'cuối'} năm ${half[1]} (${dates})`;
  if (/^\d{4}$/.test(p.label)) return `Năm ${p.label} (${dates})`;
  return dates;
}

/** Period keys to choose from: the halves and years around the one the report states, else this year. */
export function periodChoices(p: IntakePeriod | null, today: Date): { value: string; label: string }[] {
  const year = p ? Number(p.to.slice(0, 4)) : today.getFullYear();
  const out: { value: string; label: string }[] = [];
  for (let y = Math.max(year, today.getFullYear()); y >= year - 5; y--) {
    out.push({ value: `${y}`, label: `Năm ${y}` }, { value: `${y}-H1`, label: `6 tháng đầu năm ${y}` });
  }
  return out;
}

/** The key of a stored period when it is one of the choices ("2025-H1", "2025"), else null. */
export function periodKeyOf(p: IntakePeriod | null): string | null {
  return p && /^\d{4}(-H1)?$/.test(p.label) ? p.label : null;
}
