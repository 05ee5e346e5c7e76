import type { Ctx } from './context.ts';

export type AuditAction = 'create' | 'update' | 'delete';

export interface AuditEntry {
  communeId: string | null;
  entity: string;
  entityId: string;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
}

/** Records a change in the same transaction as the change itself. */
export async function recordAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  await ctx.tx.query(
    `insert into audit_log (commune_id, actor_id, actor_username, entity, entity_id, action, before, after, request_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      entry.communeId,
      ctx.actor?.id ?? null,
      ctx.actor?.username ?? (ctx.kind === 'public' ? 'cong-dan' : 'system'),
      entry.entity,
      entry.entityId,
      entry.action,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      ctx.requestId ?? null,
    ],
  );
}
