import type { Database } from '../../platform/db/types.ts';

export async function getUnitsForTest(db: Database): Promise<string[]> {
  return (await db.query<{ code: string }>('select code from communes where demo order by code')).map(
    (r) => r.code,
  );
}
