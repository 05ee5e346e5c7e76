// Shapes of the calendar API (src/modules/calendar/schema.ts is the contract).

export type DayKind =
  | 'working'
  | 'weekend'
  | 'holiday'
  | 'compensatory'
  | 'officialDayOff'
  | 'makeUpWorkingDay';
export type Verification = 'V' | 'P' | 'U';

export interface CalendarDay {
  date: string;
  working: boolean;
  kind: DayKind;
  name?: string;
}

export interface DaysOffEntry {
  from: string;
  to?: string;
  name: string;
  source?: string;
  tag: Verification;
}

export interface MakeUpWorkingDay {
  date: string;
  name: string;
  source?: string;
  tag: Verification;
}

export interface YearOverrideInput {
  replaces: string[];
  daysOff: DaysOffEntry[];
  workingDays: MakeUpWorkingDay[];
}

export interface CalendarYear {
  year: number;
  days: CalendarDay[];
  holidays: { date: string; name: string }[];
  makeUpWorkingDays: { date: string; name: string }[];
  override: (YearOverrideInput & { year: number }) | null;
  updatedAt: string | null;
  updatedBy: string | null;
  holidayRules: { key: string; name: string }[];
}

export interface DeadlineRuleVersion {
  key: string;
  effectiveFrom: string;
  name: string;
  count?: number;
  unit: 'working' | 'calendar';
  startEvent: string;
  variants?: { complex?: number; remote?: number; remoteComplex?: number };
  extension?: { maxDays: number; maxTimes: number; condition: string };
  sameDayCutoff?: string;
  source: string;
  tag: Verification;
  note?: string;
  tagLabel: string;
  startEventLabel: string;
  inForce: boolean;
  updatedAt: string | null;
}
