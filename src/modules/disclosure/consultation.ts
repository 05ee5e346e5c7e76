import { verificationLabel } from '../../domain/verification.ts';
import { searchKey } from '../../domain/vi/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type Ctx, requireRole, requireStaffWrite, requireWrite } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { requireDocument } from '../documents/service.ts';
import { vnDateTime } from '../onestop/appointment.ts';
import { getCommune } from '../units/service.ts';
import {
  actionLabels,
  allowedActions,
  type ConsultationAction,
  canAct,
  consultationStatus,
  decisionLabels,
  statusLabels,
} from './lifecycle.ts';
import { consultationRule, type DraftType, draftTypeLabels, draftTypes, spanDays } from './rules.ts';
import {
  CommentInput,
  type CommentInput as CommentInputType,
  type ConsultationStatus,
  type Decision,
  type Draft,
  type DraftDetail,
  DraftInput,
  type DraftInput as DraftInputType,
  DraftPatch,
  MeetingInput,
  OpinionInput,
  type PublicDraft,
  PublishInput,
  ResponseInput,
  RuleInput,
} from './schema.ts';

const today = (ctx: Ctx) => vnDateTime(ctx.asOf).date;

// --- Minimum periods per draft type ------------------------------------------------------------

export async function listConsultationRules(ctx: Ctx, communeId: string) {
  await getCommune(ctx, { id: communeId });
  const rows = await ctx.tx.query<{ draftType: DraftType; minDays: number }>(
    'select draft_type as "draftType", min_days as "minDays" from consultation_rules where commune_id = $1',
    [communeId],
  );
  const own = new Map(rows.map((r) => [r.draftType, r.minDays]));
  return draftTypes.map((t) => ({
    draftType: t,
    label: draftTypeLabels[t],
    minDays: own.get(t) ?? consultationRule.defaultDays,
    isDefault: !own.has(t),
    source: consultationRule.source,
    verification: verificationLabel[consultationRule.tag],
  }));
}

export async function saveConsultationRule(ctx: Ctx, communeId: string, draftType: DraftType, raw: unknown) {
  requireWrite(ctx, communeId);
  requireRole(ctx, 'leader', 'admin');
  const input = RuleInput.parse(raw);
  const before = (await listConsultationRules(ctx, communeId)).find((r) => r.draftType === draftType);
  await ctx.tx.query(
    `insert into consultation_rules (commune_id, draft_type, min_days) values ($1, $2, $3)
     on conflict (commune_id, draft_type) do update set min_days = excluded.min_days, updated_at = now()`,
    [communeId, draftType, input.minDays],
  );
  await recordAudit(ctx, {
    communeId,
    entity: 'consultation_rule',
    entityId: draftType,
    action: 'update',
    before: { minDays: before?.minDays },
    after: input,
  });
  return (await listConsultationRules(ctx, communeId)).find((r) => r.draftType === draftType);
}

/** Refuses a period shorter than the minimum for the type, naming the rule and its source. */
function checkPeriod(type: DraftType, opensOn: string, closesOn: string, minDays: number) {
  if (closesOn < opensOn) {
    throw new AppError('validation', 'Ngày kết thúc lấy ý kiến phải sau ngày bắt đầu.', {
      closesOn: 'Trước ngày bắt đầu',
    });
  }
  const days = spanDays(opensOn, closesOn);
  if (days < minDays) {
    throw new AppError(
      'validation',
      `${consultationRule.name} đối với "${draftTypeLabels[type]}" là ${minDays} ngày liên tục (${consultationRule.source}); thời gian đã nhập chỉ ${days} ngày.`,
      { closesOn: `Tối thiểu ${minDays} ngày liên tục` },
    );
  }
}

// --- Drafts --------------------------------------------------------------------------------------

