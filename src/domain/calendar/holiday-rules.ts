// Public holidays for public servants as data (RULES.md §2, Labour Code 2019 art. 112), so an
// administrator can add one (e.g. the proposed 24/11 "Ngày Văn hóa Việt Nam") without code.
// Each year's official announcement, which fixes the exact days, lives in year-overrides.ts.

import type { Verification } from '../verification.ts';
import type { Weekday } from './local-date.ts';

interface HolidayRuleBase {
  /** Stable key; a year override names it in `replaces` to take over its days. */
  key: string;
  /** Vietnamese name shown to users and printed by `danvan calendar holidays`. */
  name: string;
  source: string;
  tag: Verification;
  /** First and last solar year the rule applies to (inclusive); open-ended when absent. */
  fromYear?: number;
  toYear?: number;
}

/** A fixed day of the solar year. */
export interface SolarHolidayRule extends HolidayRuleBase {
  kind: 'solar';
  month: number;
  day: number;
}

/** A fixed day of the lunar year (the regular month when the year has a leap twin). */
export interface LunarHolidayRule extends HolidayRuleBase {
  kind: 'lunar';
  month: number;
  day: number;
}

/** Tết Nguyên đán: the last `eveDays` of the old lunar year and the first `newYearDays` of the new. */
export interface LunarNewYearRule extends HolidayRuleBase {
  kind: 'lunarNewYear';
  eveDays: number;
  newYearDays: number;
}

/**
 * A solar day plus one adjacent day, chosen by the weekday the main day falls on. The law leaves
 * the choice to each year's decision; the table is only the default until that decision is entered.
 */
export interface SolarWithAdjacentDayRule extends HolidayRuleBase {
  kind: 'solarWithAdjacentDay';
  month: number;
  day: number;
  adjacentDay: Record<Weekday, 'before' | 'after'>;
}

export type HolidayRule = SolarHolidayRule | LunarHolidayRule | LunarNewYearRule | SolarWithAdjacentDayRule;

const LABOUR_CODE = 'Bộ luật Lao động 2019, Điều 112';

export const defaultHolidayRules: readonly HolidayRule[] = [
  {
    key: 'newYear',
    name: 'Tết Dương lịch',
    kind: 'solar',
    month: 1,
    day: 1,
    source: LABOUR_CODE,
    tag: 'V',
  },
  {
    key: 'tet',
    name: 'Tết Nguyên đán',
    kind: 'lunarNewYear',
    // Five days; the Prime Minister fixes which each year. The default (eve + days 1–4) is the
    // usual pattern and stands until the year's announcement is entered as an override.
    eveDays: 1,
    newYearDays: 4,
    source: LABOUR_CODE,
    tag: 'V',
  },
  {
    key: 'hungKings',
    name: 'Giỗ Tổ Hùng Vương',
    kind: 'lunar',
    month: 3,
    day: 10,
    source: LABOUR_CODE,
    tag: 'V',
    // A paid holiday since the 2007 amendment of the Labour Code.
    fromYear: 2007,
  },
  {
    key: 'reunification',
    name: 'Ngày Giải phóng miền Nam, thống nhất đất nước',
    kind: 'solar',
    month: 4,
    day: 30,
    source: LABOUR_CODE,
    tag: 'V',
  },
  {
    key: 'labourDay',
    name: 'Ngày Quốc tế Lao động',
    kind: 'solar',
    month: 5,
    day: 1,
    source: LABOUR_CODE,
    tag: 'V',
  },
  {
    key: 'nationalDay',
    name: 'Quốc khánh',
    kind: 'solarWithAdjacentDay',
    month: 9,
    day: 2,
    // Chosen to match the decisions of 2021–2025 (Thu→3/9, Fri→1/9, Sat→1/9, Mon→3/9, Tue→1/9);
    // Wednesday and Sunday follow the same aim of joining the break to a weekend or keeping it short.
    adjacentDay: { 0: 'after', 1: 'after', 2: 'before', 3: 'after', 4: 'after', 5: 'before', 6: 'before' },
    source: LABOUR_CODE,
    tag: 'V',
    fromYear: 2021,
  },
  {
    key: 'nationalDay',
    name: 'Quốc khánh',
    kind: 'solar',
    month: 9,
    day: 2,
    // One day under the Labour Code 2012, before the 2019 code took effect on 1 January 2021.
    source: 'Bộ luật Lao động 2012, Điều 115',
    tag: 'P',
    toYear: 2020,
  },
];
