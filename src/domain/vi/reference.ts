// A document's number and symbol ("số, ký hiệu"), Nghị định 30/2020/NĐ-CP art. 15 and Phụ lục I:
// number / [year /] type code - issuer code, e.g. "30/BC-UBND"; a công văn has no type code
// ("12/UBND-VX"). Numbers below 10 are written with a leading zero ("05/BC-UBND").

export interface DocumentReference {
  /** Sequence number in the issuing body's register for the year, from 1. */
  number: number;
  /** Issuer's abbreviation, possibly with the drafting unit: "UBND", "UBND-VX". */
  issuer: string;
  /** Document type code (BC, QĐ, KH, TB…); absent for a công văn. */
  type?: string;
  /** Only for legal normative documents ("15/2024/QĐ-UBND"). */
  year?: number;
}

export function formatReference(reference: DocumentReference): string {
  const { number, issuer, type, year } = reference;
  if (!Number.isInteger(number) || number < 1)
    throw new RangeError(`Document number must be ≥ 1, got ${number}`);
  const parts = [String(number).padStart(2, '0')];
  if (year !== undefined) parts.push(String(year));
  const symbol = type
    ? `${type.normalize('NFC').trim()}-${issuer.normalize('NFC').trim()}`
    : issuer.normalize('NFC').trim();
  parts.push(symbol);
  return parts.join('/');
}
