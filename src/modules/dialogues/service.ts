import { vnDate } from '../../domain/calendar/local-date.ts';
import { recordAudit } from '../../platform/audit.ts';
import { saveAudited } from '../../platform/audited-save.ts';
import { type Ctx, requireStaffWrite } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { getCommune } from '../units/service.ts';
import {
  type Conference,
  ConferenceInput,
  type ConferenceInput as ConferenceInputType,
  type ConferenceQuery,
  type Opinion,
  OpinionInput,
  type OpinionInput as OpinionInputType,
  outcomeLabels,
} from './schema.ts';

const conferenceColumns = `c.id, c.held_date as "heldDate", c.village_id as "villageId", v.name as "villageName", c.place,
  c.chaired_by as "chairedBy", c.topic, c.participants, c.notes`;
const opinionColumns = `o.id, o.conference_id as "conferenceId", o.topic, o.content, o.raised_by as "raisedBy", o.outcome,
  o.answer, o.answered_date as "answeredDate", o.escalated_to as "escalatedTo"`;
type OpinionRow = Omit<Opinion, 'outcomeLabel'> & { conferenceId: string };

const presentOpinion = ({ conferenceId: _, ...o }: OpinionRow): Opinion => ({
  ...o,
  outcomeLabel: outcomeLabels[o.outcome],
});

async function withOpinions(
  ctx: Ctx,
  communeId: string,
  rows: Omit<Conference, 'opinions'>[],
): Promise<Conference[]> {
  if (rows.length === 0) return [];
  const opinions = await ctx.tx.query<OpinionRow>(
    `select ${opinionColumns} from dialogue_opinions o where o.commune_id = $1 and o.conference_id = any($2::uuid[])
     order by o.created_at, o.id`,
    [communeId, rows.map((r) => r.id)],
  );
  return rows.map((r) => ({
    ...r,
    opinions: opinions.filter((o) => o.conferenceId === r.id).map(presentOpinion),
  }));
}

export async function getConference(ctx: Ctx, communeId: string, id: string): Promise<Conference> {
  const rows = await ctx.tx.query<Omit<Conference, 'opinions'>>(
    `select ${conferenceColumns} from dialogue_conferences c
     left join villages v on v.commune_id = c.commune_id and v.id = c.village_id
     where c.commune_id = $1 and c.id = $2`,
    [communeId, id],
  );
  const [found] = await withOpinions(ctx, communeId, rows);
  if (!found) throw notFound('Hội nghị đối thoại');
  return found;
}

export async function listConferences(
  ctx: Ctx,
  communeId: string,
  f: ConferenceQuery,
): Promise<{ items: Conference[]; total: number }> {
  await getCommune(ctx, { id: communeId });
  const where = `c.commune_id = $1 and ($2::date is null or c.held_date >= $2) and ($3::date is null or c.held_date <= $3)`;
  const params = [communeId, f.from ?? null, f.to ?? null];
  const rows = await ctx.tx.query<Omit<Conference, 'opinions'>>(
    `select ${conferenceColumns} from dialogue_conferences c
     left join villages v on v.commune_id = c.commune_id and v.id = c.village_id
     where ${where} order by c.held_date desc, c.created_at desc limit $4 offset $5`,
    [...params, f.limit, f.offset],
  );
  const [count] = await ctx.tx.query<{ n: number }>(
    `select count(*)::int as n from dialogue_conferences c where ${where}`,
    params,
  );
  return { items: await withOpinions(ctx, communeId, rows), total: count?.n ?? 0 };
}

async function checkConference(
  ctx: Ctx,
  communeId: string,
  c: { heldDate: string; villageId?: string | null },
) {
  if (c.heldDate > vnDate(ctx.asOf)) {
    throw new AppError('validation', 'Chỉ ghi hội nghị đã diễn ra (ngày không sau hôm nay).', {
      heldDate: 'Sau hôm nay',
    });
  }
  if (c.villageId) {
    const [v] = await ctx.tx.query('select 1 from villages where commune_id = $1 and id = $2', [
      communeId,
      c.villageId,
    ]);
    if (!v)
      throw new AppError('validation', 'Thôn, tổ dân phố không thuộc xã.', { villageId: 'Không thuộc xã' });
  }
}

