import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/calendar/index.ts';
import { withContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/types.ts';
import { freshDatabase } from '../../testing/database.ts';
import { factories } from '../../testing/factories.ts';
import { type PetitionCounts, petitionCounts } from './indicators.ts';
import type { PetitionKind } from './schema.ts';

interface Case {
  kind: PetitionKind;
  received: string;
  intakeDue: string;
  accepted: string | null;
  due: string;
  closedAs: 'transferred' | 'guided' | 'filed' | 'resolved' | null;
  closed: string | null;
}

const base = '2025-01-01';
const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays(base, n));
const petitionCase = fc
  .record({
    kind: fc.constantFrom<PetitionKind>('complaint', 'denunciation', 'feedback'),
    received: day,
    intakeAfter: fc.integer({ min: 1, max: 15 }),
    acceptAfter: fc.option(fc.integer({ min: 0, max: 20 })),
    dueAfter: fc.integer({ min: 5, max: 60 }),
    closedAs: fc.constantFrom('transferred', 'guided', 'filed', 'resolved', null),
    closedAfter: fc.integer({ min: 0, max: 80 }),
  })
  .map((r): Case => {
    // A petition is resolved only after acceptance; transferred, guided or filed only before.
    const accepted =
      r.closedAs === 'resolved'
        ? addDays(r.received, r.acceptAfter ?? 0)
        : r.closedAs
          ? null
          : r.acceptAfter === null
            ? null
            : addDays(r.received, r.acceptAfter);
    const closed = r.closedAs ? addDays(accepted ?? r.received, r.closedAfter) : null;
    return {
      kind: r.kind,
      received: r.received,
      intakeDue: addDays(r.received, r.intakeAfter),
      accepted,
      due: accepted ? addDays(accepted, r.dueAfter) : addDays(r.received, r.intakeAfter),
      closedAs: r.closedAs,
      closed,
    };
  });

/** The definitions of indicators.ts, written the plain way, to check the SQL against. */
function expected(cases: Case[], kind: PetitionKind, from: string, to: string): PetitionCounts {
  const set = cases.filter(
    (c) => c.kind === kind && c.received <= to && (c.closed === null || c.closed >= from),
  );
  const closedBy = (c: Case, as: Case['closedAs']) => c.closedAs === as && (c.closed as string) <= to;
  const open = set.filter((c) => c.closed === null || c.closed > to);
  const dueAtEnd = (c: Case) => (c.accepted && c.accepted <= to ? c.due : c.intakeDue);
  const resolved = set.filter((c) => closedBy(c, 'resolved'));
  return {
    carriedOver: set.filter((c) => c.received < from).length,
    received: set.filter((c) => c.received >= from).length,
    transferred: set.filter((c) => closedBy(c, 'transferred')).length,
    guided: set.filter((c) => closedBy(c, 'guided')).length,
    filed: set.filter((c) => closedBy(c, 'filed')).length,
    resolved: resolved.length,
    resolvedOnTime: resolved.filter((c) => (c.closed as string) <= c.due).length,
    resolvedLate: resolved.filter((c) => (c.closed as string) > c.due).length,
    pendingWithinDeadline: open.filter((c) => dueAtEnd(c) >= to).length,
    overdue: open.filter((c) => dueAtEnd(c) < to).length,
    inAuthority: set.filter((c) => c.accepted !== null && c.accepted <= to).length,
    repeated: 0,
    overLevel: 0,
    anonymous: 0,
    forInspection: 0,
  };
}

