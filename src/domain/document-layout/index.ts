// The Nghị định 30/2020 document layout shared by letters, reports and the province roll-up (DOCX).
export { centered, columns, font, mm, noBorders, pt, rule, run } from './blocks.ts';
export { type NationalHeader, nationalHeader } from './header.ts';
export { type PaperSize, pageOf, papers, textWidthOf } from './page.ts';
