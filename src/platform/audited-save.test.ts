import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../testing/database.ts';
import { factories } from '../testing/factories.ts';
import { saveAudited } from './audited-save.ts';
import { withContext } from './context.ts';
import type { Database } from './db/types.ts';

describe('saving a record with its audit row', () => {
  let db: Database;
  let dispose: () => Promise<void>;
  let communeId: string;
  beforeAll(async () => {
    ({ db, dispose } = await freshDatabase());
    const f = factories(db);
    communeId = (await f.makeCommune((await f.makeProvince()).code, { villages: [] })).id;
  });
  afterAll(() => dispose?.());

  // Villages stand in for any commune's register: the helper only sees read, update and insert.
  const save = (name: string, id?: string) =>
    withContext(db, null, (ctx) =>
      saveAudited(
        ctx,
        { communeId, entity: 'village', id },
        {
          read: async (villageId) => {
            const [v] = await ctx.tx.query<{ id: string; name: string }>(
              'select id, name from villages where commune_id = $1 and id = $2',
              [communeId, villageId],
            );
            return v as { id: string; name: string };
          },
          update: (villageId) =>
            ctx.tx.query('update villages set name = $3 where commune_id = $1 and id = $2', [
              communeId,
              villageId,
              name,
            ]),
          insert: () =>
            ctx.tx.query<{ id: string }>(
              'insert into villages (commune_id, name) values ($1, $2) returning id',
              [communeId, name],
            ),
        },
      ),
    );
  const auditOf = (id: string) =>
    db.query<{ action: string; before: unknown; after: unknown }>(
      `select action, before, after from audit_log where entity = 'village' and entity_id = $1 order by at, id`,
      [id],
    );

  it('inserts without an id and audits the creation with the record read back', async () => {
    const created = await save('Thôn Đông');
    expect(created.name).toBe('Thôn Đông');
    expect(await auditOf(created.id)).toEqual([{ action: 'create', before: null, after: created }]);
  });

  it('updates the record with that id and audits it before and after', async () => {
    const created = await save('Thôn Tây');
    const updated = await save('Thôn Tây Nam', created.id);
    expect(updated).toEqual({ id: created.id, name: 'Thôn Tây Nam' });
    expect((await auditOf(created.id)).at(-1)).toEqual({ action: 'update', before: created, after: updated });
  });
});
