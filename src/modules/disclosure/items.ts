import { verificationLabel } from '../../domain/verification.ts';
import { searchKey } from '../../domain/vi/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type Ctx, requireRole, requireStaffWrite, requireWrite } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { checkFile } from '../documents/files.ts';
import { selectSettings, upsertSettings } from '../documents/queries.ts';
import { insertRecordFile, listRecordFiles, readRecordFile } from '../documents/record-files.ts';
import { requireDocument } from '../documents/service.ts';
import { vnDateTime } from '../onestop/appointment.ts';
import { getCommune } from '../units/service.ts';
import { defaultCategories, placeLabels, postingPlaces, postingRule, spanDays } from './rules.ts';
import {
  type Category,
  CategoryCode,
  CategoryInput,
  DisclosureInput,
  type DisclosureInput as DisclosureInputType,
  type DisclosureItem,
  DisclosurePatch,
  type DisclosureQuery,
  DisclosureSettings,
  PhotoInput,
} from './schema.ts';

// --- Categories: defaults in code, the commune's rows override them by code ---------------------

export async function listCategories(ctx: Ctx, communeId: string): Promise<Category[]> {
  await getCommune(ctx, { id: communeId });
  const rows = await ctx.tx.query<{
    code: string;
    name: string;
    required: boolean;
    active: boolean;
    position: number;
  }>('select code, name, required, active, position from disclosure_categories where commune_id = $1', [
    communeId,
  ]);
  const own = new Map(rows.map((r) => [r.code, r]));
  const list: Category[] = defaultCategories.map((d, i) => {
    const o = own.get(d.code);
    return {
      code: d.code,
      name: o?.name ?? d.name,
      required: o?.required ?? d.required,
      active: o?.active ?? true,
      position: o?.position ?? (i + 1) * 10,
      source: d.source,
      verification: verificationLabel[d.tag],
    };
  });
  for (const r of rows) {
    if (!defaultCategories.some((d) => d.code === r.code))
      list.push({ ...r, source: null, verification: null });
  }
  return list.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, 'vi'));
}

export async function saveCategory(
  ctx: Ctx,
  communeId: string,
  code: string,
  raw: unknown,
): Promise<Category> {
  requireWrite(ctx, communeId);
  requireRole(ctx, 'leader', 'admin');
  const key = CategoryCode.parse(code);
  const input = CategoryInput.parse(raw);
  const before = (await listCategories(ctx, communeId)).find((c) => c.code === key);
  await ctx.tx.query(
    `insert into disclosure_categories (commune_id, code, name, required, active, position) values ($1, $2, $3, $4, $5, $6)
     on conflict (commune_id, code) do update set name = excluded.name, required = excluded.required,
       active = excluded.active, position = excluded.position, updated_at = now()`,
    [communeId, key, input.name, input.required, input.active, input.position],
  );
  const after = (await listCategories(ctx, communeId)).find((c) => c.code === key) as Category;
  await recordAudit(ctx, {
    communeId,
    entity: 'disclosure_category',
    entityId: key,
    action: before ? 'update' : 'create',
    before,
    after,
  });
  return after;
}

// --- Settings ------------------------------------------------------------------------------------

export async function getDisclosureSettings(ctx: Ctx, communeId: string) {
  await getCommune(ctx, { id: communeId });
  return { minPostingDays: (await selectSettings(ctx.tx, communeId)).disclosureMinDays };
}

export async function setDisclosureSettings(ctx: Ctx, communeId: string, raw: unknown) {
  requireWrite(ctx, communeId);
  requireRole(ctx, 'leader', 'admin');
  const input = DisclosureSettings.parse(raw);
  await getCommune(ctx, { id: communeId });
  const before = await selectSettings(ctx.tx, communeId);
  await upsertSettings(ctx.tx, communeId, { ...before, disclosureMinDays: input.minPostingDays });
  await recordAudit(ctx, {
    communeId,
    entity: 'democracy_settings',
    entityId: communeId,
    action: 'update',
    before: { minPostingDays: before.disclosureMinDays },
    after: input,
  });
  return input;
}

// --- Items ---------------------------------------------------------------------------------------

interface ItemRow {
  id: string;
  categoryCode: string;
  title: string;
  documentId: string | null;
  places: DisclosureItem['places'];
  placeNote: string | null;
  postedFrom: string;
  postedTo: string;
  note: string | null;
}
const itemColumns = `i.id, i.category_code as "categoryCode", i.title, i.document_id as "documentId", i.places,
  i.place_note as "placeNote", i.posted_from as "postedFrom", i.posted_to as "postedTo", i.note`;

