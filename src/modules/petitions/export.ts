import { formatDate } from '../../domain/vi/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { getCommune } from '../units/service.ts';
import * as q from './queries.ts';
import { channelLabels, kindLabels, statusLabels, topicLabels } from './schema.ts';

const cell = (v: string | number | null | undefined) => {
  const s = v === null || v === undefined ? '' : String(v);
  // Quote everything; a leading = + - @ would be a formula in a spreadsheet.
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replaceAll('"', '""')}"`;
};
const date = (d: string | null) => (d ? formatDate(d) : '');

/**
 * Sổ theo dõi đơn thư as CSV (UTF-8 with BOM, for Excel). A denunciation's submitter column
 * says only that it is confidential: the identity never leaves the identity service.
 */
export async function exportPetitionsCsv(
  ctx: Ctx,
  communeId: string,
  period: { from: string; to: string },
): Promise<string> {
  await getCommune(ctx, { id: communeId });
  const rows = await ctx.tx.query<q.PetitionRow>(
    `select ${q.petitionColumns} from ${q.petitionFrom}
     where p.commune_id = $1 and p.received_date between $2 and $3 order by p.received_date, p.code`,
    [communeId, period.from, period.to],
  );
  const header = [
    'Mã đơn',
    'Ngày nhận',
    'Loại đơn',
    'Nguồn đơn',
    'Người gửi',
    'Nội dung',
    'Lĩnh vực',
    'Thuộc thẩm quyền',
    'Trạng thái',
    'Hạn giải quyết',
    'Ngày kết thúc',
    'Cán bộ xử lý',
    'Đơn lặp lại',
    'Vượt cấp',
    'Số, ký hiệu văn bản giải quyết',
  ];
  const lines = rows.map((r) =>
    [
      r.code,
      date(r.receivedDate),
      kindLabels[r.kind],
      channelLabels[r.channel],
      r.kind === 'denunciation' ? (r.anonymous ? 'Nặc danh' : 'Bảo mật theo Luật Tố cáo') : r.submitterName,
      r.subject,
      topicLabels[r.topic],
      r.withinAuthority === null ? 'Chưa phân loại' : r.withinAuthority ? 'Có' : 'Không',
      statusLabels[r.status],
      date(r.dueDate),
      date(r.closedDate),
      r.assignedOfficialName,
      r.repeatedOfCode ?? '',
      r.overLevel ? 'Có' : '',
      r.decisionRef,
    ]
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[header.map(cell).join(','), ...lines].join('\r\n')}\r\n`;
}
