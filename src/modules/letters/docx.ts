import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import {
  centered,
  font,
  mm,
  nationalHeader,
  noBorders,
  pageOf,
  papers,
  pt,
  run,
  textWidthOf,
} from '../../domain/document-layout/index.ts';
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

/** "Xã Tân Phú" → "Tân Phú": the place in the dateline. */
export const placeOf = (communeName: string) => communeName.replace(/^(xã|phường|thị trấn|đặc khu)\s+/iu, '');

/**
 * The letter as DOCX bytes, pure, data in and bytes out: the national header (Nghị định 30/2020,
 * RULES.md §6; a letter carries no number), the title, "Kính gửi", the body and the signature.
 */
export async function renderLetterDocx(l: LetterDocument): Promise<Buffer> {
  const p = papers[l.paper];
  const textWidth = textWidthOf(l.paper);
  const header = nationalHeader({
    width: textWidth,
    issuerShare: l.paper === 'A5' ? 0.32 : 0.4,
    issuer: ['ỦY BAN NHÂN DÂN', l.communeName.toLocaleUpperCase('vi')],
    placeAndDate: formatPlaceAndDate(placeOf(l.communeName), l.date),
    sizes: { issuer: p.header, nationalName: p.header, motto: p.header + 1 },
    mottoRule: 0.6,
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
  ];
  const doc = new Document({
    creator: 'Dân Vận',
    title: l.title,
    styles: { default: { document: { run: { font, size: pt(p.body) } } } },
    sections: [
      {
        properties: { page: pageOf(l.paper) },
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
