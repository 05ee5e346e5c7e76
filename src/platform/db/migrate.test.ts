import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../testing/database.ts';
import { loadMigrations, migrate } from './migrate.ts';
import { tablesWithColumn } from './tables.ts';
import type { Database } from './types.ts';

/** The shape of the public schema: columns, constraints, indexes, policies. */
const schemaSnapshot = (db: Database) =>
  db.query(
    `select 'column' as kind, table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable as item
       from information_schema.columns where table_schema = 'public'
     union all
     select 'constraint', conrelid::regclass::text || ' ' || pg_get_constraintdef(oid)
       from pg_constraint where connamespace = 'public'::regnamespace
     union all
     select 'index', indexdef from pg_indexes where schemaname = 'public'
     union all
     select 'policy', tablename || '.' || policyname from pg_policies where schemaname = 'public'
     order by 1, 2`,
  );

describe('migrations', () => {
  let fresh: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    fresh = await freshDatabase();
  }, 300_000);
  afterAll(() => fresh?.dispose());

  it('apply in full to an empty database', async () => {
    const all = await loadMigrations();
    expect(all.length).toBeGreaterThan(0);
    const versions = all.map((m) => m.version);
    expect(versions).toEqual([...new Set(versions)].sort((x, y) => x - y));
    const applied = await fresh.db.query<{ version: number; name: string }>(
      'select version, name from schema_migrations order by version',
    );
    expect(applied).toEqual(all.map(({ version, name }) => ({ version, name })));
  });

  it('applying them again is a no-op', async () => {
    const before = await schemaSnapshot(fresh.db);
    expect(await migrate(fresh.db)).toEqual([]);
    expect(await schemaSnapshot(fresh.db)).toEqual(before);
    const [count] = await fresh.db.query<{ n: number }>('select count(*)::int as n from schema_migrations');
    expect(count?.n).toBe((await loadMigrations()).length);
  });

  it('puts every table that holds commune records under row-level security, with policies', async () => {
    const withCommune = await tablesWithColumn(fresh.db, 'commune_id');
    expect(withCommune.size).toBeGreaterThan(0);
    // communes itself is keyed by id, not commune_id, and is guarded all the same.
    const tables = [...withCommune, 'communes'].sort();
    const rows = await fresh.db.query<{ table: string; rls: boolean; policies: number }>(
      `select c.relname as table, c.relrowsecurity as rls,
              (select count(*)::int from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname) as policies
         from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and c.relname = any($1)
        order by c.relname`,
      [tables],
    );
    expect(rows.map((r) => r.table)).toEqual(tables);
    const unguarded = rows.filter((r) => !r.rls || r.policies === 0).map((r) => r.table);
    expect(unguarded).toEqual([]);
  });
});
