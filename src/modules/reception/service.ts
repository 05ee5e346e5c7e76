import { vnDate } from '../../domain/calendar/local-date.ts';
import { formatDate } from '../../domain/vi/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { saveAudited } from '../../platform/audited-save.ts';
import { type Ctx, requireStaffWrite } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { receivePetition } from '../petitions/receive.ts';
import type { PetitionReceipt, VisitPetitionInput } from '../petitions/schema.ts';
import { getCommune } from '../units/service.ts';
import {
  receptionKindLabels,
  type ScheduleEntry,
  ScheduleInput,
  type ScheduleInput as ScheduleInputType,
  type Session,
  SessionInput,
  type SessionInput as SessionInputType,
  type SessionQuery,
  weekdayLabels,
} from './schema.ts';

const sessionColumns = `s.id, s.kind, s.session_date as "sessionDate", s.place, s.receiver_id as "receiverId",
  s.receiver_name as "receiverName", s.receiver_role as "receiverRole", s.citizens, s.crowd, s.topics, s.notes,
  (select count(*)::int from petitions p where p.commune_id = s.commune_id and p.reception_session_id = s.id) as petitions`;

async function selectSession(ctx: Ctx, communeId: string, id: string): Promise<Session | undefined> {
  const [row] = await ctx.tx.query<Session>(
    `select ${sessionColumns} from reception_sessions s where s.commune_id = $1 and s.id = $2`,
    [communeId, id],
  );
  return row;
}

export async function getSession(ctx: Ctx, communeId: string, id: string): Promise<Session> {
  const s = await selectSession(ctx, communeId, id);
  if (!s) throw notFound('Buổi tiếp công dân');
  return s;
}

export async function listSessions(
  ctx: Ctx,
  communeId: string,
  f: SessionQuery,
): Promise<{ items: Session[]; total: number }> {
  await getCommune(ctx, { id: communeId });
  const where = `s.commune_id = $1 and ($2::text is null or s.kind = $2) and ($3::date is null or s.session_date >= $3)
    and ($4::date is null or s.session_date <= $4)`;
  const params = [communeId, f.kind ?? null, f.from ?? null, f.to ?? null];
  const items = await ctx.tx.query<Session>(
    `select ${sessionColumns} from reception_sessions s where ${where}
     order by s.session_date desc, s.created_at desc limit $5 offset $6`,
    [...params, f.limit, f.offset],
  );
  const [count] = await ctx.tx.query<{ n: number }>(
    `select count(*)::int as n from reception_sessions s where ${where}`,
    params,
  );
  return { items, total: count?.n ?? 0 };
}

async function checkSession(ctx: Ctx, communeId: string, s: SessionInput & { receiverId?: string | null }) {
  if (s.sessionDate > vnDate(ctx.asOf)) {
    throw new AppError('validation', 'Chỉ ghi sổ buổi tiếp đã diễn ra (ngày không sau hôm nay).', {
      sessionDate: 'Sau hôm nay',
    });
  }
  if (s.receiverId) {
    const [user] = await ctx.tx.query('select 1 from users where id = $1 and commune_id = $2', [
      s.receiverId,
      communeId,
    ]);
    if (!user)
      throw new AppError('validation', 'Người tiếp phải là cán bộ của xã.', {
        receiverId: 'Không phải cán bộ của xã',
      });
  }
}

