import { searchKey } from '../../domain/vi/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { requireStaffWrite } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';

import { vnDateTime } from '../onestop/appointment.ts';
import { getCommune } from '../units/service.ts';
import {
  categoryLabels,
  degreeLabels,
  type Official,
  OfficialInput,
  type OfficialInput as OfficialInputType,
  OfficialPatch,
  type Rating,
  RatingInput,
  ratingLabels,
  TrainingInput,
} from './schema.ts';
import { staffTable } from './staff-table.ts';

type Row = Omit<Official, 'categoryLabel' | 'degreeLabel' | 'ratings' | 'trainings'>;
const columns = `id, full_name as "fullName", birth_year as "birthYear", gender, category, position, duties, degree, major,
  political_theory as "politicalTheory", state_management as "stateManagement", joined_on as "joinedOn", left_on as "leftOn"`;

async function present(ctx: Ctx, communeId: string, rows: Row[]): Promise<Official[]> {
  const ids = rows.map((r) => r.id);
  const ratings = await ctx.tx.query<{ id: string; year: number; rating: Rating }>(
    `select official_id as id, year, rating from official_ratings where commune_id = $1 and official_id = any($2::uuid[])
     order by year`,
    [communeId, ids],
  );
  const trainings = await ctx.tx.query<Official['trainings'][number] & { officialId: string }>(
    `select id, official_id as "officialId", title, provider, starts_on as "startsOn", ends_on as "endsOn", certificate
     from official_trainings where commune_id = $1 and official_id = any($2::uuid[]) order by starts_on`,
    [communeId, ids],
  );
  return rows.map((r) => ({
    ...r,
    categoryLabel: categoryLabels[r.category],
    degreeLabel: degreeLabels[r.degree],
    ratings: ratings
      .filter((x) => x.id === r.id)
      .map(({ year, rating }) => ({ year, rating, label: ratingLabels[rating] })),
    trainings: trainings.filter((t) => t.officialId === r.id).map(({ officialId: _, ...t }) => t),
  }));
}

export async function getOfficial(ctx: Ctx, communeId: string, id: string): Promise<Official> {
  const rows = await ctx.tx.query<Row>(`select ${columns} from officials where commune_id = $1 and id = $2`, [
    communeId,
    id,
  ]);
  if (rows.length === 0) throw notFound('Cán bộ, công chức');
  return (await present(ctx, communeId, rows))[0] as Official;
}

export async function listOfficials(
  ctx: Ctx,
  communeId: string,
  f: { q?: string; includeLeft?: boolean } = {},
) {
  await getCommune(ctx, { id: communeId });
  const rows = await ctx.tx.query<Row>(
    `select ${columns} from officials where commune_id = $1 and ($2::text is null or search_text like '%' || $2 || '%')
       and ($3 or left_on is null) order by category, position, full_name`,
    [communeId, f.q ? searchKey(f.q) : null, f.includeLeft ?? false],
  );
  return present(ctx, communeId, rows);
}

const params = (o: ReturnType<typeof OfficialInput.parse>) => [
  o.fullName,
  o.birthYear ?? null,
  o.gender ?? null,
  o.category,
  o.position,
  o.duties,
  o.degree,
  o.major ?? null,
  o.politicalTheory,
  o.stateManagement,
  o.joinedOn ?? null,
  o.leftOn ?? null,
  searchKey(`${o.fullName} ${o.position} ${o.duties}`),
];
const checkDates = (o: ReturnType<typeof OfficialInput.parse>) => {
  if (o.joinedOn && o.leftOn && o.leftOn < o.joinedOn) {
    throw new AppError('validation', 'Ngày thôi công tác phải sau ngày bắt đầu.', {
      leftOn: 'Trước ngày bắt đầu',
    });
  }
};

