import { searchKey } from '../../domain/vi/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { requireStaffWrite } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { checkFile } from '../documents/files.ts';
import { insertRecordFile, listRecordFiles, readRecordFile } from '../documents/record-files.ts';

import { getCommune } from '../units/service.ts';
import {
  CommendationInput,
  fieldLabels,
  type Initiative,
  InitiativeInput,
  type InitiativeInput as InitiativeInputType,
  InitiativePatch,
  levelLabels,
  organisationLabels,
  PhotoInput,
  RegistrationInput,
} from './schema.ts';

type Row = Omit<
  Initiative,
  'fieldLabel' | 'organisationLabel' | 'replicatedFrom' | 'registeredYears' | 'commendations' | 'photos'
> & {
  organisationName: string | null;
  replicatedFromId: string | null;
  replicatedFromText: string | null;
  replicatedFromName: string | null;
};

const columns = `i.id, i.name, i.field, i.organisation, i.organisation_name as "organisationName", i.village_id as "villageId",
  v.name as "villageName", i.started_on as "startedOn", i.ended_on as "endedOn", i.description, i.results, i.figures,
  i.replicated_from_id as "replicatedFromId", i.replicated_from_text as "replicatedFromText", r.name as "replicatedFromName"`;
const from = `initiatives i left join villages v on v.commune_id = i.commune_id and v.id = i.village_id
  left join initiatives r on r.commune_id = i.commune_id and r.id = i.replicated_from_id`;

async function present(ctx: Ctx, communeId: string, rows: Row[]): Promise<Initiative[]> {
  const ids = rows.map((r) => r.id);
  const photos = await listRecordFiles(ctx, communeId, 'initiative', ids);
  const regs = await ctx.tx.query<{ id: string; year: number }>(
    `select initiative_id as id, year from initiative_registrations where commune_id = $1 and initiative_id = any($2::uuid[])
     order by year`,
    [communeId, ids],
  );
  const commendations = await ctx.tx.query<Initiative['commendations'][number] & { initiativeId: string }>(
    `select id, initiative_id as "initiativeId", level, title, issuer, awarded_on as "awardedOn", reference
     from initiative_commendations where commune_id = $1 and initiative_id = any($2::uuid[]) order by awarded_on`,
    [communeId, ids],
  );
  return rows.map(({ organisationName, replicatedFromId, replicatedFromText, replicatedFromName, ...r }) => ({
    ...r,
    fieldLabel: fieldLabels[r.field],
    organisationLabel:
      r.organisation === 'other' && organisationName ? organisationName : organisationLabels[r.organisation],
    replicatedFrom: replicatedFromId
      ? { id: replicatedFromId, name: replicatedFromName ?? '' }
      : replicatedFromText
        ? { id: null, name: replicatedFromText }
        : null,
    registeredYears: regs.filter((g) => g.id === r.id).map((g) => g.year),
    commendations: commendations
      .filter((c) => c.initiativeId === r.id)
      .map(({ initiativeId: _, ...c }) => ({ ...c, levelLabel: levelLabels[c.level] })),
    photos: photos.get(r.id) ?? [],
  }));
}

export async function getInitiative(ctx: Ctx, communeId: string, id: string): Promise<Initiative> {
  const rows = await ctx.tx.query<Row>(
    `select ${columns} from ${from} where i.commune_id = $1 and i.id = $2`,
    [communeId, id],
  );
  if (rows.length === 0) throw notFound('Mô hình');
  return (await present(ctx, communeId, rows))[0] as Initiative;
}

export async function listInitiatives(
  ctx: Ctx,
  communeId: string,
  f: { q?: string; field?: string; year?: number },
): Promise<Initiative[]> {
  await getCommune(ctx, { id: communeId });
  const rows = await ctx.tx.query<Row>(
    `select ${columns} from ${from}
     where i.commune_id = $1 and ($2::text is null or i.search_text like '%' || $2 || '%') and ($3::text is null or i.field = $3)
       and ($4::int is null or exists (select 1 from initiative_registrations g
         where g.commune_id = i.commune_id and g.initiative_id = i.id and g.year = $4))
     order by i.started_on desc, i.name`,
    [communeId, f.q ? searchKey(f.q) : null, f.field ?? null, f.year ?? null],
  );
  return present(ctx, communeId, rows);
}

async function check(ctx: Ctx, communeId: string, i: InitiativeInputType, selfId?: string) {
  if (i.endedOn && i.endedOn < i.startedOn) {
    throw new AppError('validation', 'Ngày kết thúc phải sau ngày bắt đầu.', {
      endedOn: 'Trước ngày bắt đầu',
    });
  }
  if (i.organisation === 'other' && !i.organisationName) {
    throw new AppError('validation', 'Ghi tên tổ chức thực hiện.', {
      organisationName: 'Bắt buộc khi chọn "Tổ chức khác"',
    });
  }
  if (i.villageId) {
    const [v] = await ctx.tx.query('select 1 from villages where commune_id = $1 and id = $2', [
      communeId,
      i.villageId,
    ]);
    if (!v)
      throw new AppError('validation', 'Thôn, tổ dân phố không thuộc xã.', { villageId: 'Không tồn tại' });
  }
  if (i.replicatedFromId) {
    const [r] = await ctx.tx.query('select 1 from initiatives where commune_id = $1 and id = $2', [
      communeId,
      i.replicatedFromId,
    ]);
    if (!r || i.replicatedFromId === selfId) {
      throw new AppError('validation', 'Mô hình được nhân rộng không có trong danh sách của xã.', {
        replicatedFromId: 'Không tồn tại',
      });
    }
  }
}