async function present(
  ctx: Ctx,
  communeId: string,
  rows: ItemRow[],
  withPhotos = true,
): Promise<DisclosureItem[]> {
  const categories = new Map((await listCategories(ctx, communeId)).map((c) => [c.code, c.name]));
  const photos = withPhotos
    ? await listRecordFiles(
        ctx,
        communeId,
        'disclosure',
        rows.map((r) => r.id),
      )
    : new Map();
  const docs = new Map<string, DisclosureItem['document']>();
  for (const r of rows) {
    if (r.documentId && !docs.has(r.documentId)) {
      const d = await requireDocument(ctx, communeId, r.documentId, 'documentId');
      docs.set(r.documentId, { id: d.id, reference: d.reference, citation: d.citation });
    }
  }
  return rows.map((r) => ({
    ...r,
    categoryName: categories.get(r.categoryCode) ?? r.categoryCode,
    document: r.documentId ? (docs.get(r.documentId) ?? null) : null,
    placeLabels: r.places.map((p) => placeLabels[p]),
    days: spanDays(r.postedFrom, r.postedTo),
    photos: photos.get(r.id) ?? [],
  }));
}

/** Checks an item against the category list, the document register and the minimum posting period. */
async function checkItem(ctx: Ctx, communeId: string, input: DisclosureInputType & { places: string[] }) {
  const categories = await listCategories(ctx, communeId);
  if (!categories.some((c) => c.code === input.categoryCode && c.active)) {
    throw new AppError('validation', 'Nhóm nội dung công khai không có trong danh mục của xã.', {
      categoryCode: 'Không có trong danh mục',
    });
  }
  if (input.documentId) await requireDocument(ctx, communeId, input.documentId, 'documentId');
  if (input.postedTo < input.postedFrom) {
    throw new AppError('validation', 'Ngày kết thúc niêm yết phải sau ngày bắt đầu.', {
      postedTo: 'Trước ngày bắt đầu',
    });
  }
  const min = (await selectSettings(ctx.tx, communeId)).disclosureMinDays;
  const days = spanDays(input.postedFrom, input.postedTo);
  if (input.places.some((p) => (postingPlaces as readonly string[]).includes(p)) && days < min) {
    throw new AppError(
      'validation',
      `${postingRule.name} là ${min} ngày (${postingRule.source}); thời gian đã nhập chỉ ${days} ngày.`,
      { postedTo: `Niêm yết tối thiểu ${min} ngày` },
    );
  }
}

