import { formatReference } from '../../domain/vi/index.ts';
import { type DocumentType, documentTypeLabels } from './schema.ts';

/**
 * Which counter a document draws its number from (Nghị định 30/2020/NĐ-CP art. 15): one shared
 * sequence per issuing body and year ('*'), or one per type when the head of the body chose so.
 * A year is the document's calendar year, so numbering restarts from 01 on 1 January.
 */
export function sequenceKey(perTypeNumbering: boolean, type: DocumentType): string {
  return perTypeNumbering ? type : '*';
}

/** "58/KH-UBND"; a công văn carries its drafting unit instead of a type: "12/UBND-VX". */
export function documentReference(d: {
  number: number;
  type: string;
  issuer: string;
  field?: string | null;
}): string {
  const issuer = d.field ? `${d.issuer}-${d.field}` : d.issuer;
  return formatReference({ number: d.number, issuer, ...(d.type ? { type: d.type } : {}) });
}

/** "23/3/2023": how reports write a document's date in running text. */
const shortDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
};

/**
 * A document as the reports cite it: "Kế hoạch số 13/KH-UBND ngày 23/3/2023 về triển khai …".
 * A summary that already starts with "về" (or "V/v") is not given a second one.
 */
export function documentCitation(d: {
  type: string;
  reference: string;
  date: string;
  summary: string;
}): string {
  const label = documentTypeLabels[d.type as DocumentType] ?? 'Văn bản';
  const summary = d.summary.trim().replace(/^V\/v\s*/i, 'về ');
  const about = /^về\s/i.test(summary)
    ? summary.charAt(0).toLowerCase() + summary.slice(1)
    : `về ${summary.charAt(0).toLowerCase()}${summary.slice(1)}`;
  return `${label} số ${d.reference} ngày ${shortDate(d.date)} ${about}`;
}
