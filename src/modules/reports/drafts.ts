import { randomBytes } from 'node:crypto';
import { recordAudit } from '../../platform/audit.ts';
import { type Ctx, requireStaffWrite } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { vnDateTime } from '../onestop/appointment.ts';
import { getCommune } from '../units/service.ts';
import { composeDraft } from './compose.ts';
import { actionsFor, canDo } from './lifecycle.ts';
import { mergeRegenerated } from './merge.ts';
import { allSections, genreTitles, type Paragraph, type ReportDraft, type Section } from './model.ts';
import { customPeriod, parsePeriod, type ReportPeriod } from './period.ts';
import * as q from './queries.ts';
import {
  CreateReportInput,
  HeaderInput,
  ParagraphInput,
  RegenerateInput,
  type Report,
  type ReportAction,
  ReportDraft as ReportDraftSchema,
  type ReportQuery,
  type ReportSummary,
  type SavedSection,
  SectionInput,
} from './schema.ts';
import { gatherReportData, previousJudgement } from './service.ts';

/** The pseudo-section of the header fields (summary, place, date, recipients, signer). */
export const HEADER = 'header';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function summaryOf(
  ctx: Ctx,
  row: q.ReportRow,
  content: Pick<ReportDraft, 'summary' | 'period'>,
): ReportSummary {
  return {
    id: row.id,
    communeId: row.communeId,
    genre: row.genre,
    genreLabel: genreTitles[row.genre],
    period: { key: row.periodKey, from: row.periodFrom, to: row.periodTo, label: content.period.label },
    summary: content.summary,
    status: row.status,
    version: row.version,
    reference: row.reference,
    documentId: row.documentId,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
    finalisedAt: iso(row.finalisedAt),
    actions: actionsFor(ctx, row.status, row.communeId),
  };
}

export interface LoadedReport {
  row: q.ReportRow;
  content: ReportDraft;
}

/** A report of the commune (404 outside the caller's scope), its content parsed at the boundary. */
export async function loadReport(
  ctx: Ctx,
  communeId: string,
  id: string,
  o: { lock?: boolean } = {},
): Promise<LoadedReport> {
  await getCommune(ctx, { id: communeId });
  const row = await q.selectReport(ctx.tx, communeId, id, o);
  if (!row) throw notFound('Báo cáo');
  return { row, content: ReportDraftSchema.parse(row.content) };
}

async function present(ctx: Ctx, { row, content }: LoadedReport): Promise<Report> {
  const saved = new Map((await q.selectSections(ctx.tx, row.communeId, row.id)).map((s) => [s.sectionId, s]));
  const ids = [HEADER, ...allSections(content.sections).map((s) => s.id)];
  return {
    ...summaryOf(ctx, row, content),
    content,
    sections: ids.map((sectionId) => {
      const s = saved.get(sectionId);
      return {
        sectionId,
        revision: s?.revision ?? 0,
        updatedBy: s?.updatedBy ?? null,
        updatedAt: iso(s?.updatedAt ?? null),
      };
    }),
  };
}

export async function getReport(ctx: Ctx, communeId: string, id: string): Promise<Report> {
  return present(ctx, await loadReport(ctx, communeId, id));
}

export async function listReports(
  ctx: Ctx,
  communeId: string,
  f: ReportQuery,
): Promise<{ items: ReportSummary[]; total: number }> {
  await getCommune(ctx, { id: communeId });
  const { rows, total } = await q.selectReports(ctx.tx, communeId, f);
  return {
    items: rows.map((row) => summaryOf(ctx, row, row.content as Pick<ReportDraft, 'summary' | 'period'>)),
    total,
  };
}

/** A report's period: a key or a span of dates, between 1990 and 2100 and at most ten years long. */
export function periodOf(input: { period?: string; from?: string; to?: string }): ReportPeriod {
  const period = input.period ? parsePeriod(input.period) : customPeriod(input.from ?? '', input.to ?? '');
  const field = input.period ? 'period' : 'from';
  if (period.from < '1990-01-01' || period.to > '2100-12-31') {
    throw new AppError('validation', 'Kỳ báo cáo phải nằm trong khoảng từ năm 1990 đến năm 2100.', {
      [field]: 'Ngoài khoảng cho phép',
    });
  }
  if (Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) >= 10) {
    throw new AppError('validation', 'Kỳ báo cáo dài tối đa 10 năm.', { [field]: 'Quá 10 năm' });
  }
  return period;
}

