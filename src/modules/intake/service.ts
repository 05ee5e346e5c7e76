import { recordAudit } from '../../platform/audit.ts';
import { type Ctx, canRead } from '../../platform/context.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { detectFileType } from '../petitions/files.ts';
import { periodOf } from '../reports/drafts.ts';
import { isRate, labelOf } from '../reports/rates.ts';
import { intakeText } from './intake.ts';
import { normalizeReportText } from './normalize.ts';
import * as q from './queries.ts';
import { readReportBytes } from './read-file.ts';
import { CitedDocument, Commune, Finding, Period } from './schema.ts';
import {
  Intake,
  type IntakeEditInput,
  type IntakeFilter,
  IntakeSummary,
  type IntakeUploadInput,
  type IntakeValue,
} from './stored.ts';

/**
 * Who may enter a commune's reports: whoever reads the commune — its own staff, the reviewers of
 * its province, admins. Outside that the intake does not exist for the caller (404).
 */
function requireIntakeAccess(ctx: Ctx, communeId: string): void {
  if (ctx.kind === 'public') throw forbidden();
  if (!canRead(ctx.scope, communeId)) throw notFound('Báo cáo');
}

/** "Xã Quang Minh", "quang  minh" → "quang minh": how a report's name is matched to a commune. */
const nameKey = (name: string) =>
  name
    .normalize('NFC')
    .toLowerCase()
    .replace(/^(xã|phường|thị trấn|đặc khu)\s+/u, '')
    .replace(/\s+/g, ' ')
    .trim();

async function resolveCommune(
  ctx: Ctx,
  detected: Commune,
  input: { communeId?: string; provinceId?: string },
  fileName: string,
): Promise<{ id: string; name: string }> {
  if (input.communeId) return communeInReach(ctx, input.communeId);
  // Row-level security leaves only the communes the caller reads.
  const candidates = detected.name
    ? await ctx.tx.query<{ id: string; name: string }>(
        'select id, name from communes where ($1::uuid is null or province_id = $1) order by code',
        [input.provinceId ?? null],
      )
    : [];
  const wanted = nameKey(detected.name ?? '');
  const matches = candidates.filter((c) => nameKey(c.name) === wanted);
  if (matches.length === 1) return matches[0] as { id: string; name: string };
  const read = detected.name ? ` (báo cáo ghi: ${detected.kind ?? 'xã'} ${detected.name})` : '';
  throw new AppError(
    'validation',
    matches.length > 1
      ? `Có nhiều xã tên "${detected.name}" trong phạm vi của bạn; hãy chọn xã cho báo cáo "${fileName}".`
      : `Không nhận ra xã của báo cáo "${fileName}"${read} trong phạm vi của bạn; hãy chọn xã rồi gửi lại.`,
    { communeId: 'Chọn xã của báo cáo' },
  );
}

