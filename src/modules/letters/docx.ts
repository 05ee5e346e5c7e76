import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatPlaceAndDate } from '../../domain/vi/index.ts';
import type { Paper } from './schema.ts';

export interface LetterDocument {
  /** "Xã Tân Phú". */
  communeName: string;
  date: string;
  title: string;
  recipient: string;
  body: string;
  /** "CHỦ TỊCH". */
  signerTitle: string;
  signerName: string;
  paper: Paper;
}

// Nghị định 30/2020/NĐ-CP, Phụ lục I (RULES.md §6): Times New Roman, the two-column national
// header, the signature block; a letter carries no number. A5 letters keep the proportions of A4.
const font = 'Times New Roman';
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const pt = (n: number) => n * 2;
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

const pages = {
  A4: { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15, body: 14, header: 13 },
  A5: { width: 148, height: 210, top: 15, bottom: 15, left: 15, right: 10, body: 13, header: 10 },
} as const;

const run = (text: string, size: number, o: { bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text, font, size: pt(size), bold: o.bold, italics: o.italics });
const centered = (children: ParagraphChild[], after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });
const rule = (columnWidth: number, fraction: number) => {
  const indent = Math.round((columnWidth * (1 - fraction)) / 2);
  return new Paragraph({
    indent: { left: indent, right: indent },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { after: 60 },
    children: [],
  });
};

/** "Xã Tân Phú" → "Tân Phú": the place in the dateline. */
export const placeOf = (communeName: string) => communeName.replace(/^(xã|phường|thị trấn|đặc khu)\s+/iu, '');

/** The letter as DOCX bytes: pure, data in and bytes out. */
export async function renderLetterDocx(l: LetterDocument): Promise<Buffer> {
  const p = pages[l.paper];
  const textWidth = mm(p.width - p.left - p.right);
  const left = Math.round(textWidth * (l.paper === 'A5' ? 0.32 : 0.4));
  const right = textWidth - left;
  const header = new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: left, type: WidthType.DXA },
            borders: noBorders,
            children: [
              centered([run('ỦY BAN NHÂN DÂN', p.header, { bold: true })]),
              centered([run(l.communeName.toLocaleUpperCase('vi'), p.header, { bold: true })]),
              rule(left, 0.4),
            ],
          }),
          new TableCell({
            width: { size: right, type: WidthType.DXA },
            borders: noBorders,
            children: [
              centered([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', p.header, { bold: true })]),
              centered([run('Độc lập - Tự do - Hạnh phúc', p.header + 1, { bold: true })]),
              rule(right, 0.6),
              centered([
                run(formatPlaceAndDate(placeOf(l.communeName), l.date), p.header + 1, { italics: true }),
              ]),
            ],
          }),
        ],
      }),
    ],
  });
  const body = l.body
    .split(/\n+/)
    .filter((t) => t.trim())
    .map(
      (t) =>
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: mm(10) },
          spacing: { after: 120, line: 300 },
          children: [run(t.trim(), p.body)],
        }),
    );
  const signature = [
    centered(
      [run(l.signerTitle.toLocaleUpperCase('vi'), p.body, { bold: true })],
      l.paper === 'A5' ? 900 : 1200,
    ),
    centered([run(l.signerName, p.body, { bold: true })]),
  ].map((para) => para);
  const doc = new Document({
    creator: 'Dân Vận',
    title: l.title,
    styles: { default: { document: { run: { font, size: pt(p.body) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(p.width), height: mm(p.height) },
            margin: { top: mm(p.top), bottom: mm(p.bottom), left: mm(p.left), right: mm(p.right) },
          },
        },
        children: [
          header,
          centered([run(l.title.toLocaleUpperCase('vi'), p.body + 1, { bold: true })], 120),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 120, after: 240 },
            children: [
              run('Kính gửi: ', p.body, { italics: true }),
              run(l.recipient, p.body, { bold: true }),
            ],
          }),
          ...body,
          new Table({
            width: { size: textWidth, type: WidthType.DXA },
            columnWidths: [Math.round(textWidth / 2), textWidth - Math.round(textWidth / 2)],
            borders: noBorders,
            rows: [
              new TableRow({
                children: [
                  new TableCell({ borders: noBorders, children: [new Paragraph({ children: [] })] }),
                  new TableCell({ borders: noBorders, children: signature }),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
