import type { Queryable } from '../../platform/db/types.ts';

// Raw rows: the JSON columns are parsed with the module's schemas by the service, at the boundary.

export interface YearRow {
  year: number;
  override: unknown;
  updatedAt: Date | string;
  updatedBy: string | null;
}

export interface RuleRow {
  key: string;
  effectiveFrom: string;
  rule: unknown;
  updatedAt: Date | string;
}

export async function selectYearOverrides(q: Queryable): Promise<Pick<YearRow, 'year' | 'override'>[]> {
  return q.query('select year, override from calendar_years order by year');
}

export async function selectYear(q: Queryable, year: number): Promise<YearRow | undefined> {
  // Row-level security hides other accounts from non-administrators: updatedBy is then null.
  const [row] = await q.query<YearRow>(
    `select y.year, y.override, y.updated_at as "updatedAt", u.username as "updatedBy"
     from calendar_years y left join users u on u.id = y.updated_by where y.year = $1`,
    [year],
  );
  return row;
}

export async function upsertYear(
  q: Queryable,
  year: number,
  override: unknown,
  actorId: string | null,
): Promise<void> {
  await q.query(
    `insert into calendar_years (year, override, updated_by) values ($1, $2, $3)
     on conflict (year) do update set override = excluded.override, updated_at = now(),
       updated_by = excluded.updated_by`,
    [year, JSON.stringify(override), actorId],
  );
}

export async function deleteYear(q: Queryable, year: number): Promise<void> {
  await q.query('delete from calendar_years where year = $1', [year]);
}

export async function selectRules(q: Queryable, key?: string): Promise<RuleRow[]> {
  return q.query<RuleRow>(
    `select key, effective_from as "effectiveFrom", rule, updated_at as "updatedAt" from deadline_rules
     where ($1::text is null or key = $1) order by key, effective_from`,
    [key ?? null],
  );
}

export async function insertRule(
  q: Queryable,
  key: string,
  effectiveFrom: string,
  rule: unknown,
  actorId: string | null,
): Promise<boolean> {
  const rows = await q.query(
    `insert into deadline_rules (key, effective_from, rule, updated_by) values ($1, $2, $3, $4)
     on conflict (key, effective_from) do nothing returning key`,
    [key, effectiveFrom, JSON.stringify(rule), actorId],
  );
  return rows.length > 0;
}
