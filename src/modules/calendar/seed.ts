import { seededYearOverrides } from '../../domain/calendar/index.ts';
import { seededDeadlineRules } from '../../domain/deadlines/index.ts';
import type { Database, Queryable } from '../../platform/db/types.ts';
import { insertRule } from './queries.ts';

interface Seed {
  key: string;
  apply(tx: Queryable): Promise<void>;
}

/**
 * Default reference data, each set applied once per database and recorded in reference_seeds.
 * Once applied it belongs to the administrators: a year or a rule version they edit or delete
 * stays that way. New defaults in a later release come as a new key (`calendar.v2`) that inserts
 * only what is missing.
 */
const seeds: readonly Seed[] = [
  {
    key: 'calendar.v1',
    async apply(tx) {
      for (const override of seededYearOverrides) {
        await tx.query(
          'insert into calendar_years (year, override) values ($1, $2) on conflict (year) do nothing',
          [override.year, JSON.stringify(override)],
        );
      }
    },
  },
  {
    key: 'deadlines.v1',
    async apply(tx) {
      for (const rule of seededDeadlineRules) await insertRule(tx, rule.key, rule.effectiveFrom, rule, null);
    },
  },
];

/** Applies the seeds this database has never had. Runs at every start, right after the migrations. */
export async function seedReferenceData(db: Database): Promise<string[]> {
  // The usual case, every seed applied: one read, no write transaction.
  const done = new Set(
    (await db.query<{ key: string }>('select key from reference_seeds')).map((r) => r.key),
  );
  if (seeds.every((s) => done.has(s.key))) return [];
  return db.transaction(async (tx) => {
    const applied: string[] = [];
    for (const seed of seeds) {
      // Claiming the key first makes two servers starting together apply a seed once.
      const claimed = await tx.query(
        'insert into reference_seeds (key) values ($1) on conflict (key) do nothing returning key',
        [seed.key],
      );
      if (claimed.length === 0) continue;
      await seed.apply(tx);
      applied.push(seed.key);
    }
    return applied;
  });
}
