import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/calendar/index.ts';
import { withContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/types.ts';
import { freshDatabase } from '../../testing/database.ts';
import { loadDemo } from '../demo/load.ts';
import { proposeLettersForReturnedDossiers } from '../letters/service.ts';
import { computeStats } from '../stats/service.ts';
import { getUnitsForTest } from './democracy-test-helpers.ts';

/** PRIMER §4 keys of issue 6, exactly as written there. */
const keys = [
  'disclosure.items',
  'consultation.drafts',
  'consultation.opinions',
  'initiatives.total',
  'initiatives.byField.economy',
  'initiatives.byField.cultureSociety',
  'initiatives.byField.defenceSecurity',
  'initiatives.byField.politicalSystem',
  'movements.launched',
  'letters.newborn',
  'letters.marriage',
  'letters.condolence',
  'staff.total',
  'inspections.selfRounds',
  'supervision.councilRounds',
  'inspections.findings',
  'communication.broadcasts',
  'communication.banners',
  'communication.conferences',
];

const sumOf = (s: Record<string, number>, prefix: string) =>
  Object.entries(s)
    .filter(([k]) => k.startsWith(prefix))
    .reduce((n, [, v]) => n + v, 0);

describe('statistics of issue 6 on the demo data', () => {
  let db: Database;
  let dispose: () => Promise<void>;
  const now = new Date();
  const today = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  beforeAll(async () => {
    ({ db, dispose } = await freshDatabase());
    await loadDemo(db, now);
  }, 600_000); // the whole demo: every module's two years
  afterAll(() => dispose?.());

  it('returns every key for each demo commune, with parts adding up to their totals', async () => {
    for (const code of await getUnitsForTest(db)) {
      for (const period of [
        { from: addDays(today, -364), to: today },
        { from: `${today.slice(0, 4)}-01-01`, to: today },
      ]) {
        const { indicators: s } = await withContext(db, null, (ctx) => computeStats(ctx, { code }, period));
        for (const k of keys) expect(s[k], `${code} ${k}`).toBeTypeOf('number');
        expect(sumOf(s, 'initiatives.byField.')).toBe(s['initiatives.total']);
        expect(sumOf(s, 'staff.byDegree.')).toBe(s['staff.total']);
        expect(sumOf(s, 'staff.rating.')).toBe(s['staff.total']);
        expect(s['letters.newborn']! + s['letters.marriage']! + s['letters.condolence']!).toBe(
          s['letters.total'],
        );
        expect(
          s['consultation.opinionsPortal']! +
            s['consultation.opinionsMeeting']! +
            s['consultation.opinionsWritten']!,
        ).toBe(s['consultation.opinions']);
        expect(
          s['consultation.opinionsAccepted']! +
            s['consultation.opinionsPartlyAccepted']! +
            s['consultation.opinionsNotAccepted']! +
            s['consultation.opinionsUnanswered']!,
        ).toBe(s['consultation.opinions']);
        expect(s['inspections.findingsFixed']! + s['inspections.findingsOpen']!).toBe(
          s['inspections.findings'],
        );
      }
      const { indicators: year } = await withContext(db, null, (ctx) =>
        computeStats(ctx, { code }, { from: addDays(today, -364), to: today }),
      );
      expect(year['disclosure.items']).toBeGreaterThan(5);
      expect(year['initiatives.total']).toBe(8);
      expect(year['letters.newborn']).toBeGreaterThan(0);
      expect(year['communication.broadcasts']).toBeGreaterThan(50);
      expect(year['staff.total']).toBeGreaterThan(5);
    }
  });

  it('registers 20–40 documents a year per commune and leaves the latest letters to propose', async () => {
    const rows = await db.query<{ year: number; n: number; max: number }>(
      `select year, count(*)::int as n, max(number)::int as max from documents d join communes c on c.id = d.commune_id
       where c.code = 'SH-TANPHU' group by year order by year`,
    );
    const full = rows.filter((r) => r.year < Number(today.slice(0, 4)));
    for (const r of full) {
      expect(r.n).toBeGreaterThanOrEqual(20);
      expect(r.n).toBeLessThanOrEqual(40);
      expect(r.max).toBe(r.n); // no gaps
    }
    const [commune] = await db.query<{ id: string }>(`select id from communes where code = 'SH-TANPHU'`);
    const proposed = await withContext(
      db,
      null,
      (ctx) => proposeLettersForReturnedDossiers(ctx, commune!.id),
      {
        asOf: now,
      },
    );
    expect(proposed.every((l) => l.complete && l.status === 'draft')).toBe(true);
  });
});
