import { mm } from './blocks.ts';

/**
 * Paper, margins (mm) and type sizes (pt) of Nghị định 30/2020/NĐ-CP, Phụ lục I (RULES.md §6). A5
 * (letters) keeps the proportions of A4.
 */
export const papers = {
  A4: { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15, body: 14, header: 13 },
  A5: { width: 148, height: 210, top: 15, bottom: 15, left: 15, right: 10, body: 13, header: 10 },
} as const;
export type PaperSize = keyof typeof papers;

/** The width between the margins, in twips. */
export const textWidthOf = (paper: PaperSize) => {
  const p = papers[paper];
  return mm(p.width - p.left - p.right);
};

/** A section's page size and margins, in twips. */
export const pageOf = (paper: PaperSize) => {
  const p = papers[paper];
  return {
    size: { width: mm(p.width), height: mm(p.height) },
    margin: { top: mm(p.top), bottom: mm(p.bottom), left: mm(p.left), right: mm(p.right) },
  };
};
