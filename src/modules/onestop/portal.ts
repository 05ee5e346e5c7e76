import { recordAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { vnDateTime } from './appointment.ts';
import * as q from './dossier-queries.ts';
import { type RatingInput, statusLabels } from './schema.ts';

/** What a citizen sees when they look a dossier up by its code: status and dates, nothing personal. */
export async function lookupDossier(ctx: Ctx, communeId: string, code: string) {
  const row = await q.selectDossier(ctx.tx, communeId, { code });
  if (!row) throw notFound('Hồ sơ');
  const rating = await q.selectRating(ctx.tx, communeId, row.id);
  return {
    code: row.code,
    procedureName: row.procedureName,
    status: row.status,
    statusLabel: statusLabels[row.status],
    receivedDate: row.receivedDate,
    dueDate: row.dueDate,
    returnedDate: row.returnedDate,
    rated: rating !== null,
    canRate: row.status === 'returned' && rating === null,
  };
}

/** The citizen's rating after the result: once per dossier, proven by the key printed on the receipt. */
export async function rateDossier(ctx: Ctx, communeId: string, code: string, input: RatingInput) {
  const row = await q.selectDossier(ctx.tx, communeId, { code }, true);
  if (!row) throw notFound('Hồ sơ');
  if (row.lookupKey !== input.lookupKey.toUpperCase()) {
    throw new AppError('validation', 'Mã tra cứu trên giấy hẹn không đúng.', {
      lookupKey: 'Không khớp với hồ sơ',
    });
  }
  if (row.status !== 'returned') throw new AppError('conflict', 'Chỉ đánh giá được sau khi đã nhận kết quả.');
  if (await q.selectRating(ctx.tx, communeId, row.id)) {
    throw new AppError('conflict', 'Hồ sơ này đã được đánh giá. Mỗi hồ sơ chỉ đánh giá một lần.');
  }
  const rated = {
    overall: input.overall,
    attitude: input.attitude ?? null,
    timeliness: input.timeliness ?? null,
    clarity: input.clarity ?? null,
    facilities: input.facilities ?? null,
    comment: input.comment ?? null,
  };
  await ctx.tx.query(
    `insert into dossier_ratings (commune_id, dossier_id, rated_at, rated_date, overall, attitude, timeliness, clarity, facilities, comment)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      communeId,
      row.id,
      ctx.asOf,
      vnDateTime(ctx.asOf).date,
      rated.overall,
      rated.attitude,
      rated.timeliness,
      rated.clarity,
      rated.facilities,
      rated.comment,
    ],
  );
  await q.insertEvent(ctx.tx, {
    communeId,
    dossierId: row.id,
    kind: 'rate',
    actorId: null,
    note: `Điểm chung: ${rated.overall}/5`,
  });
  await recordAudit(ctx, {
    communeId,
    entity: 'dossier_rating',
    entityId: row.id,
    action: 'create',
    after: rated,
  });
  return lookupDossier(ctx, communeId, code);
}
