import { recordAudit } from '../../platform/audit.ts';
import { type Ctx, requireRole, requireWrite } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import * as q from './queries.ts';
import type { Commune, CommuneDetail, CommuneInput, Province, ProvinceInput, Village } from './schema.ts';

export async function listCommunes(ctx: Ctx): Promise<Commune[]> {
  // Row-level security already limits the rows to the actor's scope.
  return q.selectCommunes(ctx.tx);
}

export async function getCommune(ctx: Ctx, by: { id?: string; code?: string }): Promise<CommuneDetail> {
  const commune = await q.selectCommune(ctx.tx, by);
  if (!commune) throw notFound('Xã, phường');
  return { ...commune, villages: await q.selectVillages(ctx.tx, commune.id) };
}

export async function addProvince(ctx: Ctx, input: ProvinceInput): Promise<Province> {
  requireRole(ctx, 'admin');
  if (await q.selectProvince(ctx.tx, input.code)) {
    throw new AppError('conflict', `Mã tỉnh ${input.code} đã tồn tại.`, { code: 'Mã đã được dùng' });
  }
  const province = await q.insertProvince(ctx.tx, input);
  await recordAudit(ctx, {
    communeId: null,
    entity: 'province',
    entityId: province.id,
    action: 'create',
    after: province,
  });
  return province;
}

export async function addCommune(ctx: Ctx, input: CommuneInput): Promise<CommuneDetail> {
  requireRole(ctx, 'admin');
  const province = await q.selectProvince(ctx.tx, input.provinceCode);
  if (!province) {
    throw new AppError('validation', `Không có tỉnh mã ${input.provinceCode}.`, {
      provinceCode: 'Không tồn tại',
    });
  }
  const [taken] = await ctx.tx.query('select 1 from communes where code = $1', [input.code]);
  if (taken) throw new AppError('conflict', `Mã xã ${input.code} đã tồn tại.`, { code: 'Mã đã được dùng' });
  const id = await q.insertCommune(ctx.tx, province.id, input);
  const commune = await getCommune(ctx, { id });
  await recordAudit(ctx, { communeId: id, entity: 'commune', entityId: id, action: 'create', after: input });
  return commune;
}

export async function addVillage(ctx: Ctx, communeId: string, name: string): Promise<Village> {
  // Tenancy first: outside the actor's communes the answer is 404 whatever their role.
  requireWrite(ctx, communeId);
  requireRole(ctx, 'admin', 'leader');
  await getCommune(ctx, { id: communeId });
  const [taken] = await ctx.tx.query('select 1 from villages where commune_id = $1 and name = $2', [
    communeId,
    name,
  ]);
  if (taken) throw new AppError('conflict', `Thôn, tổ dân phố "${name}" đã có.`, { name: 'Tên đã có' });
  const village = await q.insertVillage(ctx.tx, communeId, name);
  await recordAudit(ctx, {
    communeId,
    entity: 'village',
    entityId: village.id,
    action: 'create',
    after: village,
  });
  return village;
}
