import type { Queryable } from './types.ts';

/** Tables that never travel in a backup: logins and sessions are per installation. */
export const transientTables = new Set(['schema_migrations', 'sessions', 'login_failures']);

/**
 * National reference data seeded at every start (src/modules/calendar/seed.ts): an empty database
 * already holds it, so a restore replaces it with the backup's copy instead of refusing.
 */
export const referenceTables = new Set(['reference_seeds', 'calendar_years', 'deadline_rules']);

/**
 * The public tables, parents before children (by foreign keys), so that inserting in this order
 * and deleting in the reverse order never breaks a reference.
 */
export async function tablesInDependencyOrder(q: Queryable): Promise<string[]> {
  const tables = (
    await q.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`,
    )
  ).map((r) => r.name);
  const edges = await q.query<{ child: string; parent: string }>(
    `select c.relname as child, p.relname as parent from pg_constraint k
       join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
       join pg_namespace n on n.oid = c.relnamespace
     where k.contype = 'f' and n.nspname = 'public' and c.relname <> p.relname`,
  );
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (ordered.includes(t) || visiting.has(t)) return;
    visiting.add(t);
    for (const e of edges) if (e.child === t) visit(e.parent);
    ordered.push(t);
  };
  for (const t of tables) visit(t);
  return ordered;
}

export async function tablesWithColumn(q: Queryable, column: string): Promise<Set<string>> {
  const rows = await q.query<{ t: string }>(
    `select table_name as t from information_schema.columns where table_schema = 'public' and column_name = $1`,
    [column],
  );
  return new Set(rows.map((r) => r.t));
}