interface DraftRow {
  id: string;
  draftType: DraftType;
  title: string;
  documentId: string | null;
  summary: string;
  questions: string[];
  opensOn: string;
  closesOn: string;
  minDays: number;
  accountSummary: string | null;
  accountPublishedDate: string | null;
  opinions: number;
}
const draftColumns = `d.id, d.draft_type as "draftType", d.title, d.document_id as "documentId", d.summary, d.questions,
  d.opens_on as "opensOn", d.closes_on as "closesOn", d.min_days as "minDays", d.account_summary as "accountSummary",
  d.account_published_date as "accountPublishedDate",
  (select count(*)::int from consultation_opinions o where o.commune_id = d.commune_id and o.draft_id = d.id) as opinions`;

async function presentDraft(ctx: Ctx, communeId: string, r: DraftRow): Promise<Draft> {
  const status = consultationStatus(r, today(ctx));
  const doc = r.documentId ? await requireDocument(ctx, communeId, r.documentId, 'documentId') : null;
  return {
    id: r.id,
    draftType: r.draftType,
    draftTypeLabel: draftTypeLabels[r.draftType],
    title: r.title,
    document: doc ? { id: doc.id, reference: doc.reference, citation: doc.citation } : null,
    summary: r.summary,
    questions: r.questions,
    opensOn: r.opensOn,
    closesOn: r.closesOn,
    days: spanDays(r.opensOn, r.closesOn),
    minDays: r.minDays,
    status,
    statusLabel: statusLabels[status],
    opinions: r.opinions,
    accountPublishedDate: r.accountPublishedDate,
    actions: [...allowedActions[status]],
  };
}

async function selectDraft(ctx: Ctx, communeId: string, id: string, forUpdate = false) {
  const [row] = await ctx.tx.query<DraftRow>(
    `select ${draftColumns} from consultation_drafts d where d.commune_id = $1 and d.id = $2 ${forUpdate ? 'for update' : ''}`,
    [communeId, id],
  );
  if (!row) throw notFound('Dự thảo');
  return row;
}

function refuse(status: ConsultationStatus, action: ConsultationAction): never {
  throw new AppError(
    'conflict',
    `Không thể "${actionLabels[action]}" khi dự thảo ở trạng thái "${statusLabels[status]}".`,
  );
}

async function draftFor(ctx: Ctx, communeId: string, id: string, action: ConsultationAction) {
  const row = await selectDraft(ctx, communeId, id, true);
  const status = consultationStatus(row, today(ctx));
  if (!canAct(status, action)) refuse(status, action);
  return row;
}

