import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../domain/calendar/index.ts';
import { seededDeadlineRules } from '../../domain/deadlines/index.ts';
import { AppError } from '../../platform/errors.ts';
import { intakeRuleKey, type StageInput, settlementRuleKey, stageDeadline } from './deadlines.ts';
import type { PetitionKind } from './schema.ts';

const calendar = createCalendar();
const intake = (kind: PetitionKind, receivedDate: string, extensions: number[] = []) =>
  stageDeadline(seededDeadlineRules, intakeRuleKey[kind], calendar, { receivedDate, extensions })?.dueDate;
const settle = (kind: PetitionKind, input: StageInput) =>
  stageDeadline(seededDeadlineRules, settlementRuleKey[kind], calendar, input)?.dueDate;
const refused = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? err.userMessage : String(err);
  }
  return null;
};

// Every date below was counted by hand on a printed calendar, from these anchors: 14/02/2026 is a
// Saturday, 30/04/2025 a Wednesday, 02/09/2025 a Tuesday. Days off (RULES.md §2): Tết 2026 =
// Saturday 14/02 – Sunday 22/02; 2025: Wednesday 30/04 – Sunday 04/05, Saturday 26/04 worked;
// Quốc khánh 2025 = Saturday 30/08 – Tuesday 02/09. Calendar-day limits ("ngày") that end on a day
// off move to the next working day (Civil Code art. 148); working-day limits skip days off and
// count make-up Saturdays.
describe('petition deadlines across Tết 2026', () => {
  it('complaint: 10 days to accept from receipt, 30/45 days to settle from acceptance', () => {
    // Tue 10/02 + 10 = Fri 20/02, in the break → Mon 23/02.
    expect(intake('complaint', '2026-02-10')).toBe('2026-02-23');
    // Tue 20/01 + 30 = Thu 19/02, in the break → Mon 23/02.
    expect(settle('complaint', { receivedDate: '2026-01-12', acceptedDate: '2026-01-20' })).toBe(
      '2026-02-23',
    );
    // Complex case: Wed 11/02 + 45 = Sat 28/03 → Mon 30/03.
    expect(
      settle('complaint', { receivedDate: '2026-02-05', acceptedDate: '2026-02-11', variant: 'complex' }),
    ).toBe('2026-03-30');
  });

  it('denunciation: 7 working days to process, extended once by 3; 30 days to settle, extended at most twice by 30', () => {
    // From Wed 11/02: Thu 12 (1), Fri 13 (2), break, Mon 23 (3), Tue 24 (4), Wed 25 (5), Thu 26 (6), Fri 27 (7).
    expect(intake('denunciation', '2026-02-11')).toBe('2026-02-27');
    // + 3 working days: Mon 02/03 (8), Tue 03 (9), Wed 04/03 (10).
    expect(intake('denunciation', '2026-02-11', [3])).toBe('2026-03-04');
    expect(refused(() => intake('denunciation', '2026-02-11', [4]))).toContain('không quá 3 ngày');
    expect(refused(() => intake('denunciation', '2026-02-11', [2, 1]))).toContain('tối đa 1 lần');
    const accepted = { receivedDate: '2026-01-12', acceptedDate: '2026-01-16' };
    // Fri 16/01 + 30 = Sun 15/02, in the break → Mon 23/02.
    expect(settle('denunciation', accepted)).toBe('2026-02-23');
    // + 30 = 60 days: 16/01 + 15 = 31/01, + 28 = 28/02, + 17 = Tue 17/03.
    expect(settle('denunciation', { ...accepted, extensions: [30] })).toBe('2026-03-17');
    // + 30 + 30 = 90 days: Thu 16/04 (Giỗ Tổ 2026 falls on Sunday 26/04, observed Monday 27/04).
    expect(settle('denunciation', { ...accepted, extensions: [30, 30] })).toBe('2026-04-16');
    expect(refused(() => settle('denunciation', { ...accepted, extensions: [30, 30, 1] }))).toContain(
      'tối đa 2 lần',
    );
    expect(refused(() => settle('denunciation', { ...accepted, extensions: [31] }))).toContain(
      'không quá 30 ngày',
    );
  });

  it('feedback: 5 working days to forward, 15 days to answer from receipt', () => {
    // From Wed 11/02: Thu 12 (1), Fri 13 (2), Mon 23 (3), Tue 24 (4), Wed 25 (5).
    expect(intake('feedback', '2026-02-11')).toBe('2026-02-25');
    // Thu 05/02 + 15 = Fri 20/02, in the break → Mon 23/02 (counted from receipt, not acceptance).
    expect(settle('feedback', { receivedDate: '2026-02-05', acceptedDate: '2026-02-09' })).toBe('2026-02-23');
    // Feedback has no extension and no variant.
    expect(
      refused(() =>
        settle('feedback', { receivedDate: '2026-02-05', acceptedDate: '2026-02-09', extensions: [5] }),
      ),
    ).toContain('không được gia hạn');
    expect(
      refused(() =>
        settle('feedback', { receivedDate: '2026-02-05', acceptedDate: '2026-02-09', variant: 'complex' }),
      ),
    ).toBeTruthy();
  });
});

