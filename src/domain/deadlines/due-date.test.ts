import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.ts';
import { weekdayOf } from '../calendar/local-date.ts';
import { computeDueDate, DeadlineInputError } from './due-date.ts';
import type { DeadlineRule } from './rule.ts';
import { ruleInForce } from './rule-in-force.ts';
import { seededDeadlineRules } from './seed-rules.ts';

const calendar = createCalendar();

function rule(key: string, asOf = '2025-01-01'): DeadlineRule {
  const found = ruleInForce(seededDeadlineRules, key, asOf);
  if (!found) throw new Error(`no seeded rule ${key}`);
  return found;
}

// Every expected date below was checked by hand on a printed calendar: weekdays from the anchors
// 14/02/2026 = Saturday, 30/04/2025 = Wednesday, 02/09/2025 = Tuesday, and the days off from
// RULES.md §2 (Tết 2026: 14–22/02; 2025: 30/04–04/05 with Saturday 26/04 worked; Quốc khánh 2025:
// Monday 01/09 and Tuesday 02/09 after the weekend of 30–31/08).
describe('hand-checked due dates across Tết 2026 (break 14/02–22/02)', () => {
  it('dossier.due, 3 working days from Thursday 12/02: Fri 13 (1), break, Mon 23 (2), Tue 24 (3)', () => {
    expect(computeDueDate(rule('dossier.due'), '2026-02-12', calendar, { count: 3 })).toBe('2026-02-24');
  });

  it('complaint.accept, 10 days from Wednesday 11/02: day 10 is Saturday 21/02, in the break → Monday 23/02', () => {
    expect(computeDueDate(rule('complaint.accept'), '2026-02-11', calendar)).toBe('2026-02-23');
  });

  it('denunciation.notifyAfterAccept, 5 working days from Tuesday 10/02: 11, 12, 13, then 23, 24', () => {
    expect(computeDueDate(rule('denunciation.notifyAfterAccept'), '2026-02-10', calendar)).toBe('2026-02-24');
  });

  it('a same-day procedure received Friday 13/02 after 15:00 is returned after Tết', () => {
    const dossier = rule('dossier.due');
    expect(computeDueDate(dossier, '2026-02-13', calendar, { count: 0, receivedAt: '14:30' })).toBe(
      '2026-02-13',
    );
    expect(computeDueDate(dossier, '2026-02-13', calendar, { count: 0, receivedAt: '15:00' })).toBe(
      '2026-02-13',
    );
    expect(computeDueDate(dossier, '2026-02-13', calendar, { count: 0, receivedAt: '15:01' })).toBe(
      '2026-02-23',
    );
  });
});

describe('hand-checked due dates across 30/4–1/5/2025 (off 30/04–04/05, Saturday 26/04 worked)', () => {
  it('dossier.due, 5 working days from Thursday 24/04: Fri 25, Sat 26 (make-up), Mon 28, Tue 29, Mon 05/05', () => {
    expect(computeDueDate(rule('dossier.due'), '2025-04-24', calendar, { count: 5 })).toBe('2025-05-05');
  });

  it('complaint.accept, 10 days from Monday 21/04: day 10 is Thursday 01/05 (holiday) → Monday 05/05', () => {
    expect(computeDueDate(rule('complaint.accept'), '2025-04-21', calendar)).toBe('2025-05-05');
  });
});

describe('hand-checked due dates across Quốc khánh 2025 (off Saturday 30/08 – Tuesday 02/09)', () => {
  it('denunciation.notifyAfterAccept, 5 working days from Wednesday 27/08: Thu 28, Fri 29, Wed 03, Thu 04, Fri 05', () => {
    expect(computeDueDate(rule('denunciation.notifyAfterAccept'), '2025-08-27', calendar)).toBe('2025-09-05');
  });

  it('feedback.answerInCompetence, 15 days from Monday 18/08: day 15 is Tuesday 02/09 → Wednesday 03/09', () => {
    expect(computeDueDate(rule('feedback.answerInCompetence', '2025-08-18'), '2025-08-18', calendar)).toBe(
      '2025-09-03',
    );
  });

  it('denunciation.settle, 30 days from Friday 01/08: day 30 is Sunday 31/08, then 01–02/09 off → Wednesday 03/09', () => {
    expect(computeDueDate(rule('denunciation.settle'), '2025-08-01', calendar)).toBe('2025-09-03');
  });

  it('denunciation.settle extended once by 30 days: 60 days from 01/08 is Tuesday 30/09, a working day', () => {
    expect(computeDueDate(rule('denunciation.settle'), '2025-08-01', calendar, { extensions: [30] })).toBe(
      '2025-09-30',
    );
  });
});

