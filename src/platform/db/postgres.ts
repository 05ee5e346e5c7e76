import pg from 'pg';
import type { Database, Queryable } from './types.ts';

// Keep value shapes identical to PGlite (see pglite.ts).
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

/** A PostgreSQL 15+ server reached through DATABASE_URL. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server drops (restart, failover) is an 'error' event on the pool; with no
  // listener Node ends the process. The pool discards that connection and opens another when needed.
  pool.on('error', (err) => {
    console.error(`PostgreSQL: kết nối rảnh bị đóng (${err.message}); sẽ mở kết nối mới khi cần.`);
  });
  // Fail at start-up, not on the first request.
  await pool.query('select 1');

  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      return (await c.query(sql, params)).rows as T[];
    },
    async exec(sql: string) {
      await c.query(sql);
    },
  });
  const root = wrap(pool);

  return {
    backend: 'postgres',
    query: root.query,
    exec: root.exec,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