/** The period a stored report covers (its key is a period key or `from..to`). */
export function storedPeriod(row: Pick<q.ReportRow, 'periodKey' | 'periodFrom' | 'periodTo'>): ReportPeriod {
  return /^\d{4}-\d{2}-\d{2}\.\./.test(row.periodKey)
    ? customPeriod(row.periodFrom, row.periodTo)
    : parsePeriod(row.periodKey);
}

function requireAction(status: q.ReportRow['status'], action: ReportAction) {
  if (canDo(status, action)) return;
  throw new AppError(
    'conflict',
    status === 'final'
      ? 'Báo cáo đã ban hành nên không sửa được nữa; hãy tạo phiên bản mới để sửa.'
      : 'Dự thảo chưa ban hành nên chưa làm được thao tác này.',
  );
}

/** Composes a new draft from the data, its judgement text pre-filled from the previous report. */
export async function createReport(ctx: Ctx, communeId: string, raw: CreateReportInput): Promise<Report> {
  requireStaffWrite(ctx, communeId);
  const input = CreateReportInput.parse(raw);
  const period = periodOf(input);
  const commune = await getCommune(ctx, { id: communeId });
  const open = await q.selectOpenDraft(ctx.tx, communeId, input.genre, period.key);
  if (open) {
    throw new AppError(
      'conflict',
      `Đã có dự thảo ${genreTitles[input.genre].toLowerCase()} ${period.label} (phiên bản ${open.version}); hãy mở dự thảo đó để tiếp tục.`,
      { period: 'Đã có dự thảo của kỳ này' },
    );
  }
  const judgement = await previousJudgement(ctx, communeId, input.genre, period);
  const data = await gatherReportData(ctx, commune, input.genre, period, judgement);
  const content = composeDraft(data);
  const version = await q.nextVersion(ctx.tx, communeId, input.genre, period.key);
  const id = await q.insertReport(ctx.tx, {
    communeId,
    genre: input.genre,
    period,
    version,
    content,
    indicators: { ...data.indicators },
    actorId: ctx.actor?.id ?? null,
  });
  await recordAudit(ctx, {
    communeId,
    entity: 'report',
    entityId: id,
    action: 'create',
    after: { genre: input.genre, period: period.key, version, summary: content.summary },
  });
  return getReport(ctx, communeId, id);
}

/** A new draft version of an issued report: its text as issued, to correct and issue again. */
export async function newVersion(ctx: Ctx, communeId: string, id: string): Promise<Report> {
  requireStaffWrite(ctx, communeId);
  const { row, content } = await loadReport(ctx, communeId, id);
  requireAction(row.status, 'newVersion');
  const open = await q.selectOpenDraft(ctx.tx, communeId, row.genre, row.periodKey);
  if (open) {
    throw new AppError('conflict', `Kỳ này đã có dự thảo phiên bản ${open.version}; hãy mở dự thảo đó.`);
  }
  const version = await q.nextVersion(ctx.tx, communeId, row.genre, row.periodKey);
  const copy: ReportDraft = { ...content, reference: null, date: vnDateTime(ctx.asOf).date };
  const newId = await q.insertReport(ctx.tx, {
    communeId,
    genre: row.genre,
    period: { key: row.periodKey, from: row.periodFrom, to: row.periodTo },
    version,
    content: copy,
    indicators: row.indicators,
    actorId: ctx.actor?.id ?? null,
  });
  await recordAudit(ctx, {
    communeId,
    entity: 'report',
    entityId: newId,
    action: 'create',
    after: { genre: row.genre, period: row.periodKey, version, from: { id, reference: row.reference } },
  });
  return getReport(ctx, communeId, newId);
}

/** Opens a draft for a write: locked, still a draft, and the section at the revision the edit started from. */
async function openForEdit(ctx: Ctx, communeId: string, id: string) {
  requireStaffWrite(ctx, communeId);
  const loaded = await loadReport(ctx, communeId, id, { lock: true });
  requireAction(loaded.row.status, 'edit');
  return loaded;
}

