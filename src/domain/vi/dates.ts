// Dates as Vietnamese documents write them (Nghị định 30/2020/NĐ-CP, Phụ lục I; RULES.md §6).
// Input is a `YYYY-MM-DD` calendar date (see domain/calendar/local-date.ts), never a `Date`.

import { dateParts, type IsoDate, isoDate, parseIsoDate } from '../calendar/local-date.ts';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "2024-06-03" → "03/06/2024". */
export function formatDate(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/**
 * "2024-06-03" → "ngày 03 tháng 6 năm 2024". Days below 10 and months 1–2 take a leading zero
 * (Nghị định 30/2020) so no digit can be added in front of them afterwards: "tháng 01", "tháng 02",
 * but "tháng 3" … "tháng 12".
 */
export function formatLongDate(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `ngày ${pad2(day)} tháng ${month < 3 ? pad2(month) : month} năm ${year}`;
}

/** The dateline under the national motto: "Quang Minh, ngày 03 tháng 6 năm 2024". */
export function formatPlaceAndDate(place: string, date: IsoDate): string {
  return `${place.normalize('NFC').trim()}, ${formatLongDate(date)}`;
}

const VI_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** "03/06/2024" (or "3/6/2024") → "2024-06-03"; undefined when it is not a real date. */
export function parseViDate(text: string): IsoDate | undefined {
  const match = VI_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, day, month, year] = match.map(Number) as [number, number, number, number];
  const iso = `${year}-${pad2(month)}-${pad2(day)}`;
  return parseIsoDate(iso) ? isoDate(year, month, day) : undefined;
}
