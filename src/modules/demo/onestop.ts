import { addDays, type Calendar, isWorkingDay } from '../../domain/calendar/index.ts';
import type { DeadlineRule } from '../../domain/deadlines/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { appointmentDate, vnDateTime } from '../onestop/appointment.ts';
import { deadlineSetting } from '../onestop/deadline-setting.ts';
import { dossierSearchText } from '../onestop/dossiers.ts';
import { saveProcedure } from '../onestop/procedures.ts';
import type { Procedure } from '../onestop/schema.ts';
import { personName } from './names.ts';
import { demoProcedures } from './procedures.ts';
import type { Random } from './random.ts';
import { DEMO_HISTORY_DAYS } from './span.ts';

const keyAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

interface Row {
  code: string;
  procedure: Procedure;
  channel: 'direct' | 'online' | 'postal';
  receivedAt: Date;
  receivedDate: string;
  due: string;
  originalDue: string;
  status: string;
  returned: string | null;
  withdrawn: string | null;
  rejected: string | null;
  applicant: string;
  digitized: boolean;
  paidOnline: boolean;
  lookupKey: string;
  apologyReason: string | null;
  rating: number | null;
}

/**
 * Two years of desk history ending today: dossiers every working day, the online share
 * rising over time, most returned early, a few late with an apology, the recent ones still open.
 * Written in bulk (this is a loader, not the desk), with one audit row per commune.
 */
export async function loadDemoOnestop(
  ctx: Ctx,
  communeId: string,
  communeCode: string,
  perDay: number,
  random: Random,
) {
  const procedures: Procedure[] = [];
  for (const p of demoProcedures) {
    const { weight: _, ...input } = p;
    procedures.push(await saveProcedure(ctx, communeId, input));
  }
  const weights = demoProcedures.map((p, i) => [procedures[i] as Procedure, p.weight] as const);
  const { calendar, rule } = await deadlineSetting(ctx, 'dossier.due');
  const today = vnDateTime(ctx.asOf).date;
  const start = addDays(today, -DEMO_HISTORY_DAYS);
  const rows: Row[] = [];
  for (let day = start; day <= today; day = addDays(day, 1)) {
    if (!isWorkingDay(day, calendar)) continue;
    const age = (Date.parse(today) - Date.parse(day)) / 86_400_000;
    const count = random.int(Math.max(0, perDay - 3), perDay + 3);
    for (let i = 1; i <= count; i++)
      rows.push(makeRow(day, i, age, today, { communeCode, weights, calendar, rule, random }));
  }
  await insertRows(ctx, communeId, rows);
  await recordAudit(ctx, {
    communeId,
    entity: 'dossier_import',
    entityId: `demo-${today}`,
    action: 'create',
    after: { source: 'Dữ liệu minh họa', dossiers: rows.length, procedures: procedures.length },
  });
  return rows.length;
}

function makeRow(
  day: string,
  seq: number,
  age: number,
  today: string,
  o: {
    communeCode: string;
    weights: readonly (readonly [Procedure, number])[];
    calendar: Calendar;
    rule: DeadlineRule;
    random: Random;
  },
): Row {
  const { random } = o;
  const procedure = random.weighted(o.weights);
  const minutes = random.int(7 * 60 + 30, 16 * 60 + 30);
  const receivedAt = new Date(
    `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+07:00`,
  );
  const due = appointmentDate(o.rule, o.calendar, receivedAt, procedure.processingDays);
  // Online share grows from about 35% two years ago to about 65% now.
  const onlineShare = procedure.onlineLevel === 'none' ? 0 : 0.65 - (age / DEMO_HISTORY_DAYS) * 0.3;
  const channel = random.chance(onlineShare) ? 'online' : random.chance(0.03) ? 'postal' : 'direct';
  const row: Row = {
    code: `${o.communeCode}-${day.slice(2).replaceAll('-', '')}-${String(seq).padStart(4, '0')}`,
    procedure,
    channel,
    receivedAt,
    receivedDate: day,
    due,
    originalDue: due,
    status: 'processing',
    returned: null,
    withdrawn: null,
    rejected: null,
    applicant: personName(random),
    digitized: random.chance(0.9),
    paidOnline: (procedure.feeVnd ?? 0) > 0 && channel === 'online' && random.chance(0.7),
    lookupKey: Array.from({ length: 6 }, () => random.pick([...keyAlphabet])).join(''),
    apologyReason: null,
    rating: null,
  };
  const span = Math.max(0, (Date.parse(due) - Date.parse(day)) / 86_400_000);
  const outcome = random.weighted([
    ['early', 80],
    ['onTime', 12],
    ['late', 4],
    ['withdrawn', 2],
    ['rejected', 1],
  ] as const);
  let closed: string | null = null;
  if (outcome === 'early') closed = span >= 1 ? addDays(day, random.int(0, Math.max(0, span - 1))) : day;
  else if (outcome === 'onTime') closed = due;
  else if (outcome === 'late') closed = addDays(due, random.int(1, 5));
  else closed = addDays(day, random.int(0, 2));
  if (closed > today) {
    // Still open: pending within or past its deadline; some wait for the citizen's supplement.
    return random.chance(0.15) ? { ...row, status: 'supplement_requested' } : row;
  }
  if (outcome === 'withdrawn') return { ...row, status: 'withdrawn', withdrawn: closed };
  if (outcome === 'rejected') return { ...row, status: 'rejected', rejected: closed };
  const late = closed > due;
  return {
    ...row,
    status: 'returned',
    returned: closed,
    // A late dossier got the apology form with a new date (Mẫu 04), as the rules require.
    due: late ? closed : due,
    apologyReason: late
      ? random.pick([
          'Chờ kết quả xác minh của cơ quan liên quan',
          'Hồ sơ cần thẩm định thực địa',
          'Hệ thống liên thông gián đoạn',
        ])
      : null,
    rating: random.chance(0.3)
      ? random.weighted([
          [5, 60],
          [4, 30],
          [3, 7],
          [2, 2],
          [1, 1],
        ] as const)
      : null,
  };
}