const params = (i: ReturnType<typeof InitiativeInput.parse>) => [
  i.name,
  i.field,
  i.organisation,
  i.organisationName ?? null,
  i.villageId ?? null,
  i.startedOn,
  i.endedOn ?? null,
  i.description,
  i.results,
  JSON.stringify(i.figures),
  i.replicatedFromId ?? null,
  i.replicatedFromText ?? null,
  searchKey(`${i.name} ${i.description}`),
];

export async function createInitiative(ctx: Ctx, communeId: string, raw: InitiativeInputType) {
  requireStaffWrite(ctx, communeId);
  const input = InitiativeInput.parse(raw);
  await getCommune(ctx, { id: communeId });
  await check(ctx, communeId, input);
  const [row] = await ctx.tx.query<{ id: string }>(
    `insert into initiatives (commune_id, name, field, organisation, organisation_name, village_id, started_on, ended_on,
       description, results, figures, replicated_from_id, replicated_from_text, search_text)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) returning id`,
    [communeId, ...params(input)],
  );
  const created = await getInitiative(ctx, communeId, (row as { id: string }).id);
  await recordAudit(ctx, {
    communeId,
    entity: 'initiative',
    entityId: created.id,
    action: 'create',
    after: created,
  });
  return created;
}

export async function updateInitiative(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const patch = InitiativePatch.parse(raw);
  const before = await getInitiative(ctx, communeId, id);
  const [own] = await ctx.tx.query<{ organisationName: string | null; replicatedFromText: string | null }>(
    `select organisation_name as "organisationName", replicated_from_text as "replicatedFromText" from initiatives
     where commune_id = $1 and id = $2`,
    [communeId, id],
  );
  const merged = InitiativeInput.parse({
    name: before.name,
    field: before.field,
    organisation: before.organisation,
    organisationName: own?.organisationName,
    villageId: before.villageId,
    startedOn: before.startedOn,
    endedOn: before.endedOn,
    description: before.description,
    results: before.results,
    figures: before.figures,
    replicatedFromId: before.replicatedFrom?.id ?? null,
    replicatedFromText: own?.replicatedFromText,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  });
  await check(ctx, communeId, merged, id);
  await ctx.tx.query(
    `update initiatives set name = $3, field = $4, organisation = $5, organisation_name = $6, village_id = $7,
       started_on = $8, ended_on = $9, description = $10, results = $11, figures = $12, replicated_from_id = $13,
       replicated_from_text = $14, search_text = $15, updated_at = now() where commune_id = $1 and id = $2`,
    [communeId, id, ...params(merged)],
  );
  const after = await getInitiative(ctx, communeId, id);
  await recordAudit(ctx, { communeId, entity: 'initiative', entityId: id, action: 'update', before, after });
  return after;
}

/** "Đăng ký mô hình Dân vận khéo" for a year: once per initiative and year. */
export async function registerInitiative(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const input = RegistrationInput.parse(raw);
  const before = await getInitiative(ctx, communeId, id);
  if (before.registeredYears.includes(input.year)) {
    throw new AppError('conflict', `Mô hình đã được đăng ký năm ${input.year}.`);
  }
  await ctx.tx.query(
    'insert into initiative_registrations (commune_id, initiative_id, year, registered_on) values ($1, $2, $3, $4)',
    [communeId, id, input.year, input.registeredOn],
  );
  await recordAudit(ctx, {
    communeId,
    entity: 'initiative_registration',
    entityId: id,
    action: 'create',
    after: input,
  });
  return getInitiative(ctx, communeId, id);
}

export async function addCommendation(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const input = CommendationInput.parse(raw);
  await getInitiative(ctx, communeId, id);
  const [row] = await ctx.tx.query<{ id: string }>(
    `insert into initiative_commendations (commune_id, initiative_id, level, title, issuer, awarded_on, reference)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [communeId, id, input.level, input.title, input.issuer, input.awardedOn, input.reference ?? null],
  );
  await recordAudit(ctx, {
    communeId,
    entity: 'initiative_commendation',
    entityId: (row as { id: string }).id,
    action: 'create',
    after: { initiativeId: id, ...input },
  });
  return getInitiative(ctx, communeId, id);
}

export async function addInitiativePhoto(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const input = PhotoInput.parse(raw);
  await getInitiative(ctx, communeId, id);
  const file = checkFile(input, 'contentBase64', ['jpg', 'png']);
  const saved = await insertRecordFile(
    ctx,
    communeId,
    { kind: 'initiative', id },
    file,
    input.caption ?? null,
  );
  await recordAudit(ctx, {
    communeId,
    entity: 'initiative_photo',
    entityId: saved.id,
    action: 'create',
    after: { initiativeId: id, ...saved, sha256: file.sha256 },
  });
  return getInitiative(ctx, communeId, id);
}

export async function getInitiativePhoto(ctx: Ctx, communeId: string, id: string, photoId: string) {
  await getCommune(ctx, { id: communeId });
  return readRecordFile(ctx, communeId, 'initiative', id, photoId);
}