async function requireRevision(
  ctx: Ctx,
  communeId: string,
  id: string,
  section: { id: string; name: string },
  revision: number,
) {
  const current = (await q.selectSections(ctx.tx, communeId, id)).find((s) => s.sectionId === section.id);
  if ((current?.revision ?? 0) === revision) return;
  const who = current?.updatedBy ? ` bởi ${current.updatedBy}` : '';
  const when = current
    ? ` lúc ${vnDateTime(current.updatedAt).time} ngày ${vnDateTime(current.updatedAt).date.split('-').reverse().join('/')}`
    : '';
  throw new AppError(
    'conflict',
    `Mục «${section.name}» vừa được sửa${who}${when} (phiên bản ${current?.revision ?? 0}, bạn đang sửa từ phiên bản ${revision}). Hãy tải lại mục này rồi sửa tiếp để không ghi đè lên thay đổi của người khác.`,
    { revision: 'Đã cũ' },
  );
}

function findParagraph(content: ReportDraft, paragraphId: string) {
  for (const section of allSections(content.sections)) {
    const index = section.paragraphs.findIndex((p) => p.id === paragraphId);
    if (index >= 0) return { section, index, paragraph: section.paragraphs[index] as Paragraph };
  }
  throw notFound('Đoạn văn');
}

function findSection(content: ReportDraft, sectionId: string): Section {
  const s = allSections(content.sections).find((x) => x.id === sectionId);
  if (!s) throw notFound('Mục báo cáo');
  return s;
}

/** One paragraph's text as the browser holds it: line breaks unified, tone marks composed. */
const cleanText = (s: string) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim();

async function savedSection(
  ctx: Ctx,
  communeId: string,
  id: string,
  section: Section,
  before: unknown,
  content: ReportDraft,
): Promise<SavedSection> {
  const actorId = ctx.actor?.id ?? null;
  await q.updateContent(ctx.tx, communeId, id, content, actorId);
  const { revision, updatedAt } = await q.bumpSection(ctx.tx, communeId, id, section.id, actorId);
  await recordAudit(ctx, {
    communeId,
    entity: 'report',
    entityId: id,
    action: 'update',
    before: { section: section.id, paragraphs: before },
    after: {
      section: section.id,
      revision,
      paragraphs: section.paragraphs.map(({ id, text }) => ({ id, text })),
    },
  });
  return {
    sectionId: section.id,
    revision,
    updatedAt: updatedAt.toISOString(),
    paragraphs: section.paragraphs,
  };
}

/**
 * Autosave of one paragraph. The edit names the revision of its section it started from; a save
 * of the same text is a no-op (an autosave that fires twice writes nothing and bumps nothing).
 */
export async function saveParagraph(
  ctx: Ctx,
  communeId: string,
  id: string,
  paragraphId: string,
  raw: ParagraphInput,
): Promise<SavedSection> {
  const input = ParagraphInput.parse(raw);
  const { content } = await openForEdit(ctx, communeId, id);
  const { section, index, paragraph } = findParagraph(content, paragraphId);
  const text = cleanText(input.text);
  const saved = (await q.selectSections(ctx.tx, communeId, id)).find((s) => s.sectionId === section.id);
  if (text === paragraph.text && (saved?.revision ?? 0) === input.revision) {
    return {
      sectionId: section.id,
      revision: input.revision,
      updatedAt: (saved?.updatedAt ?? new Date(0)).toISOString(),
      paragraphs: section.paragraphs,
    };
  }
  await requireRevision(
    ctx,
    communeId,
    id,
    { id: section.id, name: `${section.number} ${section.title}` },
    input.revision,
  );
  const before = [{ id: paragraph.id, text: paragraph.text }];
  section.paragraphs[index] = { ...paragraph, text };
  return savedSection(ctx, communeId, id, section, before, content);
}

