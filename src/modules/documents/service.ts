import { searchKey } from '../../domain/vi/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type Ctx, requireRole, requireStaffWrite, requireWrite } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { vnDateTime } from '../onestop/appointment.ts';
import { getCommune } from '../units/service.ts';
import { asBuffer, type CheckedFile, checkFile, type FileUpload } from './files.ts';
import { documentCitation, documentReference, sequenceKey } from './numbering.ts';
import * as q from './queries.ts';
import {
  AllocateInput,
  type AllocateInput as AllocateInputType,
  type Document,
  type DocumentDetail,
  DocumentLinkInput,
  type DocumentLinkInput as DocumentLinkInputType,
  type DocumentQuery,
  type DocumentType,
  DocumentUpdateInput,
  documentTypeLabels,
  NumberingSettings,
  RegisterInput,
  type RegisterInput as RegisterInputType,
} from './schema.ts';

export function presentDocument(row: q.DocumentRow): Document {
  return {
    id: row.id,
    type: row.type,
    typeLabel: documentTypeLabels[row.type as DocumentType] ?? row.type,
    issuer: row.issuer,
    field: row.field,
    year: row.year,
    number: row.number,
    reference: row.reference,
    date: row.date,
    summary: row.summary,
    signer: row.signer,
    file:
      row.fileName && row.fileMediaType
        ? { name: row.fileName, mediaType: row.fileMediaType, size: row.fileSize ?? 0 }
        : null,
    citation: documentCitation(row),
  };
}

const documentFileKinds = ['pdf', 'docx', 'jpg', 'png'] as const;

/**
 * Allocates the next number in the commune's register and records the document: the one entry
 * point for every module that issues a document (the report composer numbers a report `…/BC-UBND`
 * with it). Numbers run per issuing body and year of `date`, shared or per type as the commune
 * chose; concurrent calls never share a number (see queries.nextNumber).
 */
export async function allocateDocument(
  ctx: Ctx,
  communeId: string,
  raw: AllocateInputType,
  file?: CheckedFile,
): Promise<Document> {
  requireStaffWrite(ctx, communeId);
  const input = AllocateInput.parse(raw);
  await getCommune(ctx, { id: communeId });
  const settings = await q.selectSettings(ctx.tx, communeId);
  const year = Number(input.date.slice(0, 4));
  const thisYear = Number(vnDateTime(ctx.asOf).date.slice(0, 4));
  if (year > thisYear) {
    throw new AppError('validation', 'Không cấp số cho văn bản đề ngày của năm sau.', {
      date: `Năm ${year} chưa bắt đầu`,
    });
  }
  const field = input.type === '' ? (input.field ?? '') : '';
  const sequence = sequenceKey(settings.perTypeNumbering, input.type);
  const number = await q.nextNumber(ctx.tx, { communeId, issuer: input.issuer, year, sequence });
  const reference = documentReference({ number, type: input.type, issuer: input.issuer, field });
  const [row] = await ctx.tx.query<{ id: string }>(
    `insert into documents (commune_id, type_code, issuer, field_code, year, sequence, number, reference, issued_date,
       summary, signer, file_name, file_media_type, file_size, file_content, search_text, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) returning id`,
    [
      communeId,
      input.type,
      input.issuer,
      field,
      year,
      sequence,
      number,
      reference,
      input.date,
      input.summary,
      input.signer,
      file?.fileName ?? null,
      file?.mediaType ?? null,
      file?.sizeBytes ?? null,
      file?.content ?? null,
      searchKey(`${reference} ${input.summary} ${input.signer}`),
      ctx.actor?.id ?? null,
    ],
  );
  const doc = await getDocument(ctx, communeId, (row as { id: string }).id);
  const { links: _, ...after } = doc;
  await recordAudit(ctx, {
    communeId,
    entity: 'document',
    entityId: doc.id,
    action: 'create',
    after: file ? { ...after, file: { ...after.file, sha256: file.sha256 } } : after,
  });
  return after;
}

/** The register's API entry: allocation with an optional scan of the signed document. */
export async function registerDocument(ctx: Ctx, communeId: string, raw: RegisterInputType) {
  requireStaffWrite(ctx, communeId);
  const { file, ...input } = RegisterInput.parse(raw);
  const checked = file ? checkFile(file, 'file', documentFileKinds) : undefined;
  return getDocument(ctx, communeId, (await allocateDocument(ctx, communeId, input, checked)).id);
}

export async function getDocument(ctx: Ctx, communeId: string, id: string): Promise<DocumentDetail> {
  const row = await q.selectDocument(ctx.tx, communeId, id);
  if (!row) throw notFound('Văn bản');
  return { ...presentDocument(row), links: await q.selectLinks(ctx.tx, communeId, id) };
}

/** A document of the commune, or a 400 naming `field` (for the modules that link one). */
export async function requireDocument(ctx: Ctx, communeId: string, id: string, field: string) {
  const row = await q.selectDocument(ctx.tx, communeId, id);
  if (!row)
    throw new AppError('validation', 'Văn bản không có trong sổ văn bản của xã.', {
      [field]: 'Không tồn tại',
    });
  return presentDocument(row);
}

