import { recordAudit } from './audit.ts';
import type { Ctx } from './context.ts';

/**
 * Saves a commune's record from its form: updates row `id` when there is one, else inserts it;
 * reads the record back and audits the change (before and after) in the same transaction.
 */
export async function saveAudited<T extends { id: string }>(
  ctx: Ctx,
  target: { communeId: string; entity: string; id?: string },
  sql: {
    read: (id: string) => Promise<T>;
    update: (id: string) => Promise<unknown>;
    /** The insert, `returning id`. */
    insert: () => Promise<{ id: string }[]>;
  },
): Promise<T> {
  const { communeId, entity, id } = target;
  if (id) {
    const before = await sql.read(id);
    await sql.update(id);
    const after = await sql.read(id);
    await recordAudit(ctx, { communeId, entity, entityId: id, action: 'update', before, after });
    return after;
  }
  const [row] = await sql.insert();
  const created = await sql.read((row as { id: string }).id);
  await recordAudit(ctx, { communeId, entity, entityId: created.id, action: 'create', after: created });
  return created;
}
