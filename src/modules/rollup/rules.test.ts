import { describe, expect, it } from 'vitest';
import { keyStats, markOf, outlierRule } from './rules.ts';

const communes = (values: Record<string, number>[]) =>
  values.map((indicators, i) => ({ id: `c${i}`, indicators }));

describe('roll-up aggregates and outliers', () => {
  it('adds counts, recomputes rates from their counts, and averages over the communes that have a value', () => {
    const cs = communes([
      {
        'onestop.dossiers.resolved': 10,
        'onestop.dossiers.resolvedEarly': 9,
        'onestop.dossiers.resolvedOnTime': 1,
        'onestop.onTimeRate': 1,
      },
      {
        'onestop.dossiers.resolved': 90,
        'onestop.dossiers.resolvedEarly': 40,
        'onestop.dossiers.resolvedOnTime': 5,
        'onestop.onTimeRate': 0.5,
      },
      {},
    ]);
    expect(keyStats('onestop.dossiers.resolved', cs)).toMatchObject({ total: 100, average: 50, count: 2 });
    // 55 on time of 100, not the mean of 100 % and 50 %.
    expect(keyStats('onestop.onTimeRate', cs)).toMatchObject({ total: 0.55, average: 0.75, count: 2 });
    // A rate without counts behind it has no total.
    expect(
      keyStats('onestop.digitizationRate', communes([{ 'onestop.digitizationRate': 0.5 }])).total,
    ).toBeNull();
    expect(keyStats('petitions.received', cs)).toMatchObject({ total: null, average: null, count: 0 });
  });

  it('flags a value beyond two standard deviations, and a rate under its floor', () => {
    const cs = communes([
      ...Array(6).fill({ 'onestop.dossiers.received': 10 }),
      { 'onestop.dossiers.received': 100 },
    ]);
    const stats = keyStats('onestop.dossiers.received', cs);
    expect(markOf('onestop.dossiers.received', 100, stats)).toBe('high');
    expect(markOf('onestop.dossiers.received', 10, stats)).toBeNull();
    expect(markOf('onestop.dossiers.received', undefined, stats)).toBeNull();
    // Five communes: one apart from the others is only √4 = 2 deviations away, not beyond.
    const five = keyStats('onestop.dossiers.received', cs.slice(2));
    expect(markOf('onestop.dossiers.received', 100, five)).toBeNull();
    const rates = keyStats(
      'onestop.onTimeRate',
      communes([{ 'onestop.onTimeRate': 0.95 }, { 'onestop.onTimeRate': 0.85 }]),
    );
    expect(markOf('onestop.onTimeRate', 0.85, rates)).toBe('low');
    expect(markOf('onestop.onTimeRate', 0.95, rates)).toBeNull();
    expect(outlierRule).toMatch(/2 độ lệch chuẩn.*dưới 90%/);
  });
});
