import ExcelJS from 'exceljs';
import type { Rollup } from './schema.ts';

const markFill = {
  low: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8D7DA' } },
  high: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF3CD' } },
} as const;
const markWord = { low: 'thấp bất thường', high: 'cao bất thường' } as const;
const statusWord = { draft: 'Dự thảo', final: 'Đã ban hành' } as const;

/**
 * The roll-up as a workbook: one sheet with a row per commune (numbers as numbers, rates as
 * percentages, outliers shaded and named in a note column), totals and averages; a sheet of the
 * communes that have not issued their report; and the outlier rule in words.
 */
export async function rollupXlsx(r: Rollup): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dân Vận';
  const ws = wb.addWorksheet('Tổng hợp', { views: [{ state: 'frozen', xSplit: 3, ySplit: 4 }] });
  const width = 5 + r.indicators.length;
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).value = `TỔNG HỢP SỐ LIỆU CÁC XÃ, PHƯỜNG — ${r.province.name.toUpperCase()}`;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.mergeCells(2, 1, 2, width);
  ws.getCell(2, 1).value = `Kỳ: ${r.period.label} (từ ${r.period.from} đến ${r.period.to})`;
  ws.getCell(2, 1).font = { italic: true };

  const header = [
    'STT',
    'Mã xã',
    'Tên xã, phường',
    ...r.indicators.map((i) => i.label),
    'Báo cáo',
    'Ghi chú',
  ];
  const headerRow = ws.getRow(4);
  headerRow.values = header;
  headerRow.font = { bold: true };
  headerRow.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  headerRow.height = 45;

  const format = (rate: boolean) => (rate ? '0.0%' : '#,##0.##');
  r.rows.forEach((row, i) => {
    const excelRow = ws.getRow(5 + i);
    const notes: string[] = [];
    excelRow.values = [
      i + 1,
      row.commune.code,
      row.commune.name,
      ...r.indicators.map((ind) => row.values[ind.key] ?? null),
      row.report
        ? `${statusWord[row.report.status]}${row.report.reference ? ` số ${row.report.reference}` : ` (phiên bản ${row.report.version})`}`
        : 'Chưa có',
      '',
    ];
    r.indicators.forEach((ind, j) => {
      const cell = excelRow.getCell(4 + j);
      cell.numFmt = format(ind.rate);
      const mark = row.marks[ind.key];
      if (mark) {
        cell.fill = markFill[mark];
        notes.push(`${ind.label}: ${markWord[mark]}`);
      }
    });
    if (row.source === 'none') notes.push('Xã chưa ghi nhận số liệu trên Dân Vận');
    if (row.source === 'intake') notes.push('Số liệu đọc từ báo cáo của xã');
    excelRow.getCell(width).value = notes.join('; ');
  });

  const totalsAt = 5 + r.rows.length;
  const summaryRow = (
    at: number,
    label: string,
    pick: (i: Rollup['indicators'][number]) => number | null,
  ) => {
    const row = ws.getRow(at);
    row.values = ['', '', label, ...r.indicators.map(pick)];
    row.font = { bold: true };
    r.indicators.forEach((ind, j) => {
      row.getCell(4 + j).numFmt = format(ind.rate);
    });
  };
  summaryRow(totalsAt, 'Tổng cộng', (i) => i.total);
  summaryRow(totalsAt + 1, 'Bình quân một xã', (i) => i.average);

  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = 12;
  ws.getColumn(3).width = 26;
  r.indicators.forEach((_, j) => {
    ws.getColumn(4 + j).width = 14;
  });
  ws.getColumn(width - 1).width = 22;
  ws.getColumn(width).width = 40;

  const pending = wb.addWorksheet('Chưa ban hành báo cáo');
  pending.addRow(['STT', 'Mã xã', 'Tên xã, phường']).font = { bold: true };
  r.notFinalised.forEach((c, i) => {
    pending.addRow([i + 1, c.code, c.name]);
  });
  pending.getColumn(3).width = 30;

  const rules = wb.addWorksheet('Cách tính');
  rules.getColumn(1).width = 110;
  for (const line of [
    'Tổng cộng: cộng số liệu các xã; tỷ lệ được tính lại từ tổng các số liệu thành phần (ví dụ: tổng số hồ sơ đúng hạn và trước hạn / tổng số hồ sơ đã giải quyết).',
    'Bình quân: trung bình của các xã có số liệu.',
    r.outlierRule,
  ]) {
    rules.addRow([line]).alignment = { wrapText: true };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
