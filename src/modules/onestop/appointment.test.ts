import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../domain/calendar/index.ts';
import { ruleInForce, seededDeadlineRules } from '../../domain/deadlines/index.ts';
import { appointmentDate, vnDateTime } from './appointment.ts';

const calendar = createCalendar();
const rule = ruleInForce(seededDeadlineRules, 'dossier.due', '2026-01-01');
if (!rule) throw new Error('dossier.due is seeded');
/** A moment given in Vietnamese local time. */
const vn = (local: string) => new Date(`${local}+07:00`);

describe('appointment dates (ngày hẹn trả) by the calendar', () => {
  it('reads the local date in Asia/Ho_Chi_Minh, not UTC', () => {
    expect(vnDateTime(vn('2026-03-02T06:30'))).toEqual({ date: '2026-03-02', time: '06:30' });
  });

  it('counts working days across the Tết 2026 break (14/02–22/02)', () => {
    // Thu 12/02 + 3 working days: Fri 13/02, then Mon 23/02, Tue 24/02.
    expect(appointmentDate(rule, calendar, vn('2026-02-12T09:00'), 3)).toBe('2026-02-24');
  });

  it('skips weekends', () => {
    // Fri 06/03/2026 + 2 working days: Mon 09/03, Tue 10/03.
    expect(appointmentDate(rule, calendar, vn('2026-03-06T09:00'), 2)).toBe('2026-03-10');
  });

  it('skips 30/4–1/5 and the 2025 swap', () => {
    // Tue 29/04/2025 + 2: 30/04–04/05 off (Fri 02/05 swapped for Sat 26/04), so Mon 05/05, Tue 06/05.
    expect(appointmentDate(rule, calendar, vn('2025-04-29T09:00'), 2)).toBe('2025-05-06');
  });

  it('returns a same-day procedure today before 15:00 and the next working day after', () => {
    expect(appointmentDate(rule, calendar, vn('2026-02-13T10:00'), 0)).toBe('2026-02-13');
    expect(appointmentDate(rule, calendar, vn('2026-02-13T16:00'), 0)).toBe('2026-02-23');
  });
});
