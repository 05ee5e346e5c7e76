import type { Paragraph, Table } from 'docx';
import { formatDecimal, formatInt, formatLongDate, formatPercent } from '../../domain/vi/index.ts';
import type { OnestopCounts } from '../onestop/indicators.ts';
import { onestopSentence } from '../onestop/sentence.ts';
import { body, dataTable, heading, renderFramed } from '../reports/docx.ts';
import type { Frame } from '../reports/layout.ts';
import { genreTitles } from '../reports/model.ts';
import type { Rollup } from './schema.ts';

const show = (v: number | null | undefined, rate: boolean) =>
  v === null || v === undefined
    ? '-'
    : rate
      ? formatPercent(v)
      : Number.isInteger(v)
        ? formatInt(v)
        : formatDecimal(v, { digits: 1, trimZeros: true });

const countKeys: (keyof OnestopCounts)[] = [
  'carriedOver',
  'received',
  'receivedOnline',
  'receivedDirect',
  'receivedPostal',
  'resolved',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pendingWithinDeadline',
  'pendingOverdue',
  'withdrawn',
  'rejected',
];

/** The communes' one-stop counts added up, when they recorded any. */
function provinceCounts(full: ReadonlyMap<string, Record<string, number>>): OnestopCounts | null {
  const c = Object.fromEntries(
    [...countKeys, 'digitized', 'paidOnline'].map((k) => [k, 0]),
  ) as unknown as OnestopCounts;
  let any = false;
  for (const ind of full.values()) {
    for (const k of countKeys) {
      const v = ind[`onestop.dossiers.${k}`];
      if (v !== undefined) {
        c[k] += v;
        any = true;
      }
    }
  }
  return any ? c : null;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The province-level summary (DOCX, Nghị định 30/2020 layout): which communes reported, the
 * one-stop figures of the whole province in the reports' own sentence, each chosen indicator's
 * total and average, the table of communes, and the communes whose figures stand out.
 */
export async function rollupDocx(
  r: Rollup,
  full: ReadonlyMap<string, Record<string, number>>,
  today: string,
): Promise<Buffer> {
  const provinceName = r.province.name.replace(/\s*\(minh họa\)$/, '');
  const place = provinceName.replace(/^(Tỉnh|Thành phố)\s+/i, '');
  const summary = `Tổng hợp ${lowerFirst(genreTitles[r.genre])} ${r.period.label} của các xã, phường`;
  const frame: Frame = {
    issuer: [`UBND ${provinceName.toUpperCase()}`, 'SỞ NỘI VỤ'],
    number: 'Số:      /BC-SNV',
    placeAndDate: `${place}, ${formatLongDate(today)}`,
    summary,
    closing: `Trên đây là báo cáo ${lowerFirst(summary)} trên địa bàn ${lowerFirst(provinceName)}./.`,
    authority: 'KT. GIÁM ĐỐC',
    title: 'PHÓ GIÁM ĐỐC',
    signer: '',
    recipients: ['- UBND tỉnh;', '- Ban Dân vận Tỉnh ủy;', '- Lãnh đạo Sở;', '- Lưu: VT.'],
  };

  const total = r.rows.length;
  const issued = r.rows.filter((x) => x.finalised).length;
  const content: (Paragraph | Table)[] = [
    heading('I. TÌNH HÌNH BÁO CÁO CỦA CÁC XÃ, PHƯỜNG', 1),
    body(
      `Toàn tỉnh có ${formatInt(total)} xã, phường; đến ngày ${formatLongDate(today).replace(/^ngày /, '')}, ${formatInt(issued)} đơn vị đã ban hành báo cáo${
        r.notFinalised.length
          ? `, ${formatInt(r.notFinalised.length)} đơn vị chưa ban hành báo cáo: ${r.notFinalised.map((c) => c.name).join(', ')}.`
          : '.'
      }`,
    ),
    heading('II. KẾT QUẢ CHỦ YẾU', 1),
  ];
  const counts = provinceCounts(full);
  if (counts && counts.received + counts.carriedOver > 0) {
    const sentence = onestopSentence(counts).replace(/^Trong kỳ, /, 'trong kỳ, các xã, phường đã ');
    content.push(body(`Về giải quyết thủ tục hành chính, ${sentence}`));
  }
  for (const ind of r.indicators) {
    if (ind.count === 0) continue;
    const label = ind.label.replace(/\s*\(%\)$/, '');
    content.push(
      body(
        ind.rate
          ? `${label.charAt(0).toUpperCase()}${label.slice(1)}: toàn tỉnh ${show(ind.total ?? ind.average, true)}, bình quân các xã ${show(ind.average, true)}.`
          : `${label.charAt(0).toUpperCase()}${label.slice(1)}: tổng cộng ${show(ind.total, false)}, bình quân ${show(ind.average, false)}/xã.`,
      ),
    );
  }
  content.push(heading('III. BẢNG TỔNG HỢP SỐ LIỆU CÁC XÃ, PHƯỜNG', 1));
  const header = ['Xã, phường', ...r.indicators.map((i) => i.label.replace(/\s*\(%\)$/, ''))];
  const rows = r.rows.map((row) => [
    row.commune.name,
    ...r.indicators.map((i) => `${show(row.values[i.key], i.rate)}${row.marks[i.key] ? ' (*)' : ''}`),
  ]);
  rows.push(['Tổng cộng', ...r.indicators.map((i) => show(i.total, i.rate))]);
  rows.push(['Bình quân', ...r.indicators.map((i) => show(i.average, i.rate))]);
  content.push(dataTable(header, rows, [3, ...r.indicators.map(() => 1.4)]));
  content.push(body(`(*) Số liệu bất thường. ${r.outlierRule}`));
  content.push(heading('IV. CÁC ĐƠN VỊ CÓ SỐ LIỆU BẤT THƯỜNG', 1));
  const flagged = r.rows.flatMap((row) =>
    r.indicators
      .filter((i) => row.marks[i.key])
      .map(
        (i) =>
          `${row.commune.name}: ${i.label.replace(/\s*\(%\)$/, '')} ${show(row.values[i.key], i.rate)} (${row.marks[i.key] === 'low' ? 'thấp' : 'cao'} bất thường)`,
      ),
  );
  content.push(
    body(flagged.length ? `${flagged.join('; ')}.` : 'Không có đơn vị nào có số liệu bất thường.'),
  );
  return renderFramed(frame, content);
}
