import { searchKey } from '../../domain/vi/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { requireStaffWrite } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { requireDocument } from '../documents/service.ts';
import { vnDateTime } from '../onestop/appointment.ts';
import { getCommune } from '../units/service.ts';
import {
  FindingInput,
  FindingPatch,
  type Inspection,
  InspectionInput,
  type InspectionInput as InspectionInputType,
  type InspectionKind,
  InspectionPatch,
  kindLabels,
} from './schema.ts';

interface Row {
  id: string;
  kind: InspectionKind;
  title: string;
  subject: string;
  conductedBy: string;
  startsOn: string;
  endsOn: string | null;
  documentId: string | null;
  conclusion: string | null;
}
const columns = `id, kind, title, subject, conducted_by as "conductedBy", starts_on as "startsOn", ends_on as "endsOn",
  document_id as "documentId", conclusion`;

async function present(ctx: Ctx, communeId: string, rows: Row[]): Promise<Inspection[]> {
  const today = vnDateTime(ctx.asOf).date;
  const findings = await ctx.tx.query<
    Omit<Inspection['findings'][number], 'overdue'> & { inspectionId: string }
  >(
    `select id, inspection_id as "inspectionId", description, responsible, due_on as "dueOn", fixed_on as "fixedOn",
       fix_note as "fixNote" from inspection_findings where commune_id = $1 and inspection_id = any($2::uuid[])
     order by created_at, id`,
    [communeId, rows.map((r) => r.id)],
  );
  const out: Inspection[] = [];
  for (const { documentId, ...r } of rows) {
    const doc = documentId ? await requireDocument(ctx, communeId, documentId, 'documentId') : null;
    out.push({
      ...r,
      kindLabel: kindLabels[r.kind],
      document: doc ? { id: doc.id, reference: doc.reference, citation: doc.citation } : null,
      findings: findings
        .filter((f) => f.inspectionId === r.id)
        .map(({ inspectionId: _, ...f }) => ({ ...f, overdue: !f.fixedOn && !!f.dueOn && f.dueOn < today })),
    });
  }
  return out;
}

export async function getInspection(ctx: Ctx, communeId: string, id: string): Promise<Inspection> {
  const rows = await ctx.tx.query<Row>(
    `select ${columns} from inspections where commune_id = $1 and id = $2`,
    [communeId, id],
  );
  if (rows.length === 0) throw notFound('Cuộc kiểm tra, giám sát');
  return (await present(ctx, communeId, rows))[0] as Inspection;
}

export async function listInspections(
  ctx: Ctx,
  communeId: string,
  f: { kind?: string; from?: string; to?: string; q?: string; openFindings?: boolean },
) {
  await getCommune(ctx, { id: communeId });
  const rows = await ctx.tx.query<Row>(
    `select ${columns} from inspections i where commune_id = $1 and ($2::text is null or kind = $2)
       and ($3::date is null or starts_on >= $3) and ($4::date is null or starts_on <= $4)
       and ($5::text is null or search_text like '%' || $5 || '%')
       and (not $6 or exists (select 1 from inspection_findings f where f.commune_id = i.commune_id
         and f.inspection_id = i.id and f.fixed_on is null))
     order by starts_on desc, title`,
    [
      communeId,
      f.kind ?? null,
      f.from ?? null,
      f.to ?? null,
      f.q ? searchKey(f.q) : null,
      f.openFindings ?? false,
    ],
  );
  return present(ctx, communeId, rows);
}

function checkFinding(f: { dueOn?: string | null; fixedOn?: string | null }, startsOn: string, path: string) {
  if (f.fixedOn && f.fixedOn < startsOn) {
    throw new AppError('validation', 'Ngày khắc phục không thể trước ngày kiểm tra.', {
      [`${path}fixedOn`]: 'Trước ngày kiểm tra',
    });
  }
}