describe('computeDueDate', () => {
  it('calendar-day periods end on working days; working-day periods too', () => {
    for (const key of [
      'complaint.filingLimit',
      'complaint.firstInstance',
      'denunciation.intake',
      'feedback.forward',
    ]) {
      for (const start of ['2025-12-26', '2026-01-30', '2026-04-24', '2026-08-28']) {
        const due = computeDueDate(rule(key, '2026-01-01'), start, calendar);
        expect([0, 6]).not.toContain(weekdayOf(due));
      }
    }
  });

  it('uses the variant limits (complex, remote)', () => {
    const firstInstance = rule('complaint.firstInstance');
    // Monday 02/03/2026 + 60 days = Friday 01/05/2026, a holiday → Monday 04/05/2026.
    expect(computeDueDate(firstInstance, '2026-03-02', calendar, { variant: 'remoteComplex' })).toBe(
      '2026-05-04',
    );
    // + 45 days = Thursday 16/04/2026, a working day.
    expect(computeDueDate(firstInstance, '2026-03-02', calendar, { variant: 'complex' })).toBe('2026-04-16');
    expect(() =>
      computeDueDate(rule('complaint.secondFilingWindow'), '2026-03-02', calendar, { variant: 'complex' }),
    ).toThrow(DeadlineInputError);
  });

  it('adds time the law excludes (complaint.filingLimit: illness, disaster)', () => {
    const limit = rule('complaint.filingLimit');
    // Wednesday 07/01/2026 + 90 = Tuesday 07/04/2026; + 10 excluded days = Friday 17/04/2026.
    expect(computeDueDate(limit, '2026-01-07', calendar)).toBe('2026-04-07');
    expect(computeDueDate(limit, '2026-01-07', calendar, { excludedDays: 10 })).toBe('2026-04-17');
  });

  it('enforces the extension rules', () => {
    const settle = rule('denunciation.settle');
    expect(() => computeDueDate(settle, '2025-08-01', calendar, { extensions: [30, 30, 10] })).toThrow(
      DeadlineInputError,
    );
    expect(() => computeDueDate(settle, '2025-08-01', calendar, { extensions: [31] })).toThrow(
      DeadlineInputError,
    );
    expect(() =>
      computeDueDate(rule('complaint.accept'), '2025-08-01', calendar, { extensions: [5] }),
    ).toThrow(DeadlineInputError);
    // denunciation.intake: 7 working days, extendable to 10.
    expect(computeDueDate(rule('denunciation.intake'), '2026-03-02', calendar, { extensions: [3] })).toBe(
      '2026-03-16',
    );
  });

  it('needs a count for dossier.due and rejects bad input with a Vietnamese message', () => {
    const dossier = rule('dossier.due');
    try {
      computeDueDate(dossier, '2026-03-02', calendar);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DeadlineInputError);
      expect((error as DeadlineInputError).code).toBe('DEADLINE_COUNT_MISSING');
      expect((error as DeadlineInputError).userMessage).toContain('Thời hạn giải quyết hồ sơ');
    }
    expect(() => computeDueDate(dossier, '2026-03-02', calendar, { count: 1, receivedAt: '3pm' })).toThrow(
      DeadlineInputError,
    );
    expect(() => computeDueDate(dossier, '02/03/2026', calendar, { count: 1 })).toThrow(DeadlineInputError);
  });
});

describe('ruleInForce', () => {
  const newer: DeadlineRule = { ...rule('complaint.accept'), unit: 'working', effectiveFrom: '2026-07-01' };
  const rules = [...seededDeadlineRules, newer];

  it('picks the version in force on the date a case started', () => {
    expect(ruleInForce(rules, 'complaint.accept', '2026-06-30')?.unit).toBe('calendar');
    expect(ruleInForce(rules, 'complaint.accept', '2026-07-01')?.unit).toBe('working');
    expect(ruleInForce(rules, 'complaint.accept', '2012-06-30')).toBeUndefined();
    expect(ruleInForce(rules, 'no.such.rule', '2026-07-01')).toBeUndefined();
  });

  it('has every RULES.md §4 time limit seeded with its key', () => {
    expect(seededDeadlineRules.map((seeded) => seeded.key).sort()).toEqual(
      [
        'complaint.accept',
        'complaint.filingLimit',
        'complaint.firstInstance',
        'complaint.secondFilingWindow',
        'complaint.secondInstance',
        'denunciation.intake',
        'denunciation.notifyAfterAccept',
        'denunciation.settle',
        'dossier.due',
        'feedback.answerInCompetence',
        'feedback.forward',
      ].sort(),
    );
  });
});
