import { vnDate } from '../../domain/calendar/local-date.ts';
import { recordAudit } from '../../platform/audit.ts';
import { saveAudited } from '../../platform/audited-save.ts';
import { type Ctx, requireStaffWrite } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { getCommune } from '../units/service.ts';
import {
  CaseInput,
  type CaseInput as CaseInputType,
  type CaseQuery,
  type MediationCase,
  resultLabels,
} from './schema.ts';

const columns = `m.id, m.received_date as "receivedDate", m.village_id as "villageId", v.name as "villageName", m.field,
  m.subject, m.parties, m.mediators, m.mediation_date as "mediationDate", m.result, m.result_date as "resultDate", m.notes`;
const from = `mediation_cases m left join villages v on v.commune_id = m.commune_id and v.id = m.village_id`;
type Row = Omit<MediationCase, 'resultLabel'>;
const present = (r: Row): MediationCase => ({ ...r, resultLabel: resultLabels[r.result] });

export async function getCase(ctx: Ctx, communeId: string, id: string): Promise<MediationCase> {
  const [row] = await ctx.tx.query<Row>(
    `select ${columns} from ${from} where m.commune_id = $1 and m.id = $2`,
    [communeId, id],
  );
  if (!row) throw notFound('Vụ việc hòa giải');
  return present(row);
}

export async function listCases(
  ctx: Ctx,
  communeId: string,
  f: CaseQuery,
): Promise<{ items: MediationCase[]; total: number }> {
  await getCommune(ctx, { id: communeId });
  const where = `m.commune_id = $1 and ($2::text is null or m.result = $2) and ($3::date is null or m.received_date >= $3)
    and ($4::date is null or m.received_date <= $4)`;
  const params = [communeId, f.result ?? null, f.from ?? null, f.to ?? null];
  const rows = await ctx.tx.query<Row>(
    `select ${columns} from ${from} where ${where} order by m.received_date desc, m.created_at desc limit $5 offset $6`,
    [...params, f.limit, f.offset],
  );
  const [count] = await ctx.tx.query<{ n: number }>(
    `select count(*)::int as n from mediation_cases m where ${where}`,
    params,
  );
  return { items: rows.map(present), total: count?.n ?? 0 };
}

export async function saveCase(
  ctx: Ctx,
  communeId: string,
  raw: CaseInputType,
  id?: string,
): Promise<MediationCase> {
  requireStaffWrite(ctx, communeId);
  const c = CaseInput.parse(raw);
  await getCommune(ctx, { id: communeId });
  const today = vnDate(ctx.asOf);
  for (const [field, date] of [
    ['receivedDate', c.receivedDate],
    ['mediationDate', c.mediationDate],
    ['resultDate', c.resultDate],
  ] as const) {
    if (date && date > today)
      throw new AppError('validation', 'Ngày không được sau hôm nay.', { [field]: 'Sau hôm nay' });
  }
  if (c.villageId) {
    const [v] = await ctx.tx.query('select 1 from villages where commune_id = $1 and id = $2', [
      communeId,
      c.villageId,
    ]);
    if (!v)
      throw new AppError('validation', 'Thôn, tổ dân phố không thuộc xã.', { villageId: 'Không thuộc xã' });
  }
  const values = [
    c.receivedDate,
    c.villageId ?? null,
    c.field,
    c.subject,
    c.parties,
    c.mediators,
    c.mediationDate ?? null,
    c.result,
    c.resultDate ?? null,
    c.notes ?? null,
  ];
  return saveAudited(
    ctx,
    { communeId, entity: 'mediation_case', id },
    {
      read: (caseId) => getCase(ctx, communeId, caseId),
      update: (caseId) =>
        ctx.tx.query(
          `update mediation_cases set received_date = $3, village_id = $4, field = $5, subject = $6, parties = $7, mediators = $8,
             mediation_date = $9, result = $10, result_date = $11, notes = $12, updated_at = now() where commune_id = $1 and id = $2`,
          [communeId, caseId, ...values],
        ),
      insert: () =>
        ctx.tx.query<{ id: string }>(
          `insert into mediation_cases (commune_id, received_date, village_id, field, subject, parties, mediators, mediation_date,
             result, result_date, notes) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
          [communeId, ...values],
        ),
    },
  );
}

export async function deleteCase(ctx: Ctx, communeId: string, id: string): Promise<void> {
  requireStaffWrite(ctx, communeId);
  const before = await getCase(ctx, communeId, id);
  await ctx.tx.query('delete from mediation_cases where commune_id = $1 and id = $2', [communeId, id]);
  await recordAudit(ctx, { communeId, entity: 'mediation_case', entityId: id, action: 'delete', before });
}
