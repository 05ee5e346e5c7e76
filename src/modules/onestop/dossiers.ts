import { randomInt } from 'node:crypto';
import { searchKey } from '../../domain/vi/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type Ctx, requireStaffWrite } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { getCommune } from '../units/service.ts';
import { appointmentDate, vnDateTime } from './appointment.ts';
import { deadlineSetting } from './deadline-setting.ts';
import * as q from './dossier-queries.ts';
import { dossierReturned } from './events.ts';
import { actionLabels, allowedActions, canAct, nextStatus } from './lifecycle.ts';
import { getProcedure } from './procedures.ts';
import {
  type ActionInput,
  type Dossier,
  type DossierDetail,
  type DossierQuery,
  ReceiveInput,
  type ReceiveInput as ReceiveInputType,
  type SubjectNames,
  statusLabels,
} from './schema.ts';

// Unambiguous characters only: the key is read off paper.
const keyAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newLookupKey = () =>
  Array.from({ length: 6 }, () => keyAlphabet[randomInt(keyAlphabet.length)]).join('');

export const dossierSearchText = (d: {
  code: string;
  applicantName?: string | null;
  procedureName: string;
}) => searchKey(`${d.code} ${d.applicantName ?? ''} ${d.procedureName}`);

export function present(row: q.DossierRow): Dossier {
  return {
    ...row,
    receivedAt: row.receivedAt.toISOString(),
    actions: [...allowedActions[row.status]],
  };
}

/** Receives a dossier at the desk: computes the appointment date and issues the receipt's data. */
export async function receiveDossier(
  ctx: Ctx,
  communeId: string,
  raw: ReceiveInputType,
): Promise<DossierDetail> {
  requireStaffWrite(ctx, communeId);
  const input = ReceiveInput.parse(raw);
  const commune = await getCommune(ctx, { id: communeId });
  const procedure = await getProcedure(ctx, communeId, { id: input.procedureId });
  const names = presentNames(input.subjectNames);
  if (names && !procedure.civilStatusEvent) {
    throw new AppError(
      'validation',
      'Thủ tục này không phải đăng ký hộ tịch nên không ghi tên người được đăng ký.',
      {
        subjectNames: 'Chỉ dùng cho thủ tục khai sinh, kết hôn, khai tử',
      },
    );
  }
  const { calendar, rule } = await deadlineSetting(ctx, 'dossier.due');
  const receivedAt = ctx.asOf;
  const { date } = vnDateTime(receivedAt);
  const due = appointmentDate(rule, calendar, receivedAt, procedure.processingDays);
  const code = await q.nextCodeOfDay(
    ctx.tx,
    communeId,
    `${commune.code}-${date.slice(2).replaceAll('-', '')}-`,
  );

  const [row] = await ctx.tx.query<{ id: string }>(
    `insert into dossiers (commune_id, code, procedure_id, procedure_code, procedure_name, sector, channel, status,
       received_at, received_date, due_date, original_due_date, applicant_name, applicant_phone, applicant_address,
       digitized, paid_online, source, lookup_key, search_text, subject_names)
     values ($1, $2, $3, $4, $5, $6, $7, 'received', $8, $9, $10, $10, $11, $12, $13, $14, $15, 'desk', $16, $17, $18)
     returning id`,
    [
      communeId,
      code,
      procedure.id,
      procedure.code,
      procedure.name,
      procedure.sector,
      input.channel,
      receivedAt,
      date,
      due,
      input.applicantName,
      input.applicantPhone ?? null,
      input.applicantAddress ?? null,
      input.digitized,
      input.paidOnline,
      newLookupKey(),
      dossierSearchText({ code, applicantName: input.applicantName, procedureName: procedure.name }),
      names ? JSON.stringify(names) : null,
    ],
  );
  const id = (row as { id: string }).id;
  await q.insertEvent(ctx.tx, {
    communeId,
    dossierId: id,
    kind: 'receive',
    actorId: ctx.actor?.id ?? null,
    note: input.note,
    data: { dueDate: due, channel: input.channel },
  });
  const detail = await getDossier(ctx, communeId, id);
  await recordAudit(ctx, {
    communeId,
    entity: 'dossier',
    entityId: id,
    action: 'create',
    after: withoutKey(detail),
  });
  return detail;
}

