import { recordAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { requireStaffWrite } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { allocateDocument, linkDocument } from '../documents/service.ts';
import { vnDateTime } from '../onestop/appointment.ts';
import { computeStats } from '../stats/service.ts';
import { blocking, type CheckFailure, checkDraft, citedNumbers } from './checks.ts';
import { getReport, type LoadedReport, loadReport, storedPeriod } from './drafts.ts';
import { canDo } from './lifecycle.ts';
import type { ReportDraft } from './model.ts';
import * as q from './queries.ts';
import { withDerivedRates } from './rates.ts';
import { type CheckResult, FinaliseInput, type Report } from './schema.ts';

/** Issuing refused: the checks still find errors. Carries the list for the 409 answer. */
export class ChecksFailed extends AppError {
  constructor(readonly checks: CheckFailure[]) {
    super(
      'conflict',
      `Chưa thể ban hành báo cáo: còn ${checks.length} lỗi cần sửa (xem danh sách, mỗi lỗi chỉ tới đoạn văn cần sửa).`,
    );
  }
}

async function runChecks(ctx: Ctx, { row, content }: LoadedReport): Promise<CheckFailure[]> {
  // An issued report is compared with nothing but itself: later data never concerns it.
  const data =
    row.status === 'draft'
      ? withDerivedRates((await computeStats(ctx, { id: row.communeId }, storedPeriod(row))).indicators)
      : null;
  const register = await q.selectRegisterEntries(ctx.tx, row.communeId, citedNumbers(content));
  return checkDraft(content, { data, register });
}

const summarise = (items: CheckFailure[]): CheckResult => ({
  errors: items.filter((f) => f.severity === 'error').length,
  warnings: items.filter((f) => f.severity === 'warning').length,
  items,
});

export async function reportChecks(ctx: Ctx, communeId: string, id: string): Promise<CheckResult> {
  return summarise(await runChecks(ctx, await loadReport(ctx, communeId, id)));
}

/**
 * Issues a draft: refuses while a check finds an error; takes the report's number from the
 * document register (`N/BC-UBND`, dated the report's date) and links it; freezes the text and its
 * figures as they stand. From then on nothing about the report changes, whatever the data does.
 */
export async function finaliseReport(ctx: Ctx, communeId: string, id: string, raw: unknown): Promise<Report> {
  requireStaffWrite(ctx, communeId);
  const input = FinaliseInput.parse(raw ?? {});
  const loaded = await loadReport(ctx, communeId, id, { lock: true });
  const { row, content } = loaded;
  if (!canDo(row.status, 'finalise')) {
    throw new AppError('conflict', `Báo cáo này đã được ban hành, số ${row.reference}.`);
  }
  const today = vnDateTime(ctx.asOf).date;
  const date = input.date ?? today;
  if (date > today) {
    throw new AppError('validation', 'Ngày ban hành báo cáo không được sau ngày hôm nay.', {
      date: 'Sau hôm nay',
    });
  }
  const errors = blocking(await runChecks(ctx, loaded));
  if (errors.length) throw new ChecksFailed(errors);

  const document = await allocateDocument(ctx, communeId, {
    type: 'BC',
    date,
    summary: content.summary,
    signer: content.signer.name.trim() || content.signer.title,
  });
  const issued: ReportDraft = { ...content, reference: document.reference, date };
  await q.markFinal(ctx.tx, communeId, id, {
    content: issued,
    reference: document.reference,
    documentId: document.id,
    actorId: ctx.actor?.id ?? null,
    at: ctx.asOf,
  });
  await linkDocument(ctx, communeId, document.id, {
    entity: 'report',
    entityId: id,
    label: `Báo cáo ${content.summary} (phiên bản ${row.version})`,
  });
  await recordAudit(ctx, {
    communeId,
    entity: 'report',
    entityId: id,
    action: 'update',
    before: { status: 'draft' },
    after: { status: 'final', reference: document.reference, documentId: document.id, date },
  });
  return getReport(ctx, communeId, id);
}