export async function createDisclosure(ctx: Ctx, communeId: string, raw: DisclosureInputType) {
  requireStaffWrite(ctx, communeId);
  const input = DisclosureInput.parse(raw);
  await getCommune(ctx, { id: communeId });
  await checkItem(ctx, communeId, input);
  const [row] = await ctx.tx.query<{ id: string }>(
    `insert into disclosure_items (commune_id, category_code, title, document_id, places, place_note, posted_from,
       posted_to, note, search_text, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
    [
      communeId,
      input.categoryCode,
      input.title,
      input.documentId ?? null,
      [...new Set(input.places)],
      input.placeNote ?? null,
      input.postedFrom,
      input.postedTo,
      input.note ?? null,
      searchKey(input.title),
      ctx.actor?.id ?? null,
    ],
  );
  const item = await getDisclosure(ctx, communeId, (row as { id: string }).id);
  await recordAudit(ctx, {
    communeId,
    entity: 'disclosure',
    entityId: item.id,
    action: 'create',
    after: item,
  });
  return item;
}

export async function updateDisclosure(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const patch = DisclosurePatch.parse(raw);
  const before = await getDisclosure(ctx, communeId, id);
  const merged = {
    categoryCode: patch.categoryCode ?? before.categoryCode,
    title: patch.title ?? before.title,
    documentId: patch.documentId === undefined ? (before.document?.id ?? null) : patch.documentId,
    places: patch.places ?? before.places,
    placeNote: patch.placeNote === undefined ? before.placeNote : patch.placeNote,
    postedFrom: patch.postedFrom ?? before.postedFrom,
    postedTo: patch.postedTo ?? before.postedTo,
    note: patch.note === undefined ? before.note : patch.note,
  };
  await checkItem(ctx, communeId, merged);
  await ctx.tx.query(
    `update disclosure_items set category_code = $3, title = $4, document_id = $5, places = $6, place_note = $7,
       posted_from = $8, posted_to = $9, note = $10, search_text = $11, updated_at = now()
     where commune_id = $1 and id = $2`,
    [
      communeId,
      id,
      merged.categoryCode,
      merged.title,
      merged.documentId,
      [...new Set(merged.places)],
      merged.placeNote,
      merged.postedFrom,
      merged.postedTo,
      merged.note,
      searchKey(merged.title),
    ],
  );
  const after = await getDisclosure(ctx, communeId, id);
  await recordAudit(ctx, { communeId, entity: 'disclosure', entityId: id, action: 'update', before, after });
  return after;
}

export async function getDisclosure(ctx: Ctx, communeId: string, id: string): Promise<DisclosureItem> {
  const rows = await ctx.tx.query<ItemRow>(
    `select ${itemColumns} from disclosure_items i where i.commune_id = $1 and i.id = $2`,
    [communeId, id],
  );
  if (rows.length === 0) throw notFound('Nội dung công khai');
  return (await present(ctx, communeId, rows))[0] as DisclosureItem;
}

export async function listDisclosures(
  ctx: Ctx,
  communeId: string,
  f: DisclosureQuery,
  options: { publicOnly?: boolean } = {},
): Promise<{ items: DisclosureItem[]; total: number }> {
  await getCommune(ctx, { id: communeId });
  const today = vnDateTime(ctx.asOf).date;
  // The portal shows what has been made public, not what is scheduled for later.
  const where = `i.commune_id = $1 and ($2::text is null or i.search_text like '%' || $2 || '%')
    and ($3::text is null or i.category_code = $3)
    and ($4::int is null or (i.posted_from <= make_date($4, 12, 31) and i.posted_to >= make_date($4, 1, 1)))
    and ($5::date is null or i.posted_from <= $5)`;
  const params = [
    communeId,
    f.q ? searchKey(f.q) : null,
    f.categoryCode ?? null,
    f.year ?? null,
    options.publicOnly ? today : null,
  ];
  const rows = await ctx.tx.query<ItemRow>(
    `select ${itemColumns} from disclosure_items i where ${where} order by i.posted_from desc, i.title limit $6 offset $7`,
    [...params, f.limit, f.offset],
  );
  const [count] = await ctx.tx.query<{ n: number }>(
    `select count(*)::int as n from disclosure_items i where ${where}`,
    params,
  );
  return { items: await present(ctx, communeId, rows, !options.publicOnly), total: count?.n ?? 0 };
}

export async function addDisclosurePhoto(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const input = PhotoInput.parse(raw);
  await getDisclosure(ctx, communeId, id);
  const file = checkFile(input, 'contentBase64', ['jpg', 'png']);
  const saved = await insertRecordFile(
    ctx,
    communeId,
    { kind: 'disclosure', id },
    file,
    input.caption ?? null,
  );
  await recordAudit(ctx, {
    communeId,
    entity: 'disclosure_photo',
    entityId: saved.id,
    action: 'create',
    after: { itemId: id, ...saved, sha256: file.sha256 },
  });
  return getDisclosure(ctx, communeId, id);
}

export async function getDisclosurePhoto(ctx: Ctx, communeId: string, id: string, photoId: string) {
  await getCommune(ctx, { id: communeId });
  return readRecordFile(ctx, communeId, 'disclosure', id, photoId);
}

/**
 * The yearly checklist: for each active category, how many items were public during `year`, and
 * which required categories have none yet.
 */
export async function disclosureChecklist(ctx: Ctx, communeId: string, year: number) {
  const categories = (await listCategories(ctx, communeId)).filter((c) => c.active);
  const rows = await ctx.tx.query<{ code: string; n: number }>(
    `select category_code as code, count(*)::int as n from disclosure_items
     where commune_id = $1 and posted_from <= make_date($2, 12, 31) and posted_to >= make_date($2, 1, 1)
     group by category_code`,
    [communeId, year],
  );
  const counts = new Map(rows.map((r) => [r.code, r.n]));
  const list = categories.map((c) => ({
    code: c.code,
    name: c.name,
    required: c.required,
    items: counts.get(c.code) ?? 0,
  }));
  return {
    year,
    categories: list,
    missing: list.filter((c) => c.required && c.items === 0).map(({ code, name }) => ({ code, name })),
  };
}
