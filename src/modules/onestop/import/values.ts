import { isIsoDate } from '../../../domain/calendar/local-date.ts';
import { searchKey } from '../../../domain/vi/index.ts';

/**
 * How headers and coded values are compared: no diacritics, no case, single spaces, and no
 * punctuation — "NGAY  TIEP NHAN:", "Ngày tiếp nhận (*)" and "ngày tiếp nhận" are one key.
 */
export function valueKey(text: string): string {
  return searchKey(text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
}

/** A lookup of a vocabulary (label → code) by `valueKey`; the few spellings a file uses are remembered. */
export function vocabulary<T>(entries: Record<string, T>): (text: string) => T | undefined {
  const map = new Map<string, T>();
  for (const [label, code] of Object.entries(entries)) map.set(valueKey(label), code);
  const seen = new Map<string, T | undefined>();
  return (text) => {
    if (seen.has(text)) return seen.get(text);
    const code = map.get(valueKey(text));
    if (seen.size < 1000) seen.set(text, code);
    return code;
  };
}

export interface ImportDate {
  /** Calendar date in Asia/Ho_Chi_Minh, YYYY-MM-DD. */
  date: string;
  /** Wall-clock time in Asia/Ho_Chi_Minh, HH:MM:SS, when the cell has one. */
  time?: string;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const num = (group: string | undefined) => Number(group);
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?`;
// dd/mm/yyyy (also with "-" or "."), optionally followed by a time.
const DMY = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*(?:[T,]|\s)\s*${TIME})?$`);
// A time before the date, as some systems print it: "08:15 03/06/2024", "08:15 - 03/06/2024".
const TIME_DMY = new RegExp(String.raw`^${TIME}\s*[-,]?\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$`);
// ISO 8601: yyyy-mm-dd, optionally with a time and a zone.
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]${TIME}\s*(Z|[+-]\d{2}:?\d{2})?)?$`);
// An Excel date serial that reached us as a number (a date cell without a date format).
const SERIAL = /^(\d{5})(?:\.(\d+))?$/;

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/**
 * Reads a date cell: `dd/mm/yyyy` or ISO `yyyy-mm-dd`, optionally with a time. Day first, always
 * (never the American month first). A zone (`Z`, `+07:00`) is converted to Asia/Ho_Chi_Minh.
 * Returns undefined when the text is not a real date between 1990 and 2100.
 */
export function parseImportDate(raw: string): ImportDate | undefined {
  const text = raw.trim();
  let m = DMY.exec(text);
  if (m) return build(num(m[3]), num(m[2]), num(m[1]), m[4], m[5], m[6]);
  m = TIME_DMY.exec(text);
  if (m) return build(num(m[6]), num(m[5]), num(m[4]), m[1], m[2], m[3]);
  m = ISO.exec(text);
  if (m) {
    const zone = m[7];
    if (!zone) return build(num(m[1]), num(m[2]), num(m[3]), m[4], m[5], m[6]);
    const local = build(num(m[1]), num(m[2]), num(m[3]));
    if (!local || num(m[4]) > 23) return undefined;
    const offset = zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const instant = Date.parse(`${local.date}T${pad2(num(m[4]))}:${m[5]}:${m[6] ?? '00'}${offset}`);
    if (Number.isNaN(instant)) return undefined;
    const vn = new Date(instant + 7 * 3_600_000).toISOString();
    return build(
      +vn.slice(0, 4),
      +vn.slice(5, 7),
      +vn.slice(8, 10),
      vn.slice(11, 13),
      vn.slice(14, 16),
      vn.slice(17, 19),
    );
  }
  m = SERIAL.exec(text);
  if (m) return fromExcelSerial(Number(text));
  return undefined;
}

function build(
  year: number,
  month: number,
  day: number,
  h?: string,
  mi?: string,
  s?: string,
): ImportDate | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const date = `${year}-${pad2(month)}-${pad2(day)}`;
  if (!isIsoDate(date)) return undefined;
  if (h === undefined) return { date };
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  // Midnight is what a date-only export means too: keep one representation.
  if (hour === 0 && minute === 0 && second === 0) return { date };
  return { date, time: `${pad2(hour)}:${pad2(minute)}:${pad2(second)}` };
}

/** Excel's 1900 date system: serial 25569 is 1970-01-01; the fraction is the time of day. */
function fromExcelSerial(serial: number): ImportDate | undefined {
  const ms = Math.round((serial - 25569) * 86_400) * 1000;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return undefined;
  const iso = d.toISOString();
  return build(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    iso.slice(11, 13),
    iso.slice(14, 16),
    iso.slice(17, 19),
  );
}

/** "03/06/2024" for messages, from an ISO date. */
export const showDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const SAME_DAY = new Set(['trong ngay', 'ngay trong ngay', 'giai quyet trong ngay']);

/** "3", "03 ngày", "3 ngày làm việc" → 3; "Trong ngày" → 0; undefined otherwise. */
export function parseWorkingDays(raw: string): number | undefined {
  const key = valueKey(raw);
  if (SAME_DAY.has(key)) return 0;
  const m = /^(\d{1,3})(?: ngay(?: lam viec)?)?$/.exec(key);
  return m ? Number(m[1]) : undefined;
}

const NO_FEE = new Set([
  'khong',
  'mien',
  'mien phi',
  'khong thu',
  'khong co',
  'khong thu phi',
  'mien le phi',
]);

/**
 * A fee in đồng: "8.000", "8.000 đồng", "50,000đ" → 8000 / 50000; "Không", "Miễn phí" → 0;
 * empty → null (not stated). Undefined when the text holds something else (several amounts,
 * a decimal), so the official fixes the cell rather than importing a wrong fee.
 */
export function parseFee(raw: string): number | null | undefined {
  const text = raw.trim();
  if (text === '') return null;
  if (NO_FEE.has(valueKey(text))) return 0;
  const amounts = text.match(/\d[\d.,\s]*\d|\d/g) ?? [];
  if (amounts.length !== 1) return undefined;
  const amount = (amounts[0] as string).replace(/\s/g, '');
  const rest = valueKey(text.replace(amounts[0] as string, ''));
  if (rest !== '' && !/^(d|dong|vnd|vn d)$/.test(rest)) return undefined;
  if (/^\d{1,3}([.,]\d{3})+$/.test(amount) || /^\d+$/.test(amount))
    return Number(amount.replace(/[.,]/g, ''));
  return undefined;
}