/** Replaces a section's paragraphs: keeps, reorders, adds (judgement) and removes paragraphs. */
export async function saveSection(
  ctx: Ctx,
  communeId: string,
  id: string,
  sectionId: string,
  raw: SectionInput,
): Promise<SavedSection> {
  const input = SectionInput.parse(raw);
  const { content } = await openForEdit(ctx, communeId, id);
  const section = findSection(content, sectionId);
  await requireRevision(
    ctx,
    communeId,
    id,
    { id: section.id, name: `${section.number} ${section.title}` },
    input.revision,
  );
  const mine = new Map(section.paragraphs.map((p) => [p.id, p]));
  const taken = new Set(allSections(content.sections).flatMap((s) => s.paragraphs.map((p) => p.id)));
  const seen = new Set<string>();
  const paragraphs = input.paragraphs.map((p, i): Paragraph => {
    if (p.id !== undefined) {
      const existing = mine.get(p.id);
      if (!existing || seen.has(p.id)) {
        throw new AppError('validation', `Đoạn văn "${p.id}" không thuộc mục này.`, {
          [`paragraphs.${i}.id`]: 'Không thuộc mục này',
        });
      }
      seen.add(p.id);
      return { ...existing, text: cleanText(p.text) };
    }
    let newId: string;
    do newId = `${section.id}.${randomBytes(3).toString('hex')}`;
    while (taken.has(newId));
    taken.add(newId);
    return { id: newId, kind: 'judgement', text: cleanText(p.text), figures: [] };
  });
  const before = section.paragraphs.map(({ id, text }) => ({ id, text }));
  section.paragraphs = paragraphs;
  return savedSection(ctx, communeId, id, section, before, content);
}

/** The header: summary, place, date, recipients and signer (its own revision, 'header'). */
export async function saveHeader(ctx: Ctx, communeId: string, id: string, raw: HeaderInput): Promise<Report> {
  const input = HeaderInput.parse(raw);
  const loaded = await openForEdit(ctx, communeId, id);
  await requireRevision(ctx, communeId, id, { id: HEADER, name: 'Phần đầu và phần kết' }, input.revision);
  const { revision: _, ...changes } = input;
  const c = loaded.content;
  const before = {
    summary: c.summary,
    place: c.place,
    date: c.date,
    recipients: c.recipients,
    signer: c.signer,
  };
  const next: ReportDraft = { ...c, ...changes };
  const actorId = ctx.actor?.id ?? null;
  await q.updateContent(ctx.tx, communeId, id, next, actorId);
  const { revision } = await q.bumpSection(ctx.tx, communeId, id, HEADER, actorId);
  await recordAudit(ctx, {
    communeId,
    entity: 'report',
    entityId: id,
    action: 'update',
    before: { section: HEADER, ...before },
    after: { section: HEADER, revision, ...changes },
  });
  return getReport(ctx, communeId, id);
}

/**
 * Refreshes the figures and lists from the current data, keeping the officials' text (see
 * mergeRegenerated); every section that changed moves to its next revision, so an editor still
 * holding the old one reloads it instead of overwriting fresh figures.
 */
export async function regenerateReport(ctx: Ctx, communeId: string, id: string, raw: RegenerateInput = {}) {
  const input = RegenerateInput.parse(raw);
  const { row, content } = await openForEdit(ctx, communeId, id);
  requireAction(row.status, 'regenerate');
  const commune = await getCommune(ctx, { id: communeId });
  const period = storedPeriod(row);
  const data = await gatherReportData(ctx, commune, row.genre, period, {});
  const fresh = composeDraft(data);
  const merged = mergeRegenerated(content, fresh, new Set(input.overwrite));
  const actorId = ctx.actor?.id ?? null;
  await q.updateContent(ctx.tx, communeId, id, merged.draft, actorId, { ...data.indicators });
  for (const sectionId of merged.changedSections)
    await q.bumpSection(ctx.tx, communeId, id, sectionId, actorId);
  await recordAudit(ctx, {
    communeId,
    entity: 'report',
    entityId: id,
    action: 'update',
    before: { regenerated: true },
    after: { regenerated: true, changedSections: merged.changedSections, keptEdited: merged.keptEdited },
  });
  return {
    ...(await getReport(ctx, communeId, id)),
    keptEdited: merged.keptEdited,
    changedSections: merged.changedSections,
  };
}

/** Deletes a draft (an issued report is kept for ever); its text stays in the audit log. */
export async function deleteDraft(ctx: Ctx, communeId: string, id: string): Promise<void> {
  requireStaffWrite(ctx, communeId);
  const { row, content } = await loadReport(ctx, communeId, id, { lock: true });
  requireAction(row.status, 'delete');
  await q.deleteReport(ctx.tx, communeId, id);
  await recordAudit(ctx, {
    communeId,
    entity: 'report',
    entityId: id,
    action: 'delete',
    before: { genre: row.genre, period: row.periodKey, version: row.version, content },
  });
}
