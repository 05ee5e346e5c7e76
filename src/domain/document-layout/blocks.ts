import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

export const font = 'Times New Roman';
/** Millimetres to twips, rounded (docx's own helper truncates: A4 would come out 11905 wide). */
export const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
/** Points to docx sizes, which are half-points. */
export const pt = (n: number) => n * 2;

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

export const run = (text: string, size: number, o: { bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text, font, size: pt(size), bold: o.bold, italics: o.italics });

export const centered = (children: ParagraphChild[], after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });

/** A short centred rule under a line, `fraction` of the column wide (the header's underlines). */
export const rule = (columnWidth: number, fraction: number) => {
  const indent = Math.round((columnWidth * (1 - fraction)) / 2);
  return new Paragraph({
    indent: { left: indent, right: indent },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { after: 60 },
    children: [],
  });
};

/** Blocks side by side without borders, one column per width (twips): the header, the closing. */
export function columns(blocks: readonly { width: number; children: Paragraph[] }[]): Table {
  const widths = blocks.map((b) => b.width);
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: noBorders,
    rows: [
      new TableRow({
        children: blocks.map(
          (b) =>
            new TableCell({
              width: { size: b.width, type: WidthType.DXA },
              borders: noBorders,
              children: b.children,
            }),
        ),
      }),
    ],
  });
}
