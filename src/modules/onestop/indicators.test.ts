import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/calendar/index.ts';
import { withContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/types.ts';
import { freshDatabase } from '../../testing/database.ts';
import { factories } from '../../testing/factories.ts';
import { type OnestopCounts, onestopCounts } from './indicators.ts';

interface Case {
  channel: 'direct' | 'online' | 'postal';
  received: string;
  due: string;
  closedAs: 'returned' | 'withdrawn' | 'rejected' | null;
  closed: string | null;
}

const base = '2025-01-01';
const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays(base, n));
const dossierCase = fc
  .record({
    channel: fc.constantFrom('direct', 'online', 'postal') as fc.Arbitrary<Case['channel']>,
    received: day,
    dueAfter: fc.integer({ min: 0, max: 30 }),
    closedAs: fc.constantFrom('returned', 'withdrawn', 'rejected', null) as fc.Arbitrary<Case['closedAs']>,
    closedAfter: fc.integer({ min: 0, max: 60 }),
  })
  .map(
    (r): Case => ({
      channel: r.channel,
      received: r.received,
      due: addDays(r.received, r.dueAfter),
      closedAs: r.closedAs,
      closed: r.closedAs ? addDays(r.received, r.closedAfter) : null,
    }),
  );

/** The definitions of docs/onestop-statistics.md, written the plain way, to check the SQL against. */
function expected(cases: Case[], from: string, to: string): Omit<OnestopCounts, 'digitized' | 'paidOnline'> {
  const inP = (d: string | null) => d !== null && d >= from && d <= to;
  const seen = cases.filter((c) => c.received <= to);
  const open = (c: Case) => c.closed === null || c.closed > to;
  const returned = seen.filter((c) => c.closedAs === 'returned' && inP(c.closed));
  const received = seen.filter((c) => c.received >= from);
  return {
    carriedOver: seen.filter((c) => c.received < from && (c.closed === null || c.closed >= from)).length,
    received: received.length,
    receivedOnline: received.filter((c) => c.channel === 'online').length,
    receivedDirect: received.filter((c) => c.channel === 'direct').length,
    receivedPostal: received.filter((c) => c.channel === 'postal').length,
    resolved: returned.length,
    resolvedEarly: returned.filter((c) => (c.closed as string) < c.due).length,
    resolvedOnTime: returned.filter((c) => c.closed === c.due).length,
    resolvedLate: returned.filter((c) => (c.closed as string) > c.due).length,
    pendingWithinDeadline: seen.filter((c) => open(c) && c.due >= to).length,
    pendingOverdue: seen.filter((c) => open(c) && c.due < to).length,
    withdrawn: seen.filter((c) => c.closedAs === 'withdrawn' && inP(c.closed)).length,
    rejected: seen.filter((c) => c.closedAs === 'rejected' && inP(c.closed)).length,
  };
}

describe('one-stop statistics', () => {
  let db: Database;
  let dispose: () => Promise<void>;
  let communeId: string;
  beforeAll(async () => {
    ({ db, dispose } = await freshDatabase());
    const f = factories(db);
    const p = await f.makeProvince();
    communeId = (await f.makeCommune(p.code)).id;
  });
  afterAll(() => dispose?.());

  async function load(cases: Case[]) {
    await withContext(db, null, async (ctx) => {
      await ctx.tx.query('delete from dossiers where commune_id = $1', [communeId]);
      for (const [i, c] of cases.entries()) {
        await ctx.tx.query(
          `insert into dossiers (commune_id, code, procedure_name, channel, status, received_at, received_date, due_date,
             original_due_date, returned_date, withdrawn_date, rejected_date, lookup_key, source)
           values ($1, $2, 'Thủ tục thử', $3, $4, $5::date, $5, $6, $6, $7, $8, $9, 'KEY', 'import')`,
          [
            communeId,
            `T-${i}`,
            c.channel,
            c.closedAs ?? 'processing',
            c.received,
            c.due,
            c.closedAs === 'returned' ? c.closed : null,
            c.closedAs === 'withdrawn' ? c.closed : null,
            c.closedAs === 'rejected' ? c.closed : null,
          ],
        );
      }
    });
  }

  it('match their definitions and add up, for any dossiers and any period', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(dossierCase, { maxLength: 40 }),
        day,
        fc.integer({ min: 0, max: 200 }),
        async (cases, from, length) => {
          const to = addDays(from, length);
          await load(cases);
          const counts = await withContext(db, null, (ctx) => onestopCounts(ctx.tx, communeId, { from, to }));
          const { digitized: _d, paidOnline: _p, ...got } = counts;
          expect(got).toEqual(expected(cases, from, to));
          expect(got.carriedOver + got.received).toBe(
            got.resolved + got.pendingWithinDeadline + got.pendingOverdue + got.withdrawn + got.rejected,
          );
          expect(got.resolvedEarly + got.resolvedOnTime + got.resolvedLate).toBe(got.resolved);
          expect(got.receivedOnline + got.receivedDirect + got.receivedPostal).toBe(got.received);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('count a worked example by hand', async () => {
    await load([
      // Before the period, still open at its start: carried over, then returned late in the period.
      {
        channel: 'direct',
        received: '2025-12-20',
        due: '2025-12-29',
        closedAs: 'returned',
        closed: '2026-01-05',
      },
      // Before the period and closed before it: not counted at all.
      {
        channel: 'direct',
        received: '2025-12-01',
        due: '2025-12-05',
        closedAs: 'returned',
        closed: '2025-12-04',
      },
      // Received in the period: early, on time, withdrawn, pending within and past the deadline.
      {
        channel: 'online',
        received: '2026-01-10',
        due: '2026-01-15',
        closedAs: 'returned',
        closed: '2026-01-14',
      },
      {
        channel: 'online',
        received: '2026-02-02',
        due: '2026-02-05',
        closedAs: 'returned',
        closed: '2026-02-05',
      },
      {
        channel: 'postal',
        received: '2026-03-01',
        due: '2026-03-10',
        closedAs: 'withdrawn',
        closed: '2026-03-03',
      },
      { channel: 'direct', received: '2026-06-25', due: '2026-07-03', closedAs: null, closed: null },
      { channel: 'direct', received: '2026-06-01', due: '2026-06-10', closedAs: null, closed: null },
      // Received after the period: not counted.
      { channel: 'online', received: '2026-07-02', due: '2026-07-06', closedAs: null, closed: null },
    ]);
    const c = await withContext(db, null, (ctx) =>
      onestopCounts(ctx.tx, communeId, { from: '2026-01-01', to: '2026-06-30' }),
    );
    expect(c).toMatchObject({
      carriedOver: 1,
      received: 5,
      receivedOnline: 2,
      receivedDirect: 2,
      receivedPostal: 1,
      resolved: 3,
      resolvedEarly: 1,
      resolvedOnTime: 1,
      resolvedLate: 1,
      pendingWithinDeadline: 1,
      pendingOverdue: 1,
      withdrawn: 1,
      rejected: 0,
    });
  });
});