export async function listDocuments(
  ctx: Ctx,
  communeId: string,
  f: DocumentQuery,
): Promise<{ items: Document[]; total: number }> {
  await getCommune(ctx, { id: communeId });
  const where = `d.commune_id = $1 and ($2::text is null or d.search_text like '%' || $2 || '%')
    and ($3::text is null or d.type_code = $3) and ($4::int is null or d.year = $4)
    and ($5::date is null or d.issued_date >= $5) and ($6::date is null or d.issued_date <= $6)`;
  const params = [
    communeId,
    f.q ? searchKey(f.q) : null,
    f.type ?? null,
    f.year ?? null,
    f.from ?? null,
    f.to ?? null,
  ];
  const rows = await ctx.tx.query<q.DocumentRow>(
    `select ${q.documentColumns} from documents d where ${where}
     order by d.issued_date desc, d.year desc, d.number desc limit $7 offset $8`,
    [...params, f.limit, f.offset],
  );
  const [count] = await ctx.tx.query<{ n: number }>(
    `select count(*)::int as n from documents d where ${where}`,
    params,
  );
  return { items: rows.map(presentDocument), total: count?.n ?? 0 };
}

/** Corrects the summary or the signer; the number, type and date never change once allocated. */
export async function updateDocument(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const input = DocumentUpdateInput.parse(raw);
  const before = await getDocument(ctx, communeId, id);
  const summary = input.summary ?? before.summary;
  const signer = input.signer ?? before.signer;
  await ctx.tx.query(
    `update documents set summary = $3, signer = $4, search_text = $5, updated_at = now()
     where commune_id = $1 and id = $2`,
    [communeId, id, summary, signer, searchKey(`${before.reference} ${summary} ${signer}`)],
  );
  const after = await getDocument(ctx, communeId, id);
  await recordAudit(ctx, { communeId, entity: 'document', entityId: id, action: 'update', before, after });
  return after;
}

export async function attachDocumentFile(ctx: Ctx, communeId: string, id: string, upload: FileUpload) {
  requireStaffWrite(ctx, communeId);
  const before = await getDocument(ctx, communeId, id);
  const file = checkFile(upload, 'fileName', documentFileKinds);
  await ctx.tx.query(
    `update documents set file_name = $3, file_media_type = $4, file_size = $5, file_content = $6, updated_at = now()
     where commune_id = $1 and id = $2`,
    [communeId, id, file.fileName, file.mediaType, file.sizeBytes, file.content],
  );
  const after = await getDocument(ctx, communeId, id);
  await recordAudit(ctx, {
    communeId,
    entity: 'document',
    entityId: id,
    action: 'update',
    before: { file: before.file },
    after: { file: after.file, sha256: file.sha256 },
  });
  return after;
}

export async function getDocumentFile(ctx: Ctx, communeId: string, id: string) {
  await getCommune(ctx, { id: communeId });
  const row = await q.selectFile(ctx.tx, communeId, id);
  if (!row) throw notFound('Văn bản');
  if (!row.content || !row.name || !row.mediaType) throw notFound('Tệp văn bản');
  return { name: row.name, mediaType: row.mediaType, content: asBuffer(row.content) };
}

/** Another module's record rests on this document ("căn cứ Kế hoạch số …"). */
export async function linkDocument(ctx: Ctx, communeId: string, id: string, raw: DocumentLinkInputType) {
  requireStaffWrite(ctx, communeId);
  const link = DocumentLinkInput.parse(raw);
  await getDocument(ctx, communeId, id);
  await ctx.tx.query(
    `insert into document_links (commune_id, document_id, entity, entity_id, label) values ($1, $2, $3, $4, $5)
     on conflict (commune_id, document_id, entity, entity_id) do update set label = excluded.label`,
    [communeId, id, link.entity, link.entityId, link.label],
  );
  await recordAudit(ctx, { communeId, entity: 'document_link', entityId: id, action: 'create', after: link });
  return getDocument(ctx, communeId, id);
}

export async function getNumberingSettings(ctx: Ctx, communeId: string) {
  await getCommune(ctx, { id: communeId });
  const s = await q.selectSettings(ctx.tx, communeId);
  return { perTypeNumbering: s.perTypeNumbering };
}

/**
 * The head of the body chooses a shared sequence or one per type (art. 15). Switching in the
 * middle of a year would reuse numbers already given, so it is refused once the year has documents.
 */
export async function setNumberingSettings(ctx: Ctx, communeId: string, raw: unknown) {
  requireWrite(ctx, communeId);
  requireRole(ctx, 'leader', 'admin');
  const input = NumberingSettings.parse(raw);
  await getCommune(ctx, { id: communeId });
  const before = await q.selectSettings(ctx.tx, communeId);
  if (before.perTypeNumbering === input.perTypeNumbering) return input;
  const year = Number(vnDateTime(ctx.asOf).date.slice(0, 4));
  const [used] = await ctx.tx.query('select 1 from documents where commune_id = $1 and year >= $2 limit 1', [
    communeId,
    year,
  ]);
  if (used) {
    throw new AppError(
      'conflict',
      `Năm ${year} đã có văn bản được cấp số; chỉ đổi cách đánh số từ ngày 01 tháng 01 năm sau (Nghị định 30/2020/NĐ-CP, Điều 15).`,
    );
  }
  await q.upsertSettings(ctx.tx, communeId, { ...before, perTypeNumbering: input.perTypeNumbering });
  await recordAudit(ctx, {
    communeId,
    entity: 'democracy_settings',
    entityId: communeId,
    action: 'update',
    before: { perTypeNumbering: before.perTypeNumbering },
    after: input,
  });
  return input;
}