export async function createDraft(ctx: Ctx, communeId: string, raw: DraftInputType): Promise<DraftDetail> {
  requireStaffWrite(ctx, communeId);
  const input = DraftInput.parse(raw);
  await getCommune(ctx, { id: communeId });
  const rule = (await listConsultationRules(ctx, communeId)).find((r) => r.draftType === input.draftType);
  const minDays = rule?.minDays ?? consultationRule.defaultDays;
  checkPeriod(input.draftType, input.opensOn, input.closesOn, minDays);
  if (input.documentId) await requireDocument(ctx, communeId, input.documentId, 'documentId');
  const [row] = await ctx.tx.query<{ id: string }>(
    `insert into consultation_drafts (commune_id, draft_type, title, document_id, summary, questions, opens_on, closes_on,
       min_days, search_text, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
    [
      communeId,
      input.draftType,
      input.title,
      input.documentId ?? null,
      input.summary,
      input.questions,
      input.opensOn,
      input.closesOn,
      minDays,
      searchKey(`${input.title} ${input.summary}`),
      ctx.actor?.id ?? null,
    ],
  );
  const id = (row as { id: string }).id;
  for (const [i, p] of input.passages.entries()) {
    await ctx.tx.query(
      'insert into consultation_passages (commune_id, draft_id, position, label, body) values ($1, $2, $3, $4, $5)',
      [communeId, id, i + 1, p.label, p.body],
    );
  }
  const detail = await getDraft(ctx, communeId, id);
  await recordAudit(ctx, {
    communeId,
    entity: 'consultation',
    entityId: id,
    action: 'create',
    after: detail,
  });
  return detail;
}

export async function updateDraft(
  ctx: Ctx,
  communeId: string,
  id: string,
  raw: unknown,
): Promise<DraftDetail> {
  requireStaffWrite(ctx, communeId);
  const patch = DraftPatch.parse(raw);
  const row = await draftFor(ctx, communeId, id, 'edit');
  const before = await getDraft(ctx, communeId, id);
  const next = {
    title: patch.title ?? row.title,
    documentId: patch.documentId === undefined ? row.documentId : patch.documentId,
    summary: patch.summary ?? row.summary,
    questions: patch.questions ?? row.questions,
    // Once open, the start stays: people have already been told when the period began.
    opensOn: before.status === 'open' ? row.opensOn : (patch.opensOn ?? row.opensOn),
    closesOn: patch.closesOn ?? row.closesOn,
  };
  if (before.status === 'open' && next.closesOn < today(ctx)) {
    throw new AppError('validation', 'Không rút ngắn thời gian lấy ý kiến đang diễn ra về trước hôm nay.', {
      closesOn: 'Trước hôm nay',
    });
  }
  checkPeriod(row.draftType, next.opensOn, next.closesOn, row.minDays);
  if (next.documentId) await requireDocument(ctx, communeId, next.documentId, 'documentId');
  await ctx.tx.query(
    `update consultation_drafts set title = $3, document_id = $4, summary = $5, questions = $6, opens_on = $7,
       closes_on = $8, search_text = $9, updated_at = now() where commune_id = $1 and id = $2`,
    [
      communeId,
      id,
      next.title,
      next.documentId,
      next.summary,
      next.questions,
      next.opensOn,
      next.closesOn,
      searchKey(`${next.title} ${next.summary}`),
    ],
  );
  const after = await getDraft(ctx, communeId, id);
  await recordAudit(ctx, {
    communeId,
    entity: 'consultation',
    entityId: id,
    action: 'update',
    before,
    after,
  });
  return after;
}

export async function getDraft(ctx: Ctx, communeId: string, id: string): Promise<DraftDetail> {
  const row = await selectDraft(ctx, communeId, id);
  const passages = await ctx.tx.query<{ id: string; position: number; label: string; body: string }>(
    `select id, position, label, body from consultation_passages where commune_id = $1 and draft_id = $2 order by position`,
    [communeId, id],
  );
  const meetings = await ctx.tx.query<DraftDetail['meetings'][number]>(
    `select id, village_id as "villageId", place, meeting_date as "meetingDate", attendees, agree, disagree, abstain, note
     from consultation_meetings where commune_id = $1 and draft_id = $2 order by meeting_date, place`,
    [communeId, id],
  );
  const opinionList = await ctx.tx.query<DraftDetail['opinionList'][number]>(
    `select o.id, o.source, o.passage_id as "passageId", p.label as "passageLabel", o.meeting_id as "meetingId",
       o.author_name as "authorName", o.content, o.supporters, o.response_id as "responseId", o.received_date as "receivedDate"
     from consultation_opinions o left join consultation_passages p on p.commune_id = o.commune_id and p.id = o.passage_id
     where o.commune_id = $1 and o.draft_id = $2 order by o.received_date, o.created_at, o.id`,
    [communeId, id],
  );
  const responseRows = await ctx.tx.query<{
    id: string;
    position: number;
    title: string;
    decision: Decision;
    reason: string;
  }>(
    `select id, position, title, decision, reason from consultation_responses
     where commune_id = $1 and draft_id = $2 order by position`,
    [communeId, id],
  );
  return {
    ...(await presentDraft(ctx, communeId, row)),
    passages,
    meetings,
    opinionList,
    responses: responseRows.map((r) => ({
      ...r,
      decisionLabel: decisionLabels[r.decision],
      opinionIds: opinionList.filter((o) => o.responseId === r.id).map((o) => o.id),
    })),
    accountSummary: row.accountSummary,
  };
}

export async function listDrafts(
  ctx: Ctx,
  communeId: string,
  f: { q?: string; year?: number; status?: ConsultationStatus } = {},
  options: { publicOnly?: boolean } = {},
): Promise<Draft[]> {
  await getCommune(ctx, { id: communeId });
  const rows = await ctx.tx.query<DraftRow>(
    `select ${draftColumns} from consultation_drafts d
     where d.commune_id = $1 and ($2::text is null or d.search_text like '%' || $2 || '%')
       and ($3::int is null or extract(year from d.opens_on) = $3) and ($4::date is null or d.opens_on <= $4)
     order by d.opens_on desc, d.title`,
    [communeId, f.q ? searchKey(f.q) : null, f.year ?? null, options.publicOnly ? today(ctx) : null],
  );
  // One transaction runs one query at a time: present the drafts in turn.
  const drafts: Draft[] = [];
  for (const r of rows) drafts.push(await presentDraft(ctx, communeId, r));
  return f.status ? drafts.filter((d) => d.status === f.status) : drafts;
}

// --- Opinions --------------------------------------------------------------------------------------

async function checkPassage(
  ctx: Ctx,
  communeId: string,
  draftId: string,
  passageId: string | null | undefined,
  field: string,
) {
  if (!passageId) return;
  const [p] = await ctx.tx.query(
    'select 1 from consultation_passages where commune_id = $1 and draft_id = $2 and id = $3',
    [communeId, draftId, passageId],
  );
  if (!p)
    throw new AppError('validation', 'Đoạn được góp ý không thuộc dự thảo này.', {
      [field]: 'Không thuộc dự thảo',
    });
}

const withinPeriod = (d: DraftRow, date: string, field: string) => {
  if (date < d.opensOn || date > d.closesOn) {
    throw new AppError(
      'validation',
      `Ngày ${date} nằm ngoài thời gian lấy ý kiến (${d.opensOn} – ${d.closesOn}).`,
      { [field]: 'Ngoài thời gian lấy ý kiến' },
    );
  }
};

async function insertOpinion(
  ctx: Ctx,
  communeId: string,
  draftId: string,
  o: {
    source: 'portal' | 'meeting' | 'written';
    passageId?: string | null;
    meetingId?: string | null;
    authorName?: string | null;
    authorContact?: string | null;
    content: string;
    supporters: number;
    receivedDate: string;
  },
) {
  const [row] = await ctx.tx.query<{ id: string }>(
    `insert into consultation_opinions (commune_id, draft_id, source, passage_id, meeting_id, author_name, author_contact,
       content, supporters, received_date) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [
      communeId,
      draftId,
      o.source,
      o.passageId ?? null,
      o.meetingId ?? null,
      o.authorName ?? null,
      o.authorContact ?? null,
      o.content,
      o.supporters,
      o.receivedDate,
    ],
  );
  return (row as { id: string }).id;
}

