// Every number and date the web app shows goes through here. Numbers, percentages and document
// dates come from the shared Vietnamese module (src/domain/vi), the same one the server, the CLI
// and the reports use, so a figure reads identically everywhere (issue 3: one formatter).
import {
  formatLongDate as domainLongDate,
  formatPercent as domainPercent,
  formatPlaceAndDate as domainPlaceAndDate,
  formatDecimal,
} from '../../../src/domain/vi/index.ts';

/** 4080 → "4.080"; 2988.35 → "2.988,35" (at most `maxFractionDigits` decimals, trailing zeros dropped). */
export function formatNumber(value: number, maxFractionDigits = 2): string {
  return formatDecimal(value, { digits: maxFractionDigits, trimZeros: true });
}

/** A ratio as a percentage with one decimal, rounded half away from zero: 0.975 → "97,5%". */
export function formatPercent(ratio: number): string {
  return domainPercent(ratio);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2024-06-03" → "ngày 03 tháng 6 năm 2024" (Nghị định 30/2020 padding). */
export function formatLongDate(isoDate: string): string {
  return ISO_DATE.test(isoDate) ? domainLongDate(isoDate) : isoDate;
}

/** The dateline of a document: "Tân Phú, ngày 03 tháng 6 năm 2024". */
export function formatPlaceAndDate(place: string, isoDate: string): string {
  return ISO_DATE.test(isoDate) ? domainPlaceAndDate(place, isoDate) : place;
}

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function vnParts(d: Date): Record<string, string> {
  return Object.fromEntries(dateTimeParts.formatToParts(d).map((x) => [x.type, x.value]));
}

/** ISO instant → "dd/mm/yyyy HH:mm" in Vietnam time, whatever the browser's zone. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = vnParts(d);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** ISO instant → "HH:mm" in Vietnam time. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = vnParts(d);
  return `${p.hour}:${p.minute}`;
}

/** The calendar date in Vietnam (YYYY-MM-DD) of an instant; today by default. */
export function vnDate(at: Date = new Date()): string {
  const p = vnParts(at);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "2025-01-31" → "31/01/2025". */
export function formatDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

/**
 * "31/1/2025" or "31/01/2025" → "2025-01-31"; null when it is not a real calendar date.
 * Typed dates are always day first, whatever language the browser runs in.
 */
export function parseDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Vietnamese-dong amounts: 50000 → "50.000 đồng". */
export function formatVnd(value: number): string {
  return `${formatNumber(value, 0)} đồng`;
}