describe('petition statistics', () => {
  let db: Database;
  let dispose: () => Promise<void>;
  let communeId: string;
  beforeAll(async () => {
    ({ db, dispose } = await freshDatabase());
    const f = factories(db);
    communeId = (await f.makeCommune((await f.makeProvince()).code)).id;
  });
  afterAll(() => dispose?.());

  async function load(cases: Case[]) {
    await withContext(db, null, async (ctx) => {
      await ctx.tx.query('delete from petitions where commune_id = $1', [communeId]);
      for (const [i, c] of cases.entries()) {
        const status =
          c.closedAs === 'resolved'
            ? c.kind === 'feedback'
              ? 'answered'
              : 'settled'
            : (c.closedAs ?? (c.accepted ? 'accepted' : 'received'));
        await ctx.tx.query(
          `insert into petitions (commune_id, code, secret_hash, kind, channel, subject, subject_key, topic, content, status,
             received_date, intake_due_date, accepted_date, due_date, closed_date, within_authority)
           values ($1, $2, 'x', $3, 'mail', 'Đơn thử', 'don thu', 'land', 'Nội dung', $4, $5, $6, $7, $8, $9, $10)`,
          [
            communeId,
            `T-${i}`,
            c.kind,
            status,
            c.received,
            c.intakeDue,
            c.accepted,
            c.due,
            c.closed,
            c.accepted ? true : c.closedAs ? false : null,
          ],
        );
      }
    });
  }
  const counts = (from: string, to: string) =>
    withContext(db, null, (ctx) => petitionCounts(ctx.tx, communeId, { from, to }));

  it('match their definitions and add up, for any petitions and any period', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(petitionCase, { maxLength: 30 }),
        day,
        fc.integer({ min: 0, max: 200 }),
        async (cases, from, length) => {
          const to = addDays(from, length);
          await load(cases);
          const got = await counts(from, to);
          for (const kind of ['complaint', 'denunciation', 'feedback'] as const) {
            const c = got[kind];
            expect(c).toEqual(expected(cases, kind, from, to));
            expect(c.carriedOver + c.received).toBe(
              c.transferred + c.guided + c.filed + c.resolved + c.pendingWithinDeadline + c.overdue,
            );
            expect(c.resolvedOnTime + c.resolvedLate).toBe(c.resolved);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('count a worked example by hand (first half of 2026)', async () => {
    await load([
      // Received in December, accepted, settled in January on time: carried over, resolved on time.
      {
        kind: 'complaint',
        received: '2025-12-10',
        intakeDue: '2025-12-20',
        accepted: '2025-12-15',
        due: '2026-01-14',
        closedAs: 'resolved',
        closed: '2026-01-10',
      },
      // Received and closed in December: not counted.
      {
        kind: 'complaint',
        received: '2025-12-01',
        intakeDue: '2025-12-11',
        accepted: null,
        due: '2025-12-11',
        closedAs: 'transferred',
        closed: '2025-12-05',
      },
      // Received in the period: answered late, guided, still open within its intake deadline, overdue after acceptance.
      {
        kind: 'feedback',
        received: '2026-02-02',
        intakeDue: '2026-02-09',
        accepted: '2026-02-03',
        due: '2026-02-17',
        closedAs: 'resolved',
        closed: '2026-03-02',
      },
      {
        kind: 'feedback',
        received: '2026-03-02',
        intakeDue: '2026-03-09',
        accepted: null,
        due: '2026-03-09',
        closedAs: 'guided',
        closed: '2026-03-04',
      },
      {
        kind: 'denunciation',
        received: '2026-06-25',
        intakeDue: '2026-07-06',
        accepted: null,
        due: '2026-07-06',
        closedAs: null,
        closed: null,
      },
      {
        kind: 'denunciation',
        received: '2026-04-01',
        intakeDue: '2026-04-10',
        accepted: '2026-04-08',
        due: '2026-05-08',
        closedAs: null,
        closed: null,
      },
      // Accepted after the period: at its end it was still waiting for classification (and overdue for that).
      {
        kind: 'complaint',
        received: '2026-06-01',
        intakeDue: '2026-06-11',
        accepted: '2026-07-02',
        due: '2026-08-01',
        closedAs: null,
        closed: null,
      },
    ]);
    const c = await counts('2026-01-01', '2026-06-30');
    expect(c.complaint).toMatchObject({
      carriedOver: 1,
      received: 1,
      resolved: 1,
      resolvedOnTime: 1,
      overdue: 1,
      inAuthority: 1,
    });
    expect(c.feedback).toMatchObject({
      received: 2,
      resolved: 1,
      resolvedLate: 1,
      guided: 1,
      inAuthority: 1,
    });
    expect(c.denunciation).toMatchObject({
      received: 2,
      pendingWithinDeadline: 1,
      overdue: 1,
      inAuthority: 1,
    });
  });
});