async function insertFinding(
  ctx: Ctx,
  communeId: string,
  inspectionId: string,
  f: ReturnType<typeof FindingInput.parse>,
) {
  const [row] = await ctx.tx.query<{ id: string }>(
    `insert into inspection_findings (commune_id, inspection_id, description, responsible, due_on, fixed_on, fix_note)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [
      communeId,
      inspectionId,
      f.description,
      f.responsible,
      f.dueOn ?? null,
      f.fixedOn ?? null,
      f.fixNote ?? null,
    ],
  );
  return (row as { id: string }).id;
}

export async function createInspection(ctx: Ctx, communeId: string, raw: InspectionInputType) {
  requireStaffWrite(ctx, communeId);
  const input = InspectionInput.parse(raw);
  await getCommune(ctx, { id: communeId });
  if (input.endsOn && input.endsOn < input.startsOn) {
    throw new AppError('validation', 'Ngày kết thúc phải sau ngày bắt đầu.', {
      endsOn: 'Trước ngày bắt đầu',
    });
  }
  if (input.documentId) await requireDocument(ctx, communeId, input.documentId, 'documentId');
  input.findings.forEach((f, i) => {
    checkFinding(f, input.startsOn, `findings.${i}.`);
  });
  const [row] = await ctx.tx.query<{ id: string }>(
    `insert into inspections (commune_id, kind, title, subject, conducted_by, starts_on, ends_on, document_id, conclusion,
       search_text) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [
      communeId,
      input.kind,
      input.title,
      input.subject,
      input.conductedBy,
      input.startsOn,
      input.endsOn ?? null,
      input.documentId ?? null,
      input.conclusion ?? null,
      searchKey(`${input.title} ${input.subject} ${input.conductedBy}`),
    ],
  );
  const id = (row as { id: string }).id;
  for (const f of input.findings) await insertFinding(ctx, communeId, id, f);
  const created = await getInspection(ctx, communeId, id);
  await recordAudit(ctx, { communeId, entity: 'inspection', entityId: id, action: 'create', after: created });
  return created;
}

export async function updateInspection(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const patch = InspectionPatch.parse(raw);
  const before = await getInspection(ctx, communeId, id);
  const next = {
    title: patch.title ?? before.title,
    subject: patch.subject ?? before.subject,
    conductedBy: patch.conductedBy ?? before.conductedBy,
    startsOn: patch.startsOn ?? before.startsOn,
    endsOn: patch.endsOn === undefined ? before.endsOn : patch.endsOn,
    documentId: patch.documentId === undefined ? (before.document?.id ?? null) : patch.documentId,
    conclusion: patch.conclusion === undefined ? before.conclusion : patch.conclusion,
    kind: patch.kind ?? before.kind,
  };
  if (next.endsOn && next.endsOn < next.startsOn) {
    throw new AppError('validation', 'Ngày kết thúc phải sau ngày bắt đầu.', {
      endsOn: 'Trước ngày bắt đầu',
    });
  }
  if (next.documentId) await requireDocument(ctx, communeId, next.documentId, 'documentId');
  await ctx.tx.query(
    `update inspections set kind = $3, title = $4, subject = $5, conducted_by = $6, starts_on = $7, ends_on = $8,
       document_id = $9, conclusion = $10, search_text = $11, updated_at = now() where commune_id = $1 and id = $2`,
    [
      communeId,
      id,
      next.kind,
      next.title,
      next.subject,
      next.conductedBy,
      next.startsOn,
      next.endsOn,
      next.documentId,
      next.conclusion,
      searchKey(`${next.title} ${next.subject} ${next.conductedBy}`),
    ],
  );
  const after = await getInspection(ctx, communeId, id);
  await recordAudit(ctx, { communeId, entity: 'inspection', entityId: id, action: 'update', before, after });
  return after;
}

export async function addFinding(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const input = FindingInput.parse(raw);
  const inspection = await getInspection(ctx, communeId, id);
  checkFinding(input, inspection.startsOn, '');
  const findingId = await insertFinding(ctx, communeId, id, input);
  await recordAudit(ctx, {
    communeId,
    entity: 'inspection_finding',
    entityId: findingId,
    action: 'create',
    after: { inspectionId: id, ...input },
  });
  return getInspection(ctx, communeId, id);
}

/** Records the fix (date, note) or corrects a finding. */
export async function updateFinding(
  ctx: Ctx,
  communeId: string,
  id: string,
  findingId: string,
  raw: unknown,
) {
  requireStaffWrite(ctx, communeId);
  const patch = FindingPatch.parse(raw);
  const inspection = await getInspection(ctx, communeId, id);
  const before = inspection.findings.find((f) => f.id === findingId);
  if (!before) throw notFound('Tồn tại, hạn chế');
  const next = {
    description: patch.description ?? before.description,
    responsible: patch.responsible ?? before.responsible,
    dueOn: patch.dueOn === undefined ? before.dueOn : patch.dueOn,
    fixedOn: patch.fixedOn === undefined ? before.fixedOn : patch.fixedOn,
    fixNote: patch.fixNote === undefined ? before.fixNote : patch.fixNote,
  };
  checkFinding(next, inspection.startsOn, '');
  await ctx.tx.query(
    `update inspection_findings set description = $4, responsible = $5, due_on = $6, fixed_on = $7, fix_note = $8,
       updated_at = now() where commune_id = $1 and inspection_id = $2 and id = $3`,
    [communeId, id, findingId, next.description, next.responsible, next.dueOn, next.fixedOn, next.fixNote],
  );
  await recordAudit(ctx, {
    communeId,
    entity: 'inspection_finding',
    entityId: findingId,
    action: 'update',
    before,
    after: next,
  });
  return getInspection(ctx, communeId, id);
}