describe('petition deadlines across 30/4–1/5/2025', () => {
  it('complaint: Tue 01/04 + 30 = Thu 01/05, a holiday → Mon 05/05', () => {
    expect(settle('complaint', { receivedDate: '2025-03-28', acceptedDate: '2025-04-01' })).toBe(
      '2025-05-05',
    );
  });

  it('denunciation: 7 working days from Thu 24/04 count Saturday 26/04 (make-up): Fri 25, Sat 26, Mon 28, Tue 29, Mon 05, Tue 06, Wed 07/05', () => {
    expect(intake('denunciation', '2025-04-24')).toBe('2025-05-07');
    // Mon 31/03 + 30 = Wed 30/04, a holiday; 01–04/05 off → Mon 05/05.
    expect(settle('denunciation', { receivedDate: '2025-03-25', acceptedDate: '2025-03-31' })).toBe(
      '2025-05-05',
    );
  });

  it('feedback: 5 working days from Mon 28/04: Tue 29, Mon 05, Tue 06, Wed 07, Thu 08/05; no answer limit was in force yet', () => {
    expect(intake('feedback', '2025-04-28')).toBe('2025-05-08');
    // feedback.answerInCompetence applies from 01/07/2025 (RULES.md §4, tag P): none before.
    expect(
      stageDeadline(seededDeadlineRules, 'feedback.answerInCompetence', calendar, {
        receivedDate: '2025-04-28',
        acceptedDate: '2025-04-29',
      }),
    ).toBeNull();
  });
});

describe('petition deadlines across Quốc khánh 2025', () => {
  it('complaint: Fri 22/08 + 10 = Mon 01/09, off → Wed 03/09; remote area 45 days from Fri 18/07 = Mon 01/09 → Wed 03/09', () => {
    expect(intake('complaint', '2025-08-22')).toBe('2025-09-03');
    expect(
      settle('complaint', { receivedDate: '2025-07-15', acceptedDate: '2025-07-18', variant: 'remote' }),
    ).toBe('2025-09-03');
  });

  it('denunciation: 7 working days from Wed 27/08: Thu 28, Fri 29, Wed 03, Thu 04, Fri 05, Mon 08, Tue 09/09', () => {
    expect(intake('denunciation', '2025-08-27')).toBe('2025-09-09');
    // Extended by 3: Wed 10, Thu 11, Fri 12/09.
    expect(intake('denunciation', '2025-08-27', [3])).toBe('2025-09-12');
  });

  it('feedback: forward within 5 working days from Thu 28/08 (Fri 29, Wed 03, Thu 04, Fri 05, Mon 08/09); answer within 15 days from Fri 15/08 = Sat 30/08 → Wed 03/09', () => {
    expect(intake('feedback', '2025-08-28')).toBe('2025-09-08');
    expect(settle('feedback', { receivedDate: '2025-08-15', acceptedDate: '2025-08-18' })).toBe('2025-09-03');
  });
});

describe('the rule version a petition keeps', () => {
  it('uses the version in force on the stage date and reports it', () => {
    const newer = {
      ...(seededDeadlineRules.find(
        (r) => r.key === 'complaint.firstInstance',
      ) as (typeof seededDeadlineRules)[number]),
      count: 20,
      effectiveFrom: '2026-07-01',
    };
    const rules = [...seededDeadlineRules, newer];
    expect(
      stageDeadline(rules, 'complaint.firstInstance', calendar, {
        receivedDate: '2026-06-25',
        acceptedDate: '2026-06-30',
      }),
    ).toMatchObject({
      ruleEffectiveFrom: '2012-07-01',
    });
    // Wed 01/07/2026 + 20 = Tue 21/07/2026.
    expect(
      stageDeadline(rules, 'complaint.firstInstance', calendar, {
        receivedDate: '2026-06-25',
        acceptedDate: '2026-07-01',
      }),
    ).toEqual({
      ruleKey: 'complaint.firstInstance',
      ruleEffectiveFrom: '2026-07-01',
      dueDate: '2026-07-21',
    });
  });
});