export async function addSession(ctx: Ctx, communeId: string, raw: SessionInputType): Promise<Session> {
  requireStaffWrite(ctx, communeId);
  const s = SessionInput.parse(raw);
  await getCommune(ctx, { id: communeId });
  await checkSession(ctx, communeId, s);
  const [row] = await ctx.tx.query<{ id: string }>(
    `insert into reception_sessions (commune_id, kind, session_date, place, receiver_id, receiver_name, receiver_role,
       citizens, crowd, topics, notes)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
    [
      communeId,
      s.kind,
      s.sessionDate,
      s.place,
      s.receiverId ?? null,
      s.receiverName,
      s.receiverRole,
      s.citizens,
      s.crowd,
      s.topics,
      s.notes ?? null,
    ],
  );
  const created = await getSession(ctx, communeId, (row as { id: string }).id);
  await recordAudit(ctx, {
    communeId,
    entity: 'reception_session',
    entityId: created.id,
    action: 'create',
    after: created,
  });
  return created;
}

export async function updateSession(
  ctx: Ctx,
  communeId: string,
  id: string,
  raw: SessionInputType,
): Promise<Session> {
  requireStaffWrite(ctx, communeId);
  const s = SessionInput.parse(raw);
  const before = await getSession(ctx, communeId, id);
  await checkSession(ctx, communeId, s);
  if (s.citizens < before.petitions) {
    throw new AppError('validation', `Buổi tiếp đã mở ${before.petitions} đơn: số lượt không thể ít hơn.`, {
      citizens: `Ít nhất ${before.petitions}`,
    });
  }
  await ctx.tx.query(
    `update reception_sessions set kind = $3, session_date = $4, place = $5, receiver_id = $6, receiver_name = $7,
       receiver_role = $8, citizens = $9, crowd = $10, topics = $11, notes = $12, updated_at = now()
     where commune_id = $1 and id = $2`,
    [
      communeId,
      id,
      s.kind,
      s.sessionDate,
      s.place,
      s.receiverId ?? null,
      s.receiverName,
      s.receiverRole,
      s.citizens,
      s.crowd,
      s.topics,
      s.notes ?? null,
    ],
  );
  const after = await getSession(ctx, communeId, id);
  await recordAudit(ctx, {
    communeId,
    entity: 'reception_session',
    entityId: id,
    action: 'update',
    before,
    after,
  });
  return after;
}

export async function deleteSession(ctx: Ctx, communeId: string, id: string): Promise<void> {
  requireStaffWrite(ctx, communeId);
  const before = await getSession(ctx, communeId, id);
  if (before.petitions > 0) {
    throw new AppError('conflict', `Không xóa được: buổi tiếp đã mở ${before.petitions} đơn.`);
  }
  await ctx.tx.query('delete from reception_sessions where commune_id = $1 and id = $2', [communeId, id]);
  await recordAudit(ctx, { communeId, entity: 'reception_session', entityId: id, action: 'delete', before });
}

/**
 * A visit at a session opens a petition in one step: the petition is received through reception,
 * on the session's date, linked to it; the session counts at least one visit per petition.
 */
export async function openPetitionFromVisit(
  ctx: Ctx,
  communeId: string,
  sessionId: string,
  input: VisitPetitionInput,
): Promise<PetitionReceipt> {
  requireStaffWrite(ctx, communeId);
  const session = await getSession(ctx, communeId, sessionId);
  const receipt = await receivePetition(ctx, communeId, {
    ...input,
    channel: 'reception',
    receptionSessionId: sessionId,
    receivedDate: session.sessionDate,
  });
  if (session.citizens < session.petitions + 1) {
    await ctx.tx.query(
      'update reception_sessions set citizens = $3, updated_at = now() where commune_id = $1 and id = $2',
      [communeId, sessionId, session.petitions + 1],
    );
  }
  return receipt;
}

// --- The reception schedule -------------------------------------------------------------------

const scheduleColumns = `id, kind, receiver_name as "receiverName", receiver_role as "receiverRole", weekday,
  on_date as "onDate", start_time as "startTime", end_time as "endTime", place, note, valid_from as "validFrom",
  valid_to as "validTo", published`;
type ScheduleRow = Omit<ScheduleEntry, 'kindLabel' | 'when'>;

const presentEntry = (r: ScheduleRow): ScheduleEntry => ({
  ...r,
  kindLabel: receptionKindLabels[r.kind],
  when: r.weekday ? `${weekdayLabels[r.weekday]} hằng tuần` : `Ngày ${formatDate(r.onDate as string)}`,
});

/** The schedule; `current` keeps what is in force today or later (what the portal shows). */
export async function listSchedule(
  ctx: Ctx,
  communeId: string,
  opts: { current?: boolean; publishedOnly?: boolean } = {},
): Promise<ScheduleEntry[]> {
  await getCommune(ctx, { id: communeId });
  const today = vnDate(ctx.asOf);
  const rows = await ctx.tx.query<ScheduleRow>(
    `select ${scheduleColumns} from reception_schedule
     where commune_id = $1 and (not $2 or published)
       and (not $3 or ((valid_to is null or valid_to >= $4) and (on_date is null or on_date >= $4)))
     order by on_date nulls first, weekday, start_time`,
    [communeId, opts.publishedOnly ?? false, opts.current ?? false, today],
  );
  return rows.map(presentEntry);
}

async function selectEntry(ctx: Ctx, communeId: string, id: string) {
  const [row] = await ctx.tx.query<ScheduleRow>(
    `select ${scheduleColumns} from reception_schedule where commune_id = $1 and id = $2`,
    [communeId, id],
  );
  if (!row) throw notFound('Lịch tiếp công dân');
  return presentEntry(row);
}

export async function saveScheduleEntry(
  ctx: Ctx,
  communeId: string,
  raw: ScheduleInputType,
  id?: string,
): Promise<ScheduleEntry> {
  requireStaffWrite(ctx, communeId);
  const s = ScheduleInput.parse(raw);
  await getCommune(ctx, { id: communeId });
  const values = [
    s.kind,
    s.receiverName,
    s.receiverRole,
    s.weekday ?? null,
    s.onDate ?? null,
    s.startTime,
    s.endTime,
    s.place,
    s.note ?? null,
    s.validFrom,
    s.validTo ?? null,
    s.published,
  ];
  return saveAudited(
    ctx,
    { communeId, entity: 'reception_schedule', id },
    {
      read: (entryId) => selectEntry(ctx, communeId, entryId),
      update: (entryId) =>
        ctx.tx.query(
          `update reception_schedule set kind = $3, receiver_name = $4, receiver_role = $5, weekday = $6, on_date = $7,
             start_time = $8, end_time = $9, place = $10, note = $11, valid_from = $12, valid_to = $13, published = $14,
             updated_at = now()
           where commune_id = $1 and id = $2`,
          [communeId, entryId, ...values],
        ),
      insert: () =>
        ctx.tx.query<{ id: string }>(
          `insert into reception_schedule (commune_id, kind, receiver_name, receiver_role, weekday, on_date, start_time,
             end_time, place, note, valid_from, valid_to, published)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning id`,
          [communeId, ...values],
        ),
    },
  );
}

export async function deleteScheduleEntry(ctx: Ctx, communeId: string, id: string): Promise<void> {
  requireStaffWrite(ctx, communeId);
  const before = await selectEntry(ctx, communeId, id);
  await ctx.tx.query('delete from reception_schedule where commune_id = $1 and id = $2', [communeId, id]);
  await recordAudit(ctx, { communeId, entity: 'reception_schedule', entityId: id, action: 'delete', before });
}
