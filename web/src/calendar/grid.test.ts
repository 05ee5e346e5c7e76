import { describe, expect, it } from 'vitest';
import { fromDraft, monthWeeks, toDraft } from './grid.ts';

describe('monthWeeks', () => {
  it('starts weeks on Monday', () => {
    // 1 February 2026 is a Sunday.
    const weeks = monthWeeks(2026, 2);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(weeks.flat().filter(Boolean)).toHaveLength(28);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });
});

const msg = { required: 'trống', invalidDate: 'sai ngày', outsideYear: 'khác năm', dateOrder: 'ngược' };

describe('override draft', () => {
  it('round-trips a stored override', () => {
    const stored = {
      replaces: ['tet'],
      daysOff: [{ from: '2025-01-25', to: '2025-02-02', name: 'Nghỉ Tết', tag: 'V' as const }],
      workingDays: [{ date: '2025-02-08', name: 'Làm bù', source: 'Thông báo', tag: 'U' as const }],
    };
    const draft = toDraft(stored);
    expect(draft.daysOff[0]?.from).toBe('25/01/2025');
    expect(fromDraft(draft, 2025, msg).input).toEqual(stored);
  });

  it('names each bad field as the server would', () => {
    const { errors } = fromDraft(
      {
        replaces: [],
        daysOff: [{ key: 'a', from: '02/02/2025', to: '01/02/2025', name: '', source: '', tag: 'V' }],
        workingDays: [{ key: 'b', date: '08/02/2024', name: 'x', source: '', tag: 'V' }],
      },
      2025,
      msg,
    );
    expect(errors).toEqual({
      'daysOff.0.to': 'ngược',
      'daysOff.0.name': 'trống',
      'workingDays.0.date': 'khác năm',
    });
  });
});
