import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/calendar/index.ts';
import { withContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/types.ts';
import { freshDatabase } from '../../testing/database.ts';
import { loadDemo, removeDemo } from '../demo/load.ts';
import { demoCommunes } from '../demo/units.ts';
import { petitionCountKeys } from '../petitions/indicators.ts';
import { computeStats } from '../stats/service.ts';

const kinds = ['complaints', 'denunciations', 'feedback'] as const;
const prefixes = ['petitions', ...kinds] as const;

/** Issue 5, must-show 5: the statistics on the demo data have every key, and parts add up. */
describe('reception, petition, dialogue and mediation statistics on the demo data', () => {
  let db: Database;
  let dispose: () => Promise<void>;
  const today = new Date();
  const todayVn = new Date(today.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  beforeAll(async () => {
    ({ db, dispose } = await freshDatabase());
    await loadDemo(db, today);
  }, 600_000);
  afterAll(() => dispose?.());

  const periods = [
    { from: addDays(todayVn, -548), to: todayVn },
    { from: `${todayVn.slice(0, 4)}-01-01`, to: todayVn },
    { from: addDays(todayVn, -400), to: addDays(todayVn, -220) },
    { from: addDays(todayVn, -30), to: todayVn },
  ];

  it('has every key of PRIMER §4 and its parts add up, for every demo commune and period', async () => {
    for (const c of demoCommunes) {
      for (const period of periods) {
        const { indicators: i } = await withContext(db, null, (ctx) =>
          computeStats(ctx, { code: c.code }, period),
        );
        const where = `${c.code} ${period.from}..${period.to}`;
        const v = (key: string) => {
          expect(i[key], `${where}: ${key}`).toBeTypeOf('number');
          return i[key] as number;
        };
        for (const kind of ['regular', 'periodic', 'adhoc']) {
          v(`reception.sessions.${kind}`);
          v(`reception.citizens.${kind}`);
        }
        expect(v('reception.sessions.total'), where).toBe(
          v('reception.sessions.regular') + v('reception.sessions.periodic') + v('reception.sessions.adhoc'),
        );
        expect(v('reception.citizens.total'), where).toBe(
          v('reception.citizens.regular') + v('reception.citizens.periodic') + v('reception.citizens.adhoc'),
        );
        expect(v('reception.crowds')).toBeLessThanOrEqual(v('reception.sessions.total'));
        for (const p of prefixes) {
          for (const key of ['received', 'resolved', 'inAuthority', 'transferred', 'overdue'])
            v(`${p}.${key}`);
          expect(v(`${p}.carriedOver`) + v(`${p}.received`), `${where} ${p}`).toBe(
            v(`${p}.transferred`) +
              v(`${p}.guided`) +
              v(`${p}.filed`) +
              v(`${p}.resolved`) +
              v(`${p}.pendingWithinDeadline`) +
              v(`${p}.overdue`),
          );
          expect(v(`${p}.resolvedOnTime`) + v(`${p}.resolvedLate`), `${where} ${p}`).toBe(v(`${p}.resolved`));
          expect(v(`${p}.inAuthority`)).toBeGreaterThanOrEqual(v(`${p}.resolved`));
        }
        for (const key of petitionCountKeys) {
          expect(v(`petitions.${key}`), `${where} ${key}`).toBe(
            kinds.reduce((s, k) => s + v(`${k}.${key}`), 0),
          );
        }
        expect(v('dialogues.opinions'), where).toBe(
          v('dialogues.answered') + v('dialogues.escalated') + v('dialogues.pending'),
        );
        expect(v('dialogues.answered')).toBe(v('dialogues.answeredOnSpot') + v('dialogues.answeredLater'));
        v('dialogues.conferences');
        expect(v('mediation.cases'), where).toBe(
          v('mediation.successful') + v('mediation.unsuccessful') + v('mediation.ongoing'),
        );
      }
    }
  });

  it('looks like a commune: weekly reception by the Chairman, land first, protected denouncers, most mediations succeed', async () => {
    const { indicators: i } = await withContext(db, null, (ctx) =>
      computeStats(ctx, { code: 'SH-TANPHU' }, periods[0] as { from: string; to: string }),
    );
    // 548 days hold about 78 weeks; a Thursday lost to a holiday moves to Friday.
    expect(i['reception.sessions.periodic']).toBeGreaterThanOrEqual(70);
    expect(i['petitions.received']).toBeGreaterThan(100);
    expect(i['denunciations.received']).toBeGreaterThan(0);
    expect(i['dialogues.conferences']).toBeGreaterThanOrEqual(8);
    const success =
      (i['mediation.successful'] as number) /
      ((i['mediation.successful'] as number) + (i['mediation.unsuccessful'] as number));
    expect(success).toBeGreaterThan(0.6);
    expect(success).toBeLessThan(0.97);
    const [row] = await withContext(db, null, (ctx) =>
      ctx.tx.query<{ land: number; total: number; denunciations: number }>(
        `select count(*) filter (where topic = 'land')::int as land, count(*)::int as total,
           count(*) filter (where kind = 'denunciation' and not anonymous)::int as denunciations
         from petitions`,
      ),
    );
    expect((row?.land ?? 0) / (row?.total ?? 1)).toBeGreaterThan(0.4);
    // Identities are stored apart: hidden from this (unlocked) query, and never on the petition.
    const [hidden] = await withContext(db, null, (ctx) =>
      ctx.tx.query<{ n: number }>('select count(*)::int as n from petition_identities'),
    );
    expect(hidden?.n).toBe(0);
    const [stored] = await db.query<{ n: number }>('select count(*)::int as n from petition_identities');
    expect(stored?.n).toBe(row?.denunciations);
  });

  it('goes away with the demo, identities and all', async () => {
    await removeDemo(db);
    const [left] = await db.query<Record<string, number>>(
      `select (select count(*)::int from petitions) as petitions, (select count(*)::int from petition_identities) as identities,
         (select count(*)::int from reception_sessions) as sessions, (select count(*)::int from dialogue_opinions) as opinions,
         (select count(*)::int from mediation_cases) as mediations, (select count(*)::int from petition_events) as events`,
    );
    expect(left).toEqual({ petitions: 0, identities: 0, sessions: 0, opinions: 0, mediations: 0, events: 0 });
  });
});