/** One lifecycle step; refused with 409 when the status does not allow it. */
export async function actOnDossier(
  ctx: Ctx,
  communeId: string,
  id: string,
  input: ActionInput,
): Promise<DossierDetail> {
  requireStaffWrite(ctx, communeId);
  const before = await q.selectDossier(ctx.tx, communeId, { id }, true);
  if (!before) throw notFound('Hồ sơ');
  if (!canAct(before.status, input.action)) {
    throw new AppError(
      'conflict',
      `Không thể "${actionLabels[input.action]}" khi hồ sơ ở trạng thái "${statusLabels[before.status]}".`,
    );
  }
  const today = vnDateTime(ctx.asOf).date;
  const status = nextStatus[input.action] ?? before.status;
  const sets: string[] = ['status = $3', 'updated_at = now()'];
  const params: unknown[] = [communeId, id, status];
  const set = (column: string, value: unknown) => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  let note: string | null = null;

  switch (input.action) {
    case 'return':
      set('returned_date', today);
      note = input.note ?? null;
      break;
    case 'withdraw':
      set('withdrawn_date', today);
      note = input.note ?? null;
      break;
    case 'reject':
      set('rejected_date', today);
      set('rejection_reason', input.reason);
      note = input.reason;
      break;
    case 'requestSupplement':
      note = input.reason;
      break;
    case 'apologize': {
      if (input.newDueDate <= before.dueDate || input.newDueDate < today) {
        throw new AppError('validation', 'Ngày hẹn mới phải sau ngày hẹn hiện tại và không trước hôm nay.', {
          newDueDate: `Phải sau ${before.dueDate}`,
        });
      }
      await ctx.tx.query(
        `insert into dossier_apologies (commune_id, dossier_id, issued_date, reason, previous_due_date, new_due_date, created_by)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [communeId, id, today, input.reason, before.dueDate, input.newDueDate, ctx.actor?.id ?? null],
      );
      set('due_date', input.newDueDate);
      note = input.reason;
      break;
    }
    case 'supplied':
    case 'process':
      note = input.note ?? null;
      break;
  }
  await ctx.tx.query(`update dossiers set ${sets.join(', ')} where commune_id = $1 and id = $2`, params);
  await q.insertEvent(ctx.tx, {
    communeId,
    dossierId: id,
    kind: input.action,
    actorId: ctx.actor?.id ?? null,
    note,
    data: input.action === 'apologize' ? { newDueDate: input.newDueDate } : undefined,
  });
  const after = await getDossier(ctx, communeId, id);
  await recordAudit(ctx, {
    communeId,
    entity: 'dossier',
    entityId: id,
    action: 'update',
    before: withoutKey(present(before)),
    after: withoutKey(after),
  });
  if (input.action === 'return') await dossierReturned(ctx, communeId, id);
  return after;
}

export async function getDossier(ctx: Ctx, communeId: string, id: string): Promise<DossierDetail> {
  const row = await q.selectDossier(ctx.tx, communeId, { id });
  if (!row) throw notFound('Hồ sơ');
  const civil = await q.selectCivilStatus(ctx.tx, communeId, id);
  return {
    ...present(row),
    civilStatusEvent: civil.event,
    subjectNames: civil.names,
    events: await q.selectEvents(ctx.tx, communeId, id),
    apologies: await q.selectApologies(ctx.tx, communeId, id),
    rating: await q.selectRating(ctx.tx, communeId, id),
  };
}

export async function listDossiers(ctx: Ctx, f: DossierQuery): Promise<{ items: Dossier[]; total: number }> {
  await getCommune(ctx, { id: f.communeId });
  const today = vnDateTime(ctx.asOf).date;
  const open = `d.status in ('received', 'supplement_requested', 'processing')`;
  const view = {
    dueToday: `${open} and d.due_date = $6`,
    overdue: `${open} and d.due_date < $6`,
    awaitingSupplement: `d.status = 'supplement_requested' and $6::date is not null`,
    open: `${open} and $6::date is not null`,
  };
  const where = `d.commune_id = $1 and ($2::text is null or d.search_text like '%' || $2 || '%')
    and ($3::text is null or d.status = $3) and ($4::date is null or d.received_date >= $4)
    and ($5::date is null or d.received_date <= $5)
    and ${f.view ? view[f.view] : '$6::date is not null'}`;
  // $6 (today) is always bound, so every view shares one parameter list.
  const params = [
    f.communeId,
    f.q ? searchKey(f.q) : null,
    f.status ?? null,
    f.from ?? null,
    f.to ?? null,
    today,
  ];
  const rows = await ctx.tx.query<q.DossierRow>(
    `select ${q.dossierColumns} from dossiers d where ${where}
     order by ${f.view === 'overdue' || f.view === 'dueToday' ? 'd.due_date, d.received_at' : 'd.received_at desc'}
     limit $7 offset $8`,
    [...params, f.limit, f.offset],
  );
  const [count] = await ctx.tx.query<{ n: number }>(
    `select count(*)::int as n from dossiers d where ${where}`,
    params,
  );
  return { items: rows.map(present), total: count?.n ?? 0 };
}

/** The lookup key is for the citizen's receipt; the audit log keeps no copy of it. */
function withoutKey<T extends { lookupKey: string }>(d: T): Omit<T, 'lookupKey'> {
  const { lookupKey: _, ...rest } = d;
  return rest;
}

/** The names a user filled in, without the empty ones; null when none was. */
export function presentNames(names: SubjectNames | undefined): SubjectNames | null {
  const filled = Object.entries(names ?? {}).filter(([, v]) => v);
  return filled.length ? (Object.fromEntries(filled) as SubjectNames) : null;
}
