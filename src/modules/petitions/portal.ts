import { timingSafeEqual } from 'node:crypto';
import { addDays } from '../../domain/calendar/index.ts';
import { vnDate } from '../../domain/calendar/local-date.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { listDeadlineRules, loadCalendar } from '../calendar/service.ts';
import { getCommune } from '../units/service.ts';
import { settlementRuleKey, stageDeadline } from './deadlines.ts';
import { checkUploads } from './files.ts';
import * as q from './queries.ts';
import { present } from './read.ts';
import { hashSecret, insertPetition } from './receive.ts';
import {
  kindLabels,
  PortalSubmitInput,
  type PortalSubmitInput as PortalSubmitInputType,
  type PublicPetition,
  statusLabels,
  topicLabels,
} from './schema.ts';
import { getPetitionSettings } from './templates.ts';

/**
 * A citizen's feedback or proposal from the portal, with optional attachments (checked by
 * content, nothing stored when one is refused). Answers the tracking code and the secret once.
 */
export async function submitFeedback(ctx: Ctx, communeId: string, raw: PortalSubmitInputType) {
  const input = PortalSubmitInput.parse(raw);
  const files = checkUploads(input.attachments, 'attachments');
  const commune = await getCommune(ctx, { id: communeId });
  const { id, secret } = await insertPetition(ctx, communeId, commune.code, {
    kind: 'feedback',
    channel: 'portal',
    receivedDate: vnDate(ctx.asOf),
    anonymous: false,
    submitter: { name: input.name, address: input.address, contact: input.contact },
    subject: input.subject,
    topic: input.topic,
    content: input.content,
    files,
  });
  const row = (await q.selectPetition(ctx.tx, communeId, { id })) as q.PetitionRow;
  return {
    ...(await publicView(ctx, communeId, row)),
    secret,
    message: `Đã tiếp nhận kiến nghị, phản ánh của Ông/Bà. Mã theo dõi: ${row.code}; mã bí mật: ${secret}. Hãy lưu lại hai mã này để tra cứu, đánh giá hoặc đề nghị xem xét lại.`,
  };
}

/** What anyone sees by code. Denunciations are never looked up on the portal. */
export async function lookupPetition(ctx: Ctx, communeId: string, code: string): Promise<PublicPetition> {
  const row = await q.selectPetition(ctx.tx, communeId, { code });
  if (!row || row.kind === 'denunciation') throw notFound('Đơn');
  return publicView(ctx, communeId, row);
}

async function publicView(ctx: Ctx, communeId: string, row: q.PetitionRow): Promise<PublicPetition> {
  const today = vnDate(ctx.asOf);
  const { reopenDays } = await getPetitionSettings(ctx, communeId);
  const answered = row.status === 'answered' && row.answerPublished;
  const reopenUntil = answered && row.answeredDate ? addDays(row.answeredDate, reopenDays) : null;
  return {
    code: row.code,
    kind: row.kind,
    kindLabel: kindLabels[row.kind],
    topicLabel: topicLabels[row.topic],
    status: row.status,
    statusLabel: statusLabels[row.status],
    receivedDate: row.receivedDate,
    dueDate: row.dueDate,
    answer: row.answerPublished ? row.answerText : null,
    answeredDate: row.answerPublished ? row.answeredDate : null,
    rated: row.rating !== null,
    canRate: answered && row.rating === null,
    canReopen: row.kind === 'feedback' && reopenUntil !== null && today <= reopenUntil,
    reopenUntil,
    reopenedCount: row.reopenedCount,
  };
}

function checkSecret(row: q.PetitionRow, secret: string) {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(row.secretHash, 'hex');
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) {
    throw new AppError('validation', 'Mã bí mật không đúng với đơn này.', { secret: 'Không khớp với đơn' });
  }
}

async function forCitizen(ctx: Ctx, communeId: string, code: string, secret: string) {
  const row = await q.selectPetition(ctx.tx, communeId, { code }, true);
  if (!row || row.kind === 'denunciation') throw notFound('Đơn');
  checkSecret(row, secret);
  return row;
}

/** The citizen rates the published answer, once per answer. */
export async function rateAnswer(
  ctx: Ctx,
  communeId: string,
  code: string,
  input: { secret: string; rating: number; comment?: string | null },
) {
  const row = await forCitizen(ctx, communeId, code, input.secret);
  const view = await publicView(ctx, communeId, row);
  if (!view.canRate) {
    throw new AppError(
      'conflict',
      view.rated
        ? 'Câu trả lời này đã được đánh giá.'
        : 'Chỉ đánh giá được sau khi có câu trả lời được công khai.',
    );
  }
  const today = vnDate(ctx.asOf);
  await ctx.tx.query(
    'update petitions set rating = $3, rating_comment = $4, rated_date = $5, updated_at = now() where commune_id = $1 and id = $2',
    [communeId, row.id, input.rating, input.comment?.normalize('NFC') ?? null, today],
  );
  await q.insertEvent(ctx.tx, {
    communeId,
    petitionId: row.id,
    kind: 'rate',
    actorId: null,
    note: `Điểm: ${input.rating}/5`,
  });
  await recordAudit(ctx, {
    communeId,
    entity: 'petition_rating',
    entityId: row.id,
    action: 'create',
    after: { rating: input.rating, comment: input.comment ?? null },
  });
  return publicView(
    ctx,
    communeId,
    (await q.selectPetition(ctx.tx, communeId, { id: row.id })) as q.PetitionRow,
  );
}

/**
 * "Resolved" that was not: within the commune's window after the answer, the citizen sends it
 * back with a reason. It is handled again with a fresh time limit counted from today.
 */
export async function reopenPetition(
  ctx: Ctx,
  communeId: string,
  code: string,
  input: { secret: string; reason: string },
) {
  const row = await forCitizen(ctx, communeId, code, input.secret);
  const view = await publicView(ctx, communeId, row);
  if (!view.canReopen) {
    throw new AppError(
      'conflict',
      view.reopenUntil
        ? `Đã quá thời hạn đề nghị xem xét lại (đến hết ngày ${view.reopenUntil}).`
        : 'Chỉ đề nghị xem xét lại được sau khi có câu trả lời được công khai.',
    );
  }
  const today = vnDate(ctx.asOf);
  const deadline = stageDeadline(
    await listDeadlineRules(ctx),
    settlementRuleKey.feedback,
    await loadCalendar(ctx),
    {
      receivedDate: today,
    },
  );
  await ctx.tx.query(
    `update petitions set status = 'accepted', closed_date = null, reopened_count = reopened_count + 1,
       reopen_reason = $3, reopened_date = $4, due_date = $5, rule_key = coalesce($6, rule_key),
       rule_effective_from = coalesce($7, rule_effective_from), extensions = '[]', rating = null, rating_comment = null,
       rated_date = null, updated_at = now()
     where commune_id = $1 and id = $2`,
    [
      communeId,
      row.id,
      input.reason.normalize('NFC'),
      today,
      deadline?.dueDate ?? null,
      deadline?.ruleKey ?? null,
      deadline?.ruleEffectiveFrom ?? null,
    ],
  );
  await q.insertEvent(ctx.tx, {
    communeId,
    petitionId: row.id,
    kind: 'reopen',
    actorId: null,
    note: input.reason,
  });
  const after = (await q.selectPetition(ctx.tx, communeId, { id: row.id })) as q.PetitionRow;
  await recordAudit(ctx, {
    communeId,
    entity: 'petition',
    entityId: row.id,
    action: 'update',
    before: present(row, today),
    after: present(after, today),
  });
  return publicView(ctx, communeId, after);
}
