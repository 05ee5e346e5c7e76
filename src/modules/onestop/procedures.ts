import { recordAudit } from '../../platform/audit.ts';
import { type Ctx, requireRole, requireWrite } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { getCommune } from '../units/service.ts';
import * as q from './procedure-queries.ts';
import { type Procedure, ProcedureInput } from './schema.ts';

export async function listProcedures(
  ctx: Ctx,
  communeId: string,
  f: { q?: string } = {},
): Promise<Procedure[]> {
  await getCommune(ctx, { id: communeId });
  return q.selectProcedures(ctx.tx, communeId, { ...f, publishedOnly: ctx.kind === 'public' });
}

export async function getProcedure(
  ctx: Ctx,
  communeId: string,
  by: { id?: string; code?: string },
): Promise<Procedure> {
  const p = await q.selectProcedure(ctx.tx, communeId, by);
  if (!p || (ctx.kind === 'public' && !p.published)) throw notFound('Thủ tục');
  return p;
}

/** Creates or updates a procedure by its code (the catalogue is keyed by the national TTHC code). */
export async function saveProcedure(ctx: Ctx, communeId: string, raw: ProcedureInput): Promise<Procedure> {
  requireWrite(ctx, communeId);
  requireRole(ctx, 'officer', 'leader', 'admin');
  const input = ProcedureInput.parse(raw);
  const before = await q.selectProcedure(ctx.tx, communeId, { code: input.code });
  const { inserted, ...saved } = await q.upsertProcedure(ctx.tx, communeId, input);
  await recordAudit(ctx, {
    communeId,
    entity: 'procedure',
    entityId: saved.id,
    action: inserted ? 'create' : 'update',
    before: before ?? undefined,
    after: saved,
  });
  return saved;
}