export async function createOfficial(ctx: Ctx, communeId: string, raw: OfficialInputType) {
  requireStaffWrite(ctx, communeId);
  const input = OfficialInput.parse(raw);
  checkDates(input);
  await getCommune(ctx, { id: communeId });
  const [row] = await ctx.tx.query<{ id: string }>(
    `insert into officials (commune_id, full_name, birth_year, gender, category, position, duties, degree, major,
       political_theory, state_management, joined_on, left_on, search_text)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) returning id`,
    [communeId, ...params(input)],
  );
  const created = await getOfficial(ctx, communeId, (row as { id: string }).id);
  await recordAudit(ctx, {
    communeId,
    entity: 'official',
    entityId: created.id,
    action: 'create',
    after: created,
  });
  return created;
}

export async function updateOfficial(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const patch = OfficialPatch.parse(raw);
  const before = await getOfficial(ctx, communeId, id);
  const { ratings: _r, trainings: _t, categoryLabel: _c, degreeLabel: _d, id: _id, ...base } = before;
  const merged = OfficialInput.parse({
    ...base,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  });
  checkDates(merged);
  await ctx.tx.query(
    `update officials set full_name = $3, birth_year = $4, gender = $5, category = $6, position = $7, duties = $8,
       degree = $9, major = $10, political_theory = $11, state_management = $12, joined_on = $13, left_on = $14,
       search_text = $15, updated_at = now() where commune_id = $1 and id = $2`,
    [communeId, id, ...params(merged)],
  );
  const after = await getOfficial(ctx, communeId, id);
  await recordAudit(ctx, { communeId, entity: 'official', entityId: id, action: 'update', before, after });
  return after;
}

/** The yearly rating (Nghị định 90/2020/NĐ-CP): one per official and year, replaced when corrected. */
export async function rateOfficial(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const input = RatingInput.parse(raw);
  const before = await getOfficial(ctx, communeId, id);
  await ctx.tx.query(
    `insert into official_ratings (commune_id, official_id, year, rating) values ($1, $2, $3, $4)
     on conflict (commune_id, official_id, year) do update set rating = excluded.rating`,
    [communeId, id, input.year, input.rating],
  );
  const previous = before.ratings.find((r) => r.year === input.year);
  await recordAudit(ctx, {
    communeId,
    entity: 'official_rating',
    entityId: id,
    action: previous ? 'update' : 'create',
    before: previous,
    after: input,
  });
  return getOfficial(ctx, communeId, id);
}

export async function addTraining(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const input = TrainingInput.parse(raw);
  await getOfficial(ctx, communeId, id);
  if (input.endsOn && input.endsOn < input.startsOn) {
    throw new AppError('validation', 'Ngày kết thúc phải sau ngày bắt đầu.', {
      endsOn: 'Trước ngày bắt đầu',
    });
  }
  const [row] = await ctx.tx.query<{ id: string }>(
    `insert into official_trainings (commune_id, official_id, title, provider, starts_on, ends_on, certificate)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [
      communeId,
      id,
      input.title,
      input.provider,
      input.startsOn,
      input.endsOn ?? null,
      input.certificate ?? null,
    ],
  );
  await recordAudit(ctx, {
    communeId,
    entity: 'official_training',
    entityId: (row as { id: string }).id,
    action: 'create',
    after: { officialId: id, ...input },
  });
  return getOfficial(ctx, communeId, id);
}

/**
 * The rating round a report on `date` shows: the latest year rated on or before the date's year
 * (ratings are given in December, so a mid-year report shows last year's), else the date's year.
 */
export async function ratingYear(ctx: Ctx, communeId: string, date: string): Promise<number> {
  const year = Number(date.slice(0, 4));
  const [row] = await ctx.tx.query<{ y: number | null }>(
    'select max(year) as y from official_ratings where commune_id = $1 and year <= $2',
    [communeId, year],
  );
  return row?.y ?? year;
}

/** The staff table on `date` (default today) with the ratings of `year` (default: see ratingYear). */
export async function getStaffTable(ctx: Ctx, communeId: string, q: { date?: string; year?: number }) {
  const date = q.date ?? vnDateTime(ctx.asOf).date;
  const roster = await listOfficials(ctx, communeId, { includeLeft: true });
  return staffTable(roster, date, q.year ?? (await ratingYear(ctx, communeId, date)));
}
