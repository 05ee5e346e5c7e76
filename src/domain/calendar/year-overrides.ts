// Each year the government announces the exact days off (the Tết break, bridge days) and the
// Saturdays worked in exchange. These announcements are data an administrator enters; the seeds
// below are the ones RULES.md §2 lists, with its verification tags.

import type { Verification } from '../verification.ts';
import type { IsoDate } from './local-date.ts';

/** Announced days off, `from`–`to` inclusive (weekend days inside the range are listed too). */
export interface DaysOffEntry {
  from: IsoDate;
  /** Last day off; a single day when absent. */
  to?: IsoDate;
  name: string;
  source?: string;
  tag: Verification;
}

/** A day that would be off (usually a Saturday) but is worked in exchange for a day off. */
export interface MakeUpWorkingDay {
  date: IsoDate;
  name: string;
  source?: string;
  tag: Verification;
}

export interface YearOverride {
  year: number;
  /**
   * Keys of holiday rules whose default days (and weekend compensation) this year's announcement
   * replaces: the announced `daysOff` then carry that holiday entirely.
   */
  replaces?: readonly string[];
  daysOff: readonly DaysOffEntry[];
  workingDays: readonly MakeUpWorkingDay[];
}

const TET_BREAK = 'Nghỉ Tết Nguyên đán';
const TET_SOURCE = 'Thông báo lịch nghỉ Tết Âm lịch cho cán bộ, công chức, viên chức (RULES.md §2)';

export const seededYearOverrides: readonly YearOverride[] = [
  {
    year: 2023,
    replaces: ['tet'],
    daysOff: [{ from: '2023-01-20', to: '2023-01-26', name: TET_BREAK, source: TET_SOURCE, tag: 'V' }],
    workingDays: [],
  },
  {
    year: 2024,
    replaces: ['tet'],
    daysOff: [{ from: '2024-02-08', to: '2024-02-14', name: TET_BREAK, source: TET_SOURCE, tag: 'V' }],
    workingDays: [],
  },
  {
    year: 2025,
    replaces: ['tet'],
    daysOff: [
      // Includes Monday 27/01, swapped for Saturday 08/02 below.
      { from: '2025-01-25', to: '2025-02-02', name: TET_BREAK, source: TET_SOURCE, tag: 'V' },
      {
        from: '2025-04-30',
        to: '2025-05-04',
        // Friday 02/05 is the swapped day; 30/04 and 01/05 keep their holiday names.
        name: 'Nghỉ lễ 30/4 – 1/5 (hoán đổi ngày làm việc)',
        source: 'Thông báo lịch nghỉ lễ 30/4 – 1/5/2025 (RULES.md §2)',
        tag: 'V',
      },
    ],
    workingDays: [
      {
        date: '2025-02-08',
        name: 'Làm bù cho thứ Hai 27/01/2025',
        source: TET_SOURCE,
        tag: 'U',
      },
      {
        date: '2025-04-26',
        name: 'Làm bù cho thứ Sáu 02/05/2025',
        source: 'Thông báo lịch nghỉ lễ 30/4 – 1/5/2025 (RULES.md §2)',
        tag: 'V',
      },
    ],
  },
  {
    year: 2026,
    replaces: ['tet'],
    daysOff: [{ from: '2026-02-14', to: '2026-02-22', name: TET_BREAK, source: TET_SOURCE, tag: 'V' }],
    workingDays: [],
  },
];
