import type { Table } from 'docx';
import { centered, columns, rule, run } from './blocks.ts';

export interface NationalHeader {
  /** The text width, twips. */
  width: number;
  /** The issuer's share of the width; the Quốc hiệu takes the rest. */
  issuerShare: number;
  /** "ỦY BAN NHÂN DÂN" over "XÃ TÂN PHÚ". */
  issuer: readonly [string, string];
  /** "Số: 30/BC-UBND" under the issuer's rule; a letter has none. */
  number?: string;
  /** "Tân Phú, ngày 03 tháng 6 năm 2025". */
  placeAndDate: string;
  /** Type sizes, pt: the number goes in the issuer's size, the date in the motto's. */
  sizes: { issuer: number; nationalName: number; motto: number };
  /** How much of its column the rule under the motto spans (as long as the motto's text). */
  mottoRule: number;
}

/**
 * The two-column head of every document (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing body over
 * a short rule and the number on the left; the Quốc hiệu, the Tiêu ngữ over its rule, and the place
 * and date on the right.
 */
export function nationalHeader(h: NationalHeader): Table {
  const left = Math.round(h.width * h.issuerShare);
  const right = h.width - left;
  const { issuer, nationalName, motto } = h.sizes;
  return columns([
    {
      width: left,
      children: [
        centered([run(h.issuer[0], issuer, { bold: true })]),
        centered([run(h.issuer[1], issuer, { bold: true })]),
        rule(left, 0.4),
        ...(h.number === undefined ? [] : [centered([run(h.number, issuer)])]),
      ],
    },
    {
      width: right,
      children: [
        centered([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', nationalName, { bold: true })]),
        centered([run('Độc lập - Tự do - Hạnh phúc', motto, { bold: true })]),
        rule(right, h.mottoRule),
        centered([run(h.placeAndDate, motto, { italics: true })]),
      ],
    },
  ]);
}