/** Reads each uploaded report, matches its commune, and stores what was read as a draft intake. */
export async function uploadIntakes(ctx: Ctx, input: IntakeUploadInput): Promise<Intake[]> {
  if (ctx.kind === 'public') throw forbidden();
  if (input.communeId) requireIntakeAccess(ctx, input.communeId);
  const read = [];
  // Every file is read before anything is stored: one bad file refuses the whole upload.
  for (const [i, file] of input.files.entries()) {
    const bytes = Buffer.from(file.contentBase64, 'base64');
    if (detectFileType(bytes) === 'executable') {
      throw new AppError(
        'validation',
        `Tệp "${file.fileName}" là chương trình máy tính, không phải báo cáo.`,
        {
          [`files.${i}`]: 'Tệp chương trình (không phải báo cáo)',
        },
      );
    }
    const fileName = file.fileName.normalize('NFC');
    const report = await readReportBytes(bytes, fileName);
    const result = intakeText(report.text, fileName);
    const commune = await resolveCommune(ctx, result.commune, input, fileName);
    read.push({ fileName, text: normalizeReportText(report.text), result, commune });
  }
  const ids: { communeId: string; id: string }[] = [];
  for (const r of read) {
    const { result } = r;
    const period = result.period && {
      from: result.period.from,
      to: result.period.to,
      label: result.period.label,
    };
    const id = await q.insertIntake(ctx.tx, {
      communeId: r.commune.id,
      fileName: r.fileName,
      text: r.text,
      period,
      detected: { commune: result.commune, period: result.period },
      documents: result.documents,
      findings: result.findings,
      actorId: ctx.actor?.id ?? null,
    });
    await q.insertValues(
      ctx.tx,
      r.commune.id,
      id,
      Object.entries(result.indicators).map(([key, ind]) => ({
        key,
        value: ind.value,
        extracted: ind.value,
        qualifier: ind.qualifier ?? null,
        spanStart: ind.span.start,
        spanEnd: ind.span.end,
        sentence: ind.text,
        pattern: ind.pattern,
      })),
    );
    await recordAudit(ctx, {
      communeId: r.commune.id,
      entity: 'intake',
      entityId: id,
      action: 'create',
      after: {
        fileName: r.fileName,
        period,
        values: Object.keys(result.indicators).length,
        findings: result.findings.length,
      },
    });
    ids.push({ communeId: r.commune.id, id });
  }
  return Promise.all(ids.map((x) => getIntake(ctx, x.communeId, x.id)));
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function periodOfRow(row: Pick<q.IntakeRow, 'periodFrom' | 'periodTo' | 'periodLabel'>) {
  return row.periodFrom && row.periodTo
    ? {
        from: row.periodFrom,
        to: row.periodTo,
        label: row.periodLabel ?? `${row.periodFrom}..${row.periodTo}`,
      }
    : null;
}

function presentValue(v: q.ValueRow): IntakeValue {
  return {
    key: v.key,
    label: labelOf(v.key),
    rate: isRate(v.key),
    value: v.value,
    extracted: v.extracted,
    qualifier: v.qualifier,
    span: v.spanStart === null || v.spanEnd === null ? null : { start: v.spanStart, end: v.spanEnd },
    sentence: v.sentence,
    pattern: v.pattern,
    edited: v.edited,
  };
}

export async function getIntake(ctx: Ctx, communeId: string, id: string): Promise<Intake> {
  requireIntakeAccess(ctx, communeId);
  const row = await q.selectIntake(ctx.tx, communeId, id);
  if (!row) throw notFound('Báo cáo');
  const detected = row.detected as { commune: unknown; period: unknown };
  return Intake.parse({
    id: row.id,
    commune: { id: row.communeId, code: row.communeCode, name: row.communeName },
    fileName: row.fileName,
    period: periodOfRow(row),
    status: row.status,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    savedAt: iso(row.savedAt),
    text: row.text,
    // Parsed at the boundary: jsonb written by an older version must still match the schemas.
    detected: { commune: Commune.parse(detected.commune), period: Period.nullable().parse(detected.period) },
    values: (await q.selectValues(ctx.tx, communeId, id)).map(presentValue),
    documents: CitedDocument.array().parse(row.documents),
    findings: Finding.array().parse(row.findings),
  });
}

export async function listIntakes(
  ctx: Ctx,
  query: IntakeFilter,
): Promise<{ items: IntakeSummary[]; total: number }> {
  if (ctx.kind === 'public') throw forbidden();
  if (query.communeId) requireIntakeAccess(ctx, query.communeId);
  if (query.provinceId && ctx.actor?.role === 'province' && ctx.actor.provinceId !== query.provinceId) {
    throw notFound('Tỉnh');
  }
  const { rows, total } = await q.selectIntakes(ctx.tx, query);
  return {
    total,
    items: rows.map((r) =>
      IntakeSummary.parse({
        id: r.id,
        commune: { id: r.communeId, code: r.communeCode, name: r.communeName },
        fileName: r.fileName,
        period: periodOfRow(r),
        status: r.status,
        values: r.values,
        edited: r.edited,
        findings: r.findingCount,
        createdAt: iso(r.createdAt),
        savedAt: iso(r.savedAt),
      }),
    ),
  };
}

async function lockIntake(ctx: Ctx, communeId: string, id: string): Promise<q.IntakeRow> {
  requireIntakeAccess(ctx, communeId);
  const row = await q.selectIntake(ctx.tx, communeId, id, { lock: true });
  if (!row) throw notFound('Báo cáo');
  return row;
}

/**
 * A commune chosen for an upload or a move: one the caller reads. One outside their reach does not
 * exist for them, as one that does not exist at all.
 */
async function communeInReach(ctx: Ctx, communeId: string): Promise<{ id: string; name: string }> {
  const [c] = canRead(ctx.scope, communeId)
    ? await ctx.tx.query<{ id: string; name: string }>('select id, name from communes where id = $1', [
        communeId,
      ])
    : [];
  if (!c) throw notFound('Xã');
  return c;
}

/**
 * Corrections before (or after) saving: the commune when it was read wrongly, the period when the
 * text did not state it, values read wrongly, indicators it missed or read by mistake. Moving a
 * saved intake to another commune or period takes its figures out of the roll-up until it is saved
 * again. The other corrections apply under the commune it is moved to.
 */
export async function editIntake(ctx: Ctx, pathCommuneId: string, id: string, input: IntakeEditInput) {
  let row = await lockIntake(ctx, pathCommuneId, id);
  const changes: Record<string, unknown> = {};
  if (input.communeId !== undefined && input.communeId !== pathCommuneId) {
    const target = await communeInReach(ctx, input.communeId);
    await q.moveIntake(ctx.tx, pathCommuneId, id, target.id, ctx.actor?.id ?? null);
    changes.commune = { before: { id: row.communeId, name: row.communeName }, after: target };
    if (row.status !== 'draft') changes.status = { before: row.status, after: 'draft' };
    row = await lockIntake(ctx, target.id, id);
  }
  const communeId = row.communeId;
  const before = await q.selectValues(ctx.tx, communeId, id);
  if (input.period !== undefined || input.from !== undefined) {
    const p = periodOf(input);
    const period = { from: p.from, to: p.to, label: p.key };
    if (period.from !== row.periodFrom || period.to !== row.periodTo) {
      await q.updatePeriod(ctx.tx, communeId, id, period);
      if (row.status === 'saved') await q.setStatus(ctx.tx, communeId, id, 'draft', ctx.actor?.id ?? null);
      changes.period = { before: periodOfRow(row), after: period };
    }
  }
  for (const [i, { key, value }] of (input.values ?? []).entries()) {
    const old = before.find((v) => v.key === key);
    if (value !== null && isRate(key) && value > 1) {
      throw new AppError(
        'validation',
        `Tỷ lệ "${labelOf(key)}" ghi dạng phân số từ 0 đến 1 (97,5% là 0,975).`,
        {
          [`values.${i}.value`]: 'Tỷ lệ từ 0 đến 1',
        },
      );
    }
    if (value === null) {
      if (old) await q.deleteValue(ctx.tx, communeId, id, key);
    } else if (old?.value !== value) {
      await q.upsertValue(ctx.tx, communeId, id, key, value);
    } else continue;
    changes[key] = { before: old?.value ?? null, after: value };
  }
  if (Object.keys(changes).length > 0) {
    await q.touch(ctx.tx, communeId, id, ctx.actor?.id ?? null);
    await recordAudit(ctx, { communeId, entity: 'intake', entityId: id, action: 'update', after: changes });
  }
  return getIntake(ctx, communeId, id);
}

/**
 * Saves the intake's values as the commune's figures for its period, marked as read from a report;
 * the one saved before for the same period is superseded.
 */
export async function saveIntake(ctx: Ctx, communeId: string, id: string): Promise<Intake> {
  const row = await lockIntake(ctx, communeId, id);
  const period = periodOfRow(row);
  if (!period) {
    throw new AppError('validation', 'Chọn kỳ báo cáo trước khi lưu số liệu.', {
      period: 'Chưa có kỳ báo cáo',
    });
  }
  if (row.status !== 'saved') {
    const superseded = await q.supersedeSaved(ctx.tx, communeId, period, id);
    await q.setStatus(ctx.tx, communeId, id, 'saved', ctx.actor?.id ?? null);
    await recordAudit(ctx, {
      communeId,
      entity: 'intake',
      entityId: id,
      action: 'update',
      before: { status: row.status },
      after: { status: 'saved', period, superseded },
    });
  }
  return getIntake(ctx, communeId, id);
}

export async function deleteIntake(ctx: Ctx, communeId: string, id: string): Promise<void> {
  const row = await lockIntake(ctx, communeId, id);
  await q.deleteIntake(ctx.tx, communeId, id);
  await recordAudit(ctx, {
    communeId,
    entity: 'intake',
    entityId: id,
    action: 'delete',
    before: { fileName: row.fileName, period: periodOfRow(row), status: row.status },
  });
}

/** The saved figures of each commune for exactly this period, for the province roll-up. */
export async function savedFigures(
  ctx: Ctx,
  communeIds: readonly string[],
  period: { from: string; to: string },
): Promise<Map<string, Record<string, number>>> {
  const out = new Map<string, Record<string, number>>();
  if (communeIds.length === 0) return out;
  for (const r of await q.selectSavedFigures(ctx.tx, communeIds, period)) {
    const figures = out.get(r.communeId) ?? {};
    figures[r.key] = r.value;
    out.set(r.communeId, figures);
  }
  return out;
}
