import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  centered,
  columns,
  font,
  mm,
  nationalHeader,
  pageOf,
  pt,
  rule,
  run,
  textWidthOf,
} from '../../domain/document-layout/index.ts';
import { type Frame, frameOf } from './layout.ts';
import type { ReportDraft, Section } from './model.ts';

// Nghị định 30/2020/NĐ-CP, Phụ lục I (RULES.md §6): A4, body 14 pt justified with a 1,27 cm
// first-line indent, 6 pt between paragraphs, page numbers centred at the top from page 2.
const textWidth = textWidthOf('A4');

export const body = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { after: 120, line: 288 },
    children: [run(text, 14)],
  });

export const heading = (text: string, level: 1 | 2 | 3) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { before: level === 1 ? 120 : 60, after: 120 },
    keepNext: true,
    children: [run(text, 14, { bold: true, italics: level === 3 })],
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
  const shares = widths ?? header.map(() => 1);
  const total = shares.reduce((a, b) => a + b, 0);
  const twips = shares.map((w) => Math.floor((textWidth * w) / total));
  const cell = (text: string, i: number, bold: boolean) =>
    new TableCell({
      width: { size: twips[i] ?? 0, type: WidthType.DXA },
      borders: thinBorders,
      children: [
        new Paragraph({
          alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [run(text, 12, { bold })],
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
  return columns([
    {
      width: left,
      children: [
        new Paragraph({ children: [run('Nơi nhận:', 12, { bold: true, italics: true })] }),
        ...frame.recipients.map((r) => new Paragraph({ children: [run(r, 11)] })),
      ],
    },
    {
      width: textWidth - left,
      children: [
        centered([run(frame.authority, 14, { bold: true })]),
        centered([run(frame.title, 14, { bold: true })], 1200),
        centered([run(frame.signer, 14, { bold: true })]),
      ],
    },
  ]);
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
  const a4 = pageOf('A4');
  const doc = new Document({
    creator: 'Dân Vận',
    title: `Báo cáo ${frame.summary}`,
    styles: { default: { document: { run: { font, size: pt(14) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { ...a4, margin: { ...a4.margin, header: mm(10) } },
        },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: [
          nationalHeader({
            width: textWidth,
            issuerShare: 0.38,
            issuer: frame.issuer,
            number: frame.number,
            placeAndDate: frame.placeAndDate,
            sizes: { issuer: 13, nationalName: 12, motto: 14 },
            mottoRule: 0.55,
          }),
          centered([run('BÁO CÁO', 14, { bold: true })]),
          centered([run(frame.summary, 14, { bold: true })]),
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
