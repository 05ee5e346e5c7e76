import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type Frame, frameOf } from './layout.ts';
import type { ReportDraft, Section } from './model.ts';

// Nghị định 30/2020/NĐ-CP, Phụ lục I (RULES.md §6): A4, Times New Roman, body 14 pt justified with a
// 1,27 cm first-line indent, 6 pt between paragraphs, page numbers centred at the top from page 2.
const font = 'Times New Roman';
/** Millimetres to twips, rounded (docx's own helper truncates: A4 would come out 11905 wide). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const pt = (n: number) => n * 2; // docx sizes are half-points
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};
const textWidth = mm(210 - 30 - 15);

const run = (text: string, o: { size?: number; bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text, font, size: pt(o.size ?? 14), bold: o.bold, italics: o.italics });

const centered = (children: ParagraphChild[], o: { after?: number } = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: o.after ?? 0 },
    children,
  });

/** A short centred rule under a line, `fraction` of the column wide (the header's underlines). */
const rule = (columnWidth: number, fraction: number) => {
  const indent = Math.round((columnWidth * (1 - fraction)) / 2);
  return new Paragraph({
    indent: { left: indent, right: indent },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { after: 60 },
    children: [],
  });
};

function headerTable(frame: Frame): Table {
  const left = Math.round(textWidth * 0.38);
  const right = textWidth - left;
  return new Table({
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
              centered([run(frame.issuer[0], { size: 13, bold: true })]),
              centered([run(frame.issuer[1], { size: 13, bold: true })]),
              rule(left, 0.4),
              centered([run(frame.number, { size: 13 })]),
            ],
          }),
          new TableCell({
            width: { size: right, type: WidthType.DXA },
            borders: noBorders,
            children: [
              centered([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true })]),
              centered([run('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true })]),
              rule(right, 0.55),
              centered([run(frame.placeAndDate, { size: 14, italics: true })]),
            ],
          }),
        ],
      }),
    ],
  });
}

export const body = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { after: 120, line: 288 },
    children: [run(text)],
  });

export const heading = (text: string, level: 1 | 2 | 3) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { before: level === 1 ? 120 : 60, after: 120 },
    keepNext: true,
    children: [run(text, { bold: true, italics: level === 3 })],
  });

function sectionParagraphs(section: Section): Paragraph[] {
  return [
    heading(`${section.number} ${section.title}`, section.level),
    ...section.paragraphs.filter((p) => p.text.trim()).map((p) => body(p.text)),
    ...section.children.flatMap(sectionParagraphs),
  ];
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const thinBorders = { top: thin, bottom: thin, left: thin, right: thin };

/** A data table (12 pt, header row bold and repeated on each page), full text width. */
export function dataTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  widths?: number[],
): Table {
  const columns = widths ?? header.map(() => 1);
  const total = columns.reduce((a, b) => a + b, 0);
  const twips = columns.map((w) => Math.floor((textWidth * w) / total));
  const cell = (text: string, i: number, bold: boolean) =>
    new TableCell({
      width: { size: twips[i] ?? 0, type: WidthType.DXA },
      borders: thinBorders,
      children: [
        new Paragraph({
          alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [run(text, { size: 12, bold })],
        }),
      ],
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: twips,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

function closingTable(frame: Frame): Table {
  const left = Math.round(textWidth * 0.5);
  const right = textWidth - left;
  return new Table({
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
              new Paragraph({ children: [run('Nơi nhận:', { size: 12, bold: true, italics: true })] }),
              ...frame.recipients.map((r) => new Paragraph({ children: [run(r, { size: 11 })] })),
            ],
          }),
          new TableCell({
            width: { size: right, type: WidthType.DXA },
            borders: noBorders,
            children: [
              centered([run(frame.authority, { size: 14, bold: true })]),
              centered([run(frame.title, { size: 14, bold: true })], { after: 1200 }),
              centered([run(frame.signer, { size: 14, bold: true })]),
            ],
          }),
        ],
      }),
    ],
  });
}

/**
 * A document in the Nghị định 30/2020 layout around any body: header table, "BÁO CÁO" and the
 * summary, the body, the closing sentence, recipients and signature; A4, margins, page numbers
 * from page 2. The commune report and the province summary are both built with it.
 */
export async function renderFramed(frame: Frame, content: readonly (Paragraph | Table)[]): Promise<Buffer> {
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font, size: pt(13), children: [PageNumber.CURRENT] })],
      }),
    ],
  });
  const doc = new Document({
    creator: 'Dân Vận',
    title: `Báo cáo ${frame.summary}`,
    styles: { default: { document: { run: { font, size: pt(14) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10) },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: [
          headerTable(frame),
          centered([run('BÁO CÁO', { bold: true })], { after: 0 }),
          centered([run(frame.summary, { bold: true })]),
          rule(textWidth, 0.25),
          ...content,
          body(frame.closing),
          closingTable(frame),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The report as a DOCX: real paragraphs and tables that Word and LibreOffice open and edit. */
export async function renderDocx(draft: ReportDraft): Promise<Buffer> {
  return renderFramed(frameOf(draft), draft.sections.flatMap(sectionParagraphs));
}