export async function saveConference(
  ctx: Ctx,
  communeId: string,
  raw: ConferenceInputType,
  id?: string,
): Promise<Conference> {
  requireStaffWrite(ctx, communeId);
  const c = ConferenceInput.parse(raw);
  await getCommune(ctx, { id: communeId });
  await checkConference(ctx, communeId, c);
  const values = [
    c.heldDate,
    c.villageId ?? null,
    c.place,
    c.chairedBy,
    c.topic,
    c.participants,
    c.notes ?? null,
  ];
  return saveAudited(
    ctx,
    { communeId, entity: 'dialogue_conference', id },
    {
      read: (conferenceId) => getConference(ctx, communeId, conferenceId),
      update: (conferenceId) =>
        ctx.tx.query(
          `update dialogue_conferences set held_date = $3, village_id = $4, place = $5, chaired_by = $6, topic = $7,
             participants = $8, notes = $9, updated_at = now() where commune_id = $1 and id = $2`,
          [communeId, conferenceId, ...values],
        ),
      insert: () =>
        ctx.tx.query<{ id: string }>(
          `insert into dialogue_conferences (commune_id, held_date, village_id, place, chaired_by, topic, participants, notes)
           values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
          [communeId, ...values],
        ),
    },
  );
}

export async function deleteConference(ctx: Ctx, communeId: string, id: string): Promise<void> {
  requireStaffWrite(ctx, communeId);
  const before = await getConference(ctx, communeId, id);
  await ctx.tx.query('delete from dialogue_conferences where commune_id = $1 and id = $2', [communeId, id]);
  await recordAudit(ctx, {
    communeId,
    entity: 'dialogue_conference',
    entityId: id,
    action: 'delete',
    before,
  });
}

function checkOpinionDate(o: { answeredDate?: string | null }, conference: Conference, today: string) {
  if (o.answeredDate && (o.answeredDate < conference.heldDate || o.answeredDate > today)) {
    throw new AppError('validation', 'Ngày trả lời phải từ ngày hội nghị đến hôm nay.', {
      answeredDate: 'Ngoài khoảng cho phép',
    });
  }
}

/** An opinion raised at the conference, with how it was answered (or that it is still pending). */
export async function saveOpinion(
  ctx: Ctx,
  communeId: string,
  conferenceId: string,
  raw: OpinionInputType,
  id?: string,
): Promise<Conference> {
  requireStaffWrite(ctx, communeId);
  const o = OpinionInput.parse(raw);
  const conference = await getConference(ctx, communeId, conferenceId);
  checkOpinionDate(o, conference, vnDate(ctx.asOf));
  // Answered on the spot means on the conference's day.
  const answeredDate = o.outcome === 'answeredOnSpot' ? conference.heldDate : (o.answeredDate ?? null);
  const values = [
    o.topic,
    o.content,
    o.raisedBy ?? null,
    o.outcome,
    o.answer ?? null,
    answeredDate,
    o.escalatedTo ?? null,
  ];
  let opinionId = id;
  let before: Opinion | undefined;
  if (id) {
    before = conference.opinions.find((x) => x.id === id);
    if (!before) throw notFound('Ý kiến');
    await ctx.tx.query(
      `update dialogue_opinions set topic = $4, content = $5, raised_by = $6, outcome = $7, answer = $8, answered_date = $9,
         escalated_to = $10 where commune_id = $1 and conference_id = $2 and id = $3`,
      [communeId, conferenceId, id, ...values],
    );
  } else {
    const [row] = await ctx.tx.query<{ id: string }>(
      `insert into dialogue_opinions (commune_id, conference_id, topic, content, raised_by, outcome, answer, answered_date, escalated_to)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
      [communeId, conferenceId, ...values],
    );
    opinionId = (row as { id: string }).id;
  }
  const after = await getConference(ctx, communeId, conferenceId);
  await recordAudit(ctx, {
    communeId,
    entity: 'dialogue_opinion',
    entityId: opinionId as string,
    action: id ? 'update' : 'create',
    before,
    after: after.opinions.find((x) => x.id === opinionId),
  });
  return after;
}
