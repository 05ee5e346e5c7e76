import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededYearOverrides } from '../../domain/calendar/index.ts';
import { seededDeadlineRules } from '../../domain/deadlines/index.ts';
import { withContext } from '../../platform/context.ts';
import { freshDatabase } from '../../testing/database.ts';
import { seedReferenceData } from './seed.ts';
import { getYear, holidays, listDeadlineRules, putYearOverride } from './service.ts';

describe('reference data seeding', () => {
  let fresh: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    fresh = await freshDatabase();
  });
  afterAll(() => fresh?.dispose());

  it('puts the seeded years and rules in a new database, once', async () => {
    const years = await fresh.db.query<{ year: number }>('select year from calendar_years order by year');
    expect(years.map((r) => r.year)).toEqual(seededYearOverrides.map((o) => o.year));
    const rules = await withContext(fresh.db, null, listDeadlineRules);
    expect(rules.map((r) => r.key).sort()).toEqual(seededDeadlineRules.map((r) => r.key).sort());
    const seeds = await fresh.db.query<{ key: string }>('select key from reference_seeds order by key');
    expect(seeds.map((s) => s.key)).toEqual(['calendar.v1', 'deadlines.v1']);
    expect(await seedReferenceData(fresh.db)).toEqual([]);
  });

  it("never undoes an administrator's edits and deletions", async () => {
    await withContext(fresh.db, null, (ctx) =>
      putYearOverride(ctx, 2026, {
        daysOff: [{ from: '2026-02-16', to: '2026-02-20', name: 'Tết (sửa)' }],
        workingDays: [],
        replaces: ['tet'],
      }),
    );
    await fresh.db.query('delete from calendar_years where year = 2023');
    await fresh.db.query("delete from deadline_rules where key = 'feedback.forward'");

    expect(await seedReferenceData(fresh.db)).toEqual([]);

    const y2026 = await withContext(fresh.db, null, (ctx) => getYear(ctx, 2026));
    expect(y2026.override?.daysOff).toEqual([
      { from: '2026-02-16', to: '2026-02-20', name: 'Tết (sửa)', tag: 'V' },
    ]);
    const [gone] = await fresh.db.query('select 1 from calendar_years where year = 2023');
    expect(gone).toBeUndefined();
    // Without its announcement 2023 falls back to the default Tết rule: eve 21/01 and 22–25/01, with
    // Saturday 21 and Sunday 22 made up on Thursday 26 and Friday 27.
    const tet2023 = (await withContext(fresh.db, null, (ctx) => holidays(ctx, 2023))).filter((h) =>
      h.date.startsWith('2023-01-2'),
    );
    expect(tet2023.map((h) => h.date)).toEqual([
      '2023-01-21',
      '2023-01-22',
      '2023-01-23',
      '2023-01-24',
      '2023-01-25',
      '2023-01-26',
      '2023-01-27',
    ]);
    const rules = await withContext(fresh.db, null, listDeadlineRules);
    expect(rules.some((r) => r.key === 'feedback.forward')).toBe(false);
  });
});