async function insertRows(ctx: Ctx, communeId: string, rows: Row[]) {
  const batch = 400;
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = rows.slice(i, i + batch);
    const json = JSON.stringify(
      chunk.map((r) => ({
        code: r.code,
        procedure_id: r.procedure.id,
        procedure_code: r.procedure.code,
        procedure_name: r.procedure.name,
        sector: r.procedure.sector,
        channel: r.channel,
        status: r.status,
        received_at: r.receivedAt.toISOString(),
        received_date: r.receivedDate,
        due_date: r.due,
        original_due_date: r.originalDue,
        returned_date: r.returned,
        withdrawn_date: r.withdrawn,
        rejected_date: r.rejected,
        applicant_name: r.applicant,
        digitized: r.digitized,
        paid_online: r.paidOnline,
        lookup_key: r.lookupKey,
        search_text: dossierSearchText({
          code: r.code,
          applicantName: r.applicant,
          procedureName: r.procedure.name,
        }),
        apology_reason: r.apologyReason,
        rating: r.rating,
        closed: r.returned ?? r.withdrawn ?? r.rejected,
      })),
    );
    await ctx.tx.query(
      `with src as (select * from jsonb_to_recordset($2::jsonb) as x(code text, procedure_id uuid, procedure_code text,
         procedure_name text, sector text, channel text, status text, received_at timestamptz, received_date date,
         due_date date, original_due_date date, returned_date date, withdrawn_date date, rejected_date date,
         applicant_name text, digitized boolean, paid_online boolean, lookup_key text, search_text text,
         apology_reason text, rating int, closed date)),
       ins as (
         insert into dossiers (commune_id, code, procedure_id, procedure_code, procedure_name, sector, channel, status,
           received_at, received_date, due_date, original_due_date, returned_date, withdrawn_date, rejected_date,
           applicant_name, digitized, paid_online, source, lookup_key, search_text)
         select $1, code, procedure_id, procedure_code, procedure_name, sector, channel, status, received_at, received_date,
           due_date, original_due_date, returned_date, withdrawn_date, rejected_date, applicant_name, digitized, paid_online,
           'desk', lookup_key, search_text from src
         returning id, code),
       ev1 as (insert into dossier_events (commune_id, dossier_id, at, kind, note)
         select $1, ins.id, src.received_at, 'receive', null from ins join src using (code)),
       ev2 as (insert into dossier_events (commune_id, dossier_id, at, kind, note)
         select $1, ins.id, (src.closed + time '16:00') at time zone 'Asia/Ho_Chi_Minh',
           case src.status when 'returned' then 'return' when 'withdrawn' then 'withdraw' else 'reject' end, null
         from ins join src using (code) where src.closed is not null),
       ap as (insert into dossier_apologies (commune_id, dossier_id, issued_date, reason, previous_due_date, new_due_date)
         select $1, ins.id, src.original_due_date, src.apology_reason, src.original_due_date, src.due_date
         from ins join src using (code) where src.apology_reason is not null)
       insert into dossier_ratings (commune_id, dossier_id, rated_at, rated_date, overall)
         select $1, ins.id, (src.closed + time '17:00') at time zone 'Asia/Ho_Chi_Minh', src.closed, src.rating
         from ins join src using (code) where src.rating is not null`,
      [communeId, json],
    );
  }
}
