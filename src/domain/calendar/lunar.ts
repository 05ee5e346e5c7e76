// The Vietnamese lunisolar calendar, by Hồ Ngọc Đức's published algorithm ("Thuật toán tính âm
// lịch"): new moons and solar terms from Meeus' series, evaluated at UTC+7. The Vietnamese
// calendar differs from the Chinese one (UTC+8) whenever a new moon falls between 23:00 and
// 24:00 Hà Nội time, e.g. Tết 1985 and 2007. See docs/decisions/0002-lunar-calendar.md.
//
// Supported range: solar dates 1900-01-01 … 2100-12-31 (the range the algorithm was checked on).

import {
  fromJulianDay,
  type IsoDate,
  julianDayFromParts,
  parseIsoDate,
  partsFromJulianDay,
} from './local-date.ts';

export interface LunarDate {
  /** Lunar year; month 11–12 before Tết belong to the previous lunar year. */
  year: number;
  month: number;
  day: number;
  /** True for the intercalary ("nhuận") month that repeats `month`. */
  leap: boolean;
}

/** Vietnam's time zone: UTC+7 (Asia/Ho_Chi_Minh). */
const TIME_ZONE = 7;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Julian day of the new moon of 1900-01-01 (Meeus' epoch for lunation k = 0). */
const NEW_MOON_EPOCH = 2415021.076998695;
const SYNODIC_MONTH = 29.530588853;

const { floor, sin, PI } = Math;

/** Local (UTC+7) day number of the k-th new moon after the 1900 epoch. */
function newMoonDay(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let C1 = (0.1734 - 0.000393 * T) * sin(M * dr) + 0.0021 * sin(2 * dr * M);
  C1 = C1 - 0.4068 * sin(Mpr * dr) + 0.0161 * sin(dr * 2 * Mpr);
  C1 = C1 - 0.0004 * sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * sin(dr * 2 * F) - 0.0051 * sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * sin(dr * (M - Mpr)) + 0.0004 * sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * sin(dr * (2 * F - M)) - 0.0006 * sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.001 * sin(dr * (2 * F - Mpr)) + 0.0005 * sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  const jdNew = jd1 + C1 - deltaT;
  return floor(jdNew + 0.5 + TIME_ZONE / 24);
}

/** Index 0–11 of the 30° sector the sun is in at local midnight starting `dayNumber`. */
function sunLongitudeSector(dayNumber: number): number {
  const T = (dayNumber - 2451545.5 - TIME_ZONE / 24) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * sin(dr * 2 * M) + 0.00029 * sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L = L - PI * 2 * floor(L / (PI * 2));
  return floor((L / PI) * 6);
}

/** Day number of the start of the 11th lunar month (the one holding the winter solstice) of `year`. */
function lunarMonth11(year: number): number {
  const off = julianDayFromParts(year, 12, 31) - 2415021;
  const k = floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  // Sector 9 starts at 270°, the winter solstice: if it has already begun, the month began earlier.
  return sunLongitudeSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** In a 13-month year starting at month 11 `a11`: offset of the first month without a major solar term. */
function leapMonthOffset(a11: number): number {
  const k = floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunLongitudeSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunLongitudeSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

function assertSupportedYear(year: number, min = MIN_YEAR): void {
  if (!Number.isInteger(year) || year < min || year > MAX_YEAR) {
    throw new RangeError(`Lunar calendar supports ${min}–${MAX_YEAR}, got ${year}`);
  }
}

/** January 1900 still lies in lunar year 1899, so lunar dates may name it. */
function assertSupportedLunarYear(year: number): void {
  assertSupportedYear(year, MIN_YEAR - 1);
}

function dayNumberOf(date: IsoDate): number {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  assertSupportedYear(parts.year);
  return julianDayFromParts(parts.year, parts.month, parts.day);
}

/** The lunar date of a solar (Gregorian) date. */
export function solarToLunar(date: IsoDate): LunarDate {
  const dayNumber = dayNumberOf(date);
  const { year } = partsFromJulianDay(dayNumber);
  // The true new moon can fall more than a day from the mean one, so step back until the month
  // has begun (the published code tries k + 1 and k only, and returns "day 0" on 2054-05-07 and
  // 2062-04-09).
  let k = floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 1;
  let monthStart = newMoonDay(k);
  while (monthStart > dayNumber) {
    k--;
    monthStart = newMoonDay(k);
  }
  let a11 = lunarMonth11(year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1);
  }
  const day = dayNumber - monthStart + 1;
  const diff = floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month, day, leap };
}

/** Day number of the first day of a lunar month, or undefined when there is no such (leap) month. */
function lunarMonthStart(year: number, month: number, leap: boolean): number | undefined {
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1);
    b11 = lunarMonth11(year);
  } else {
    a11 = lunarMonth11(year);
    b11 = lunarMonth11(year + 1);
  }
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth <= 0) leapMonth += 12;
    if (leap && month !== leapMonth) return undefined;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return undefined;
  }
  const k = floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  return newMoonDay(k + off);
}

function assertLunarMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Lunar month must be 1–12, got ${month}`);
  }
}

/** Days (29 or 30) in a lunar month, or undefined when there is no such (leap) month. */
export function lunarMonthLength(year: number, month: number, leap = false): number | undefined {
  assertSupportedLunarYear(year);
  assertLunarMonth(month);
  const start = lunarMonthStart(year, month, leap);
  if (start === undefined) return undefined;
  // The month ends the day before the next new moon.
  const k = floor((start - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  return newMoonDay(k + 1) - start;
}

/**
 * The solar date of a lunar date, or undefined when the lunar date does not exist
 * (a leap month the year does not have, or day 30 of a 29-day month).
 */
export function lunarToSolar(lunar: LunarDate): IsoDate | undefined {
  const { year, month, day, leap } = lunar;
  assertSupportedLunarYear(year);
  assertLunarMonth(month);
  if (!Number.isInteger(day) || day < 1 || day > 30) return undefined;
  const length = lunarMonthLength(year, month, leap);
  if (length === undefined || day > length) return undefined;
  const start = lunarMonthStart(year, month, leap) as number;
  return fromJulianDay(start + day - 1);
}

/** The leap month (1–12) of a lunar year, or undefined when the year has twelve months. */
export function leapMonthOf(lunarYear: number): number | undefined {
  assertSupportedLunarYear(lunarYear);
  for (let month = 1; month <= 12; month++) {
    if (lunarMonthStart(lunarYear, month, true) !== undefined) return month;
  }
  return undefined;
}

/** Tết Nguyên đán: the solar date of 1/1 of the lunar year that starts in solar `year`. */
export function lunarNewYear(year: number): IsoDate {
  return lunarToSolar({ year, month: 1, day: 1, leap: false }) as IsoDate;
}
