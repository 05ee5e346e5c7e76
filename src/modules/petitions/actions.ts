import { vnDate } from '../../domain/calendar/local-date.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type Ctx, requireRole, requireStaffWrite } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { listDeadlineRules, loadCalendar } from '../calendar/service.ts';
import { getCommune } from '../units/service.ts';
import { settlementRuleKey, stageDeadline } from './deadlines.ts';
import { guidanceLetter, renderTemplate, transferLetter } from './letters.ts';
import { actionLabels, actionsFor, nextStatus } from './lifecycle.ts';
import * as q from './queries.ts';
import { getPetition, present } from './read.ts';
import { pastDate } from './receive.ts';
import {
  type ActionInput,
  type BatchAnswerInput,
  type Petition,
  type PetitionDetail,
  statusLabels,
} from './schema.ts';

const anonymousRule =
  'Đơn tố cáo nặc danh không được xử lý như tố cáo (Luật Tố cáo 2018, Điều 25): chỉ lưu đơn; nếu nội dung vi phạm cụ thể, có cơ sở xác minh thì lưu để kiểm tra phục vụ công tác quản lý.';

/** One lifecycle step; refused with 409 when the status, the kind or anonymity does not allow it. */
export async function actOnPetition(
  ctx: Ctx,
  communeId: string,
  id: string,
  input: ActionInput,
): Promise<PetitionDetail> {
  requireStaffWrite(ctx, communeId);
  await applyAction(ctx, communeId, id, input);
  return getPetition(ctx, communeId, id);
}

/** Answers several similar feedback petitions at once, all or none (one transaction). */
export async function answerMany(
  ctx: Ctx,
  communeId: string,
  input: BatchAnswerInput,
): Promise<{ items: Petition[] }> {
  requireStaffWrite(ctx, communeId);
  const items: Petition[] = [];
  for (const id of input.ids) {
    items.push(
      await applyAction(ctx, communeId, id, {
        action: 'answer',
        templateId: input.templateId,
        text: input.text,
        publish: input.publish,
      }),
    );
  }
  return { items };
}

