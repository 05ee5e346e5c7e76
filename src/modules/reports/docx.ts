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
import { placeAndDate } from './compose.ts';
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

function headerTable(draft: ReportDraft): Table {
  const left = Math.round(textWidth * 0.38);
  const right = textWidth - left;
  const unit = draft.commune.name.toUpperCase();
  const number = draft.reference ?? '      /BC-UBND';
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
              centered([run('ỦY BAN NHÂN DÂN', { size: 13, bold: true })]),
              centered([run(unit, { size: 13, bold: true })]),
              rule(left, 0.4),
              centered([run(`Số: ${number}`, { size: 13 })]),
            ],
          }),
          new TableCell({
            width: { size: right, type: WidthType.DXA },
            borders: noBorders,
            children: [
              centered([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true })]),
              centered([run('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true })]),
              rule(right, 0.55),
              centered([run(placeAndDate(draft), { size: 14, italics: true })]),
            ],
          }),
        ],
      }),
    ],
  });
}

const body = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { after: 120, line: 288 },
    children: [run(text)],
  });

function sectionParagraphs(section: Section): Paragraph[] {
  const heading = new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { before: section.level === 1 ? 120 : 60, after: 120 },
    keepNext: true,
    children: [run(`${section.number} ${section.title}`, { bold: true, italics: section.level === 3 })],
  });
  return [
    heading,
    ...section.paragraphs.filter((p) => p.text.trim()).map((p) => body(p.text)),
    ...section.children.flatMap(sectionParagraphs),
  ];
}

function closingTable(draft: ReportDraft): Table {
  const left = Math.round(textWidth * 0.5);
  const right = textWidth - left;
  const unit = draft.commune.name.split(' ')[0]?.toUpperCase() ?? 'XÃ';
  const authority =
    draft.signer.authority === 'TM.' ? `TM. ỦY BAN NHÂN DÂN ${unit}` : `${draft.signer.authority} CHỦ TỊCH`;
  const recipients = draft.recipients.map(
    (r, i) =>
      new Paragraph({
        children: [run(`- ${r}${i === draft.recipients.length - 1 ? '.' : ';'}`, { size: 11 })],
      }),
  );
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
              ...recipients,
            ],
          }),
          new TableCell({
            width: { size: right, type: WidthType.DXA },
            borders: noBorders,
            children: [
              centered([run(authority, { size: 14, bold: true })]),
              centered([run(draft.signer.title.toUpperCase(), { size: 14, bold: true })], { after: 1200 }),
              centered([run(draft.signer.name, { size: 14, bold: true })]),
            ],
          }),
        ],
      }),
    ],
  });
}

/** The report as a DOCX: real paragraphs and tables that Word and LibreOffice open and edit. */
export async function renderDocx(draft: ReportDraft): Promise<Buffer> {
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
    title: `Báo cáo ${draft.summary}`,
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
          headerTable(draft),
          centered([run('BÁO CÁO', { bold: true })], { after: 0 }),
          centered([run(draft.summary, { bold: true })]),
          rule(textWidth, 0.25),
          ...draft.sections.flatMap(sectionParagraphs),
          body(
            `Trên đây là báo cáo ${draft.summary.charAt(0).toLowerCase()}${draft.summary.slice(1)} của UBND ${draft.commune.name.charAt(0).toLowerCase()}${draft.commune.name.slice(1)}./.`,
          ),
          closingTable(draft),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
