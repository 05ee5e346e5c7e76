import { recordAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { requireStaffWrite } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { requireDocument } from '../documents/service.ts';
import { getCommune } from '../units/service.ts';
import {
  type CommunicationEntry,
  CommunicationInput,
  CommunicationPatch,
  kindLabels,
  type Movement,
  MovementInput,
  MovementPatch,
} from './schema.ts';

// --- Movements (phong trào thi đua) --------------------------------------------------------------

const movementColumns = `id, name, plan_document_id as "planDocumentId", starts_on as "startsOn", ends_on as "endsOn", description`;
type MovementRow = Omit<Movement, 'plan'> & { planDocumentId: string | null };

async function presentMovement(ctx: Ctx, communeId: string, r: MovementRow): Promise<Movement> {
  const { planDocumentId, ...rest } = r;
  const doc = planDocumentId ? await requireDocument(ctx, communeId, planDocumentId, 'planDocumentId') : null;
  return { ...rest, plan: doc ? { id: doc.id, reference: doc.reference, citation: doc.citation } : null };
}

export async function getMovement(ctx: Ctx, communeId: string, id: string) {
  const [row] = await ctx.tx.query<MovementRow>(
    `select ${movementColumns} from movements where commune_id = $1 and id = $2`,
    [communeId, id],
  );
  if (!row) throw notFound('Phong trào');
  return presentMovement(ctx, communeId, row);
}

export async function listMovements(ctx: Ctx, communeId: string, f: { from?: string; to?: string }) {
  await getCommune(ctx, { id: communeId });
  const rows = await ctx.tx.query<MovementRow>(
    `select ${movementColumns} from movements where commune_id = $1
       and ($2::date is null or coalesce(ends_on, starts_on) >= $2) and ($3::date is null or starts_on <= $3)
     order by starts_on desc, name`,
    [communeId, f.from ?? null, f.to ?? null],
  );
  const out: Movement[] = [];
  for (const r of rows) out.push(await presentMovement(ctx, communeId, r));
  return out;
}

async function checkMovement(ctx: Ctx, communeId: string, m: ReturnType<typeof MovementInput.parse>) {
  if (m.endsOn && m.endsOn < m.startsOn) {
    throw new AppError('validation', 'Ngày kết thúc phải sau ngày phát động.', {
      endsOn: 'Trước ngày phát động',
    });
  }
  if (m.planDocumentId) await requireDocument(ctx, communeId, m.planDocumentId, 'planDocumentId');
}

export async function createMovement(ctx: Ctx, communeId: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const input = MovementInput.parse(raw);
  await getCommune(ctx, { id: communeId });
  await checkMovement(ctx, communeId, input);
  const [row] = await ctx.tx.query<{ id: string }>(
    `insert into movements (commune_id, name, plan_document_id, starts_on, ends_on, description)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [
      communeId,
      input.name,
      input.planDocumentId ?? null,
      input.startsOn,
      input.endsOn ?? null,
      input.description,
    ],
  );
  const created = await getMovement(ctx, communeId, (row as { id: string }).id);
  await recordAudit(ctx, {
    communeId,
    entity: 'movement',
    entityId: created.id,
    action: 'create',
    after: created,
  });
  return created;
}

export async function updateMovement(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const patch = MovementPatch.parse(raw);
  const before = await getMovement(ctx, communeId, id);
  const merged = MovementInput.parse({
    name: patch.name ?? before.name,
    planDocumentId: patch.planDocumentId === undefined ? (before.plan?.id ?? null) : patch.planDocumentId,
    startsOn: patch.startsOn ?? before.startsOn,
    endsOn: patch.endsOn === undefined ? before.endsOn : patch.endsOn,
    description: patch.description ?? before.description,
  });
  await checkMovement(ctx, communeId, merged);
  await ctx.tx.query(
    `update movements set name = $3, plan_document_id = $4, starts_on = $5, ends_on = $6, description = $7, updated_at = now()
     where commune_id = $1 and id = $2`,
    [
      communeId,
      id,
      merged.name,
      merged.planDocumentId ?? null,
      merged.startsOn,
      merged.endsOn ?? null,
      merged.description,
    ],
  );
  const after = await getMovement(ctx, communeId, id);
  await recordAudit(ctx, { communeId, entity: 'movement', entityId: id, action: 'update', before, after });
  return after;
}

// --- Communication log ----------------------------------------------------------------------------

const entryColumns = `id, kind, entry_date as "date", title, quantity, participants, entries, movement_id as "movementId", note`;
const presentEntry = (r: Omit<CommunicationEntry, 'kindLabel'>): CommunicationEntry => ({
  ...r,
  kindLabel: kindLabels[r.kind],
});

export async function getEntry(ctx: Ctx, communeId: string, id: string) {
  const [row] = await ctx.tx.query<Omit<CommunicationEntry, 'kindLabel'>>(
    `select ${entryColumns} from communication_entries where commune_id = $1 and id = $2`,
    [communeId, id],
  );
  if (!row) throw notFound('Hoạt động tuyên truyền');
  return presentEntry(row);
}

export async function listEntries(
  ctx: Ctx,
  communeId: string,
  f: { from?: string; to?: string; kind?: string; limit: number; offset: number },
) {
  await getCommune(ctx, { id: communeId });
  const where = `commune_id = $1 and ($2::date is null or entry_date >= $2) and ($3::date is null or entry_date <= $3)
    and ($4::text is null or kind = $4)`;
  const params = [communeId, f.from ?? null, f.to ?? null, f.kind ?? null];
  const rows = await ctx.tx.query<Omit<CommunicationEntry, 'kindLabel'>>(
    `select ${entryColumns} from communication_entries where ${where} order by entry_date desc, title limit $5 offset $6`,
    [...params, f.limit, f.offset],
  );
  const [count] = await ctx.tx.query<{ n: number }>(
    `select count(*)::int as n from communication_entries where ${where}`,
    params,
  );
  return { items: rows.map(presentEntry), total: count?.n ?? 0 };
}

async function checkEntry(ctx: Ctx, communeId: string, e: ReturnType<typeof CommunicationInput.parse>) {
  if (e.movementId) {
    const [m] = await ctx.tx.query('select 1 from movements where commune_id = $1 and id = $2', [
      communeId,
      e.movementId,
    ]);
    if (!m)
      throw new AppError('validation', 'Phong trào không có trong danh sách của xã.', {
        movementId: 'Không tồn tại',
      });
  }
  if (e.kind !== 'contest' && e.entries != null) {
    throw new AppError('validation', 'Số bài dự thi chỉ ghi cho cuộc thi.', {
      entries: 'Chỉ dùng cho cuộc thi',
    });
  }
}

export async function createEntry(ctx: Ctx, communeId: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const input = CommunicationInput.parse(raw);
  await getCommune(ctx, { id: communeId });
  await checkEntry(ctx, communeId, input);
  const [row] = await ctx.tx.query<{ id: string }>(
    `insert into communication_entries (commune_id, kind, entry_date, title, quantity, participants, entries, movement_id, note)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [
      communeId,
      input.kind,
      input.date,
      input.title,
      input.quantity,
      input.participants ?? null,
      input.entries ?? null,
      input.movementId ?? null,
      input.note ?? null,
    ],
  );
  const created = await getEntry(ctx, communeId, (row as { id: string }).id);
  await recordAudit(ctx, {
    communeId,
    entity: 'communication',
    entityId: created.id,
    action: 'create',
    after: created,
  });
  return created;
}

export async function updateEntry(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const patch = CommunicationPatch.parse(raw);
  const before = await getEntry(ctx, communeId, id);
  const { kindLabel: _, id: _id, ...base } = before;
  const merged = CommunicationInput.parse({
    ...base,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  });
  await checkEntry(ctx, communeId, merged);
  await ctx.tx.query(
    `update communication_entries set kind = $3, entry_date = $4, title = $5, quantity = $6, participants = $7,
       entries = $8, movement_id = $9, note = $10, updated_at = now() where commune_id = $1 and id = $2`,
    [
      communeId,
      id,
      merged.kind,
      merged.date,
      merged.title,
      merged.quantity,
      merged.participants ?? null,
      merged.entries ?? null,
      merged.movementId ?? null,
      merged.note ?? null,
    ],
  );
  const after = await getEntry(ctx, communeId, id);
  await recordAudit(ctx, {
    communeId,
    entity: 'communication',
    entityId: id,
    action: 'update',
    before,
    after,
  });
  return after;
}