async function applyAction(ctx: Ctx, communeId: string, id: string, input: ActionInput): Promise<Petition> {
  if (input.action === 'assign') requireRole(ctx, 'leader', 'admin');
  const before = await q.selectPetition(ctx.tx, communeId, { id }, true);
  if (!before) throw notFound('Đơn');
  if (!actionsFor(before).includes(input.action)) {
    if (before.anonymous && before.status === 'received') throw new AppError('conflict', anonymousRule);
    throw new AppError(
      'conflict',
      `Đơn ${before.code}: không thể "${actionLabels[input.action]}" khi đơn ở trạng thái "${statusLabels[before.status]}".`,
    );
  }
  const today = vnDate(ctx.asOf);
  const status = nextStatus[input.action] ?? before.status;
  const sets: string[] = ['status = $3', 'updated_at = now()'];
  const params: unknown[] = [communeId, id, status];
  const set = (column: string, value: unknown) => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  let note: string | null = null;
  let data: Record<string, unknown> | undefined;
  const letterFor = async (body: string, extra: string | null | undefined) => ({
    communeName: (await getCommune(ctx, { id: communeId })).name,
    kind: before.kind,
    code: before.code,
    receivedDate: before.receivedDate,
    subject: before.subject,
    submitter:
      before.kind === 'denunciation' || !before.submitterName
        ? null
        : { name: before.submitterName, address: before.submitterAddress },
    body,
    date: today,
    note: extra,
  });

  switch (input.action) {
    case 'accept': {
      const acceptedDate = input.acceptedDate ?? today;
      pastDate(acceptedDate, today, 'acceptedDate', { date: before.receivedDate, label: 'ngày nhận đơn' });
      const deadline = stageDeadline(
        await listDeadlineRules(ctx),
        settlementRuleKey[before.kind],
        await loadCalendar(ctx),
        {
          receivedDate: before.receivedDate,
          acceptedDate,
          variant: input.variant,
        },
      );
      set('within_authority', true);
      set('classified_date', acceptedDate);
      set('accepted_date', acceptedDate);
      set('rule_key', deadline?.ruleKey ?? null);
      set('rule_effective_from', deadline?.ruleEffectiveFrom ?? null);
      set('variant', input.variant ?? null);
      set('extensions', '[]');
      set('due_date', deadline?.dueDate ?? null);
      note = input.note ?? null;
      data = { acceptedDate, dueDate: deadline?.dueDate ?? null, rule: deadline };
      break;
    }
    case 'transfer':
    case 'guide': {
      const body = input.action === 'transfer' ? input.transferredTo : input.guidedTo;
      const letter = await letterFor(body, input.note);
      set('within_authority', false);
      set('classified_date', today);
      set('closed_date', today);
      set('transferred_to', body);
      set('letter_text', input.action === 'transfer' ? transferLetter(letter) : guidanceLetter(letter));
      note = body;
      break;
    }
    case 'file':
      if (input.forInspection && !before.anonymous) {
        throw new AppError('validation', 'Chỉ đơn tố cáo nặc danh mới lưu để kiểm tra phục vụ quản lý.', {
          forInspection: 'Chỉ dùng cho đơn tố cáo nặc danh',
        });
      }
      set('closed_date', today);
      set('filed_reason', input.reason);
      set('for_inspection', input.forInspection);
      note = input.reason;
      break;
    case 'assign': {
      const [official] = await ctx.tx.query<{ id: string; fullName: string }>(
        `select id, full_name as "fullName" from users
         where id = $1 and commune_id = $2 and active and role in ('officer', 'leader')`,
        [input.officialId, communeId],
      );
      if (!official) {
        throw new AppError('validation', 'Cán bộ được giao phải là cán bộ, công chức đang làm việc tại xã.', {
          officialId: 'Không phải cán bộ của xã',
        });
      }
      set('assigned_official_id', official.id);
      set('assigned_date', today);
      note = [official.fullName, input.note].filter(Boolean).join(' — ');
      break;
    }
    case 'extend': {
      const intake = before.status === 'received';
      const key = intake ? before.intakeRuleKey : before.ruleKey;
      const from = intake ? before.intakeRuleEffectiveFrom : before.ruleEffectiveFrom;
      if (!key) throw new AppError('conflict', 'Đơn này không có thời hạn luật định để gia hạn.');
      // The version the petition was given, not today's: a case keeps its rule.
      const version = (await listDeadlineRules(ctx)).find((r) => r.key === key && r.effectiveFrom === from);
      if (!version)
        throw new AppError('conflict', 'Không còn phiên bản quy định thời hạn đã áp dụng cho đơn này.');
      const extensions = [...before.extensions, { days: input.days, reason: input.reason, date: today }];
      const deadline = stageDeadline([version], key, await loadCalendar(ctx), {
        receivedDate: before.receivedDate,
        acceptedDate: intake ? undefined : (before.acceptedDate ?? undefined),
        variant: before.variant,
        extensions: extensions.map((e) => e.days),
      });
      set('extensions', JSON.stringify(extensions));
      set('due_date', deadline?.dueDate ?? null);
      if (intake) set('intake_due_date', deadline?.dueDate ?? null);
      note = input.reason;
      data = { days: input.days, dueDate: deadline?.dueDate ?? null };
      break;
    }
    case 'settle': {
      const settledDate = input.settledDate ?? today;
      pastDate(settledDate, today, 'settledDate', {
        date: before.acceptedDate ?? before.receivedDate,
        label: 'ngày thụ lý',
      });
      set('closed_date', settledDate);
      set('decision_ref', input.decisionRef);
      set('decision_date', input.decisionDate ?? settledDate);
      set('outcome', input.outcome ?? null);
      note = [input.decisionRef, input.note].filter(Boolean).join(' — ');
      break;
    }
    case 'answer': {
      const answer = await answerText(ctx, communeId, before, input, today);
      set('answer_text', answer.text);
      set('answer_template_id', answer.templateId);
      set('answered_date', today);
      set('closed_date', today);
      set('answer_published', input.publish);
      set('published_date', input.publish ? today : null);
      set('rating', null);
      set('rating_comment', null);
      set('rated_date', null);
      data = { templateId: answer.templateId, published: input.publish };
      break;
    }
    case 'publish':
      set('answer_published', true);
      set('published_date', today);
      break;
  }
  await ctx.tx.query(`update petitions set ${sets.join(', ')} where commune_id = $1 and id = $2`, params);
  await q.insertEvent(ctx.tx, {
    communeId,
    petitionId: id,
    kind: input.action,
    actorId: ctx.actor?.id ?? null,
    note,
    data,
  });
  const after = present((await q.selectPetition(ctx.tx, communeId, { id })) as q.PetitionRow, today);
  await recordAudit(ctx, {
    communeId,
    entity: 'petition',
    entityId: id,
    action: 'update',
    before: present(before, today),
    after,
  });
  return after;
}

async function answerText(
  ctx: Ctx,
  communeId: string,
  p: q.PetitionRow,
  input: { templateId?: string; text?: string },
  today: string,
): Promise<{ text: string; templateId: string | null }> {
  if (input.templateId && input.text) {
    throw new AppError('validation', 'Chọn mẫu trả lời hoặc nhập nội dung, không cả hai.', {
      text: 'Đã chọn mẫu',
    });
  }
  if (input.text) return { text: input.text.normalize('NFC'), templateId: null };
  if (!input.templateId) {
    throw new AppError('validation', 'Cần nội dung trả lời hoặc một mẫu trả lời.', {
      text: 'Chưa có nội dung',
    });
  }
  const [template] = await ctx.tx.query<{ body: string; kind: string; active: boolean }>(
    'select body, kind, active from petition_templates where commune_id = $1 and id = $2',
    [communeId, input.templateId],
  );
  if (!template?.active)
    throw new AppError('validation', 'Mẫu trả lời không tồn tại.', { templateId: 'Không tồn tại' });
  if (template.kind !== p.kind) {
    throw new AppError('validation', 'Mẫu trả lời dành cho loại đơn khác.', { templateId: 'Khác loại đơn' });
  }
  const communeName = (await getCommune(ctx, { id: communeId })).name;
  return {
    text: renderTemplate(template.body, { ...p, communeName, date: today }),
    templateId: input.templateId,
  };
}
