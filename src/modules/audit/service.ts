import { type Ctx, requireRole } from '../../platform/context.ts';
import type { AuditQuery } from './schema.ts';

/** Filters over the append-only log; row-level security limits it to the reader's communes. */
export async function listAudit(ctx: Ctx, f: AuditQuery) {
  requireRole(ctx, 'leader', 'admin');
  const where = `($1::uuid is null or a.commune_id = $1) and ($2::text is null or a.entity = $2)
    and ($3::text is null or a.action = $3) and ($4::uuid is null or a.actor_id = $4)
    and ($5::date is null or a.at >= ($5::date::timestamp at time zone 'Asia/Ho_Chi_Minh'))
    and ($6::date is null or a.at < (($6::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'))`;
  const params = [
    f.communeId ?? null,
    f.entity ?? null,
    f.action ?? null,
    f.actorId ?? null,
    f.from ?? null,
    f.to ?? null,
  ];
  const rows = await ctx.tx.query<Record<string, unknown>>(
    `select a.id, a.at, a.commune_id as "communeId", a.entity, a.entity_id as "entityId", a.action, a.before, a.after,
       a.request_id as "requestId", a.actor_id as "actorId", coalesce(u.username, a.actor_username) as "actorUsername",
       u.full_name as "actorName"
     from audit_log a left join users u on u.id = a.actor_id
     where ${where} order by a.at desc, a.id desc limit $7 offset $8`,
    [...params, f.limit, f.offset],
  );
  const [count] = await ctx.tx.query<{ n: number }>(
    `select count(*)::int as n from audit_log a where ${where}`,
    params,
  );
  return {
    total: count?.n ?? 0,
    items: rows.map((r) => ({
      ...r,
      at: (r.at as Date).toISOString(),
      actor: r.actorId
        ? { id: r.actorId, username: r.actorUsername, fullName: r.actorName ?? r.actorUsername }
        : null,
    })),
  };
}