/** A written opinion, or one raised at a meeting already recorded. */
export async function recordOpinion(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const input = OpinionInput.parse(raw);
  const draft = await draftFor(ctx, communeId, id, 'recordOpinion');
  await checkPassage(ctx, communeId, id, input.passageId, 'passageId');
  let received = input.receivedDate ?? today(ctx);
  if (input.source === 'meeting') {
    const [m] = await ctx.tx.query<{ date: string }>(
      'select meeting_date as date from consultation_meetings where commune_id = $1 and draft_id = $2 and id = $3',
      [communeId, id, input.meetingId ?? null],
    );
    if (!m)
      throw new AppError('validation', 'Chọn cuộc họp đã ghi nhận của dự thảo này.', {
        meetingId: 'Không có cuộc họp',
      });
    received = m.date;
  }
  withinPeriod(draft, received, 'receivedDate');
  const opinionId = await insertOpinion(ctx, communeId, id, { ...input, receivedDate: received });
  await recordAudit(ctx, {
    communeId,
    entity: 'consultation_opinion',
    entityId: opinionId,
    action: 'create',
    after: { draftId: id, ...input, receivedDate: received },
  });
  return getDraft(ctx, communeId, id);
}

/** A village meeting on the draft: attendance, the show of hands, and the opinions raised. */
export async function recordMeeting(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const input = MeetingInput.parse(raw);
  const draft = await draftFor(ctx, communeId, id, 'recordMeeting');
  withinPeriod(draft, input.meetingDate, 'meetingDate');
  if (input.meetingDate > today(ctx)) {
    throw new AppError('validation', 'Cuộc họp chưa diễn ra.', { meetingDate: 'Sau hôm nay' });
  }
  if (input.agree + input.disagree + input.abstain > input.attendees) {
    throw new AppError('validation', 'Số biểu quyết vượt quá số người dự họp.', {
      attendees: 'Nhỏ hơn tổng biểu quyết',
    });
  }
  if (input.villageId) {
    const [v] = await ctx.tx.query('select 1 from villages where commune_id = $1 and id = $2', [
      communeId,
      input.villageId,
    ]);
    if (!v)
      throw new AppError('validation', 'Thôn, tổ dân phố không thuộc xã.', { villageId: 'Không tồn tại' });
  }
  for (const [i, o] of input.opinions.entries())
    await checkPassage(ctx, communeId, id, o.passageId, `opinions.${i}.passageId`);
  const [row] = await ctx.tx.query<{ id: string }>(
    `insert into consultation_meetings (commune_id, draft_id, village_id, place, meeting_date, attendees, agree, disagree,
       abstain, note) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [
      communeId,
      id,
      input.villageId ?? null,
      input.place,
      input.meetingDate,
      input.attendees,
      input.agree,
      input.disagree,
      input.abstain,
      input.note ?? null,
    ],
  );
  const meetingId = (row as { id: string }).id;
  for (const o of input.opinions) {
    await insertOpinion(ctx, communeId, id, {
      source: 'meeting',
      meetingId,
      passageId: o.passageId,
      content: o.content,
      supporters: o.supporters,
      receivedDate: input.meetingDate,
    });
  }
  await recordAudit(ctx, {
    communeId,
    entity: 'consultation_meeting',
    entityId: meetingId,
    action: 'create',
    after: { draftId: id, ...input },
  });
  return getDraft(ctx, communeId, id);
}

// --- The committee's account -------------------------------------------------------------------

async function assignOpinions(
  ctx: Ctx,
  communeId: string,
  draftId: string,
  responseId: string,
  ids: string[],
) {
  const found = await ctx.tx.query<{ id: string }>(
    'select id from consultation_opinions where commune_id = $1 and draft_id = $2 and id = any($3::uuid[])',
    [communeId, draftId, ids],
  );
  if (found.length !== new Set(ids).size) {
    throw new AppError('validation', 'Có ý kiến không thuộc dự thảo này.', {
      opinionIds: 'Ý kiến không thuộc dự thảo',
    });
  }
  await ctx.tx.query(
    'update consultation_opinions set response_id = null where commune_id = $1 and draft_id = $2 and response_id = $3',
    [communeId, draftId, responseId],
  );
  await ctx.tx.query(
    'update consultation_opinions set response_id = $3 where commune_id = $1 and draft_id = $2 and id = any($4::uuid[])',
    [communeId, draftId, responseId, ids],
  );
}

/** Accepted / partly / not accepted, with the reason, for one opinion or a group of them. */
export async function addResponse(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const input = ResponseInput.parse(raw);
  await draftFor(ctx, communeId, id, 'respond');
  const [row] = await ctx.tx.query<{ id: string }>(
    `insert into consultation_responses (commune_id, draft_id, position, title, decision, reason)
     values ($1, $2, (select coalesce(max(position), 0) + 1 from consultation_responses where commune_id = $1 and draft_id = $2),
       $3, $4, $5) returning id`,
    [communeId, id, input.title, input.decision, input.reason],
  );
  const responseId = (row as { id: string }).id;
  await assignOpinions(ctx, communeId, id, responseId, input.opinionIds);
  await recordAudit(ctx, {
    communeId,
    entity: 'consultation_response',
    entityId: responseId,
    action: 'create',
    after: { draftId: id, ...input },
  });
  return getDraft(ctx, communeId, id);
}

export async function updateResponse(
  ctx: Ctx,
  communeId: string,
  id: string,
  responseId: string,
  raw: unknown,
) {
  requireStaffWrite(ctx, communeId);
  const input = ResponseInput.parse(raw);
  await draftFor(ctx, communeId, id, 'respond');
  const before = (await getDraft(ctx, communeId, id)).responses.find((r) => r.id === responseId);
  if (!before) throw notFound('Nội dung tiếp thu, giải trình');
  await ctx.tx.query(
    `update consultation_responses set title = $4, decision = $5, reason = $6, updated_at = now()
     where commune_id = $1 and draft_id = $2 and id = $3`,
    [communeId, id, responseId, input.title, input.decision, input.reason],
  );
  await assignOpinions(ctx, communeId, id, responseId, input.opinionIds);
  await recordAudit(ctx, {
    communeId,
    entity: 'consultation_response',
    entityId: responseId,
    action: 'update',
    before,
    after: input,
  });
  return getDraft(ctx, communeId, id);
}

/** Publishes the account on the portal; every opinion must have been answered first. */
export async function publishAccount(ctx: Ctx, communeId: string, id: string, raw: unknown) {
  requireStaffWrite(ctx, communeId);
  const input = PublishInput.parse(raw);
  await draftFor(ctx, communeId, id, 'publishAccount');
  const before = await getDraft(ctx, communeId, id);
  const unanswered = before.opinionList.filter((o) => !o.responseId).length;
  if (unanswered > 0) {
    throw new AppError(
      'conflict',
      `Còn ${unanswered} ý kiến chưa được tiếp thu hoặc giải trình; mỗi ý kiến phải có câu trả lời trước khi công bố.`,
    );
  }
  await ctx.tx.query(
    `update consultation_drafts set account_summary = $3, account_published_at = $4, account_published_date = $5,
       updated_at = now() where commune_id = $1 and id = $2`,
    [communeId, id, input.summary, ctx.asOf, today(ctx)],
  );
  const after = await getDraft(ctx, communeId, id);
  await recordAudit(ctx, {
    communeId,
    entity: 'consultation',
    entityId: id,
    action: 'update',
    before: { status: before.status },
    after: { status: after.status, accountSummary: input.summary },
  });
  return after;
}

// --- The citizen portal ------------------------------------------------------------------------

export async function getPublicDraft(ctx: Ctx, communeId: string, id: string): Promise<PublicDraft> {
  const d = await getDraft(ctx, communeId, id);
  if (d.status === 'scheduled') throw notFound('Dự thảo');
  const { actions: _, meetings: _m, opinionList, responses, accountSummary, ...rest } = d;
  return {
    ...rest,
    canComment: d.status === 'open',
    account:
      d.status === 'published'
        ? {
            summary: accountSummary ?? '',
            publishedDate: d.accountPublishedDate ?? '',
            responses: responses.map(({ opinionIds, ...r }) => ({
              ...r,
              opinions: opinionList
                .filter((o) => opinionIds.includes(o.id))
                .map((o) => ({ source: o.source, passageLabel: o.passageLabel, content: o.content })),
            })),
          }
        : null,
  };
}

/** A citizen's comment on the whole draft or on one passage: no account, while the draft is open. */
export async function submitComment(ctx: Ctx, communeId: string, id: string, raw: CommentInputType) {
  const input = CommentInput.parse(raw);
  const row = await selectDraft(ctx, communeId, id, true);
  const status = consultationStatus(row, today(ctx));
  if (status === 'scheduled') throw notFound('Dự thảo');
  if (!canAct(status, 'comment')) refuse(status, 'comment');
  await checkPassage(ctx, communeId, id, input.passageId, 'passageId');
  const opinionId = await insertOpinion(ctx, communeId, id, {
    source: 'portal',
    passageId: input.passageId,
    authorName: input.authorName,
    authorContact: input.contact,
    content: input.content,
    supporters: 1,
    receivedDate: today(ctx),
  });
  // The audit keeps the comment, not the citizen's contact details.
  await recordAudit(ctx, {
    communeId,
    entity: 'consultation_opinion',
    entityId: opinionId,
    action: 'create',
    after: { draftId: id, source: 'portal', passageId: input.passageId ?? null, content: input.content },
  });
  return { id: opinionId, received: true };
}
