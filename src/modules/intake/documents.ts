import { collapse, sentenceAt } from './normalize.ts';
import type { CitedDocument, Span } from './schema.ts';

/** Canonical type names and the code each carries in its reference (NĐ in 61/2018/NĐ-CP). */
export const DOCUMENT_TYPES: ReadonlyArray<{ name: string; code: string | null; abbreviation?: string }> = [
  { name: 'Thông tư liên tịch', code: 'TTLT' },
  { name: 'Nghị định', code: 'NĐ', abbreviation: 'NĐ' },
  { name: 'Nghị quyết', code: 'NQ', abbreviation: 'NQ' },
  { name: 'Quyết định', code: 'QĐ', abbreviation: 'QĐ' },
  { name: 'Kế hoạch', code: 'KH', abbreviation: 'KH' },
  { name: 'Báo cáo', code: 'BC', abbreviation: 'BC' },
  { name: 'Chỉ thị', code: 'CT' },
  { name: 'Thông tư', code: 'TT' },
  { name: 'Thông báo', code: 'TB', abbreviation: 'TB' },
  { name: 'Công văn', code: null, abbreviation: 'CV' },
  { name: 'Hướng dẫn', code: 'HD' },
  { name: 'Kết luận', code: 'KL' },
  { name: 'Chương trình', code: 'CTr' },
  { name: 'Quy định', code: 'QĐi' },
  { name: 'Quy chế', code: 'QC' },
  { name: 'Pháp lệnh', code: 'PL' },
  { name: 'Đề án', code: 'ĐA' },
  { name: 'Tờ trình', code: 'TTr' },
  { name: 'Luật', code: null },
];

/** Reference codes that name a document type; a reference whose code names another type is suspect. */
export const TYPE_BY_CODE: ReadonlyMap<string, string> = new Map(
  DOCUMENT_TYPES.filter((t) => t.code).map((t) => [(t.code as string).toUpperCase(), t.name]),
);

// Type names match with either case for the first letter only: a case-insensitive flag would also
// make \p{Lu} below match lowercase letters, and codes must start with a capital.
const typeAlternatives = DOCUMENT_TYPES.map((t) => {
  const first = t.name.charAt(0);
  const name = `[${first}${first.toLowerCase()}]${t.name.slice(1).replace(/ /g, '\\s+')}`;
  const ext = t.name === 'Chương trình' ? String.raw`(?:\s+(?:hành động|phối hợp|công tác|làm việc))?` : '';
  return t.abbreviation ? `${name}${ext}|${t.abbreviation}(?=\\s+số)` : `${name}${ext}`;
}).join('|');

const SEG_TIGHT = String.raw`[-/]\s*[\p{Lu}\p{N}][\p{L}\p{N}&]*`;
const SEG_LOOSE = String.raw`[ ]+[-/][ ]+[\p{Lu}\p{N}&]+(?!\p{Ll})`;
const REF = String.raw`\d{1,5}(?:${SEG_TIGHT}|${SEG_LOOSE})*`;
const CITATION = new RegExp(
  String.raw`(?<![\p{L}])(${typeAlternatives})(?:\s+(số)\s*:?\s*|\s+)(${REF})(?![\p{L}\p{N}])`,
  'gu',
);
const DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`;
const DATE_AFTER = new RegExp(String.raw`^\s*[,;.]?\s*(?:\d{1,2}\s+)?(?:[Nn]gày\s*|,\s*)(?:${DATE})`, 'u');
const DATE_BEFORE = new RegExp(
  String.raw`[Nn]gày\s*(?:${DATE})[^.]{0,80}?[Bb]an\s+hành\s*(?:các\s+)?(?:[^.]{0,3})$`,
  'u',
);
const ISSUER_AFTER =
  /^\s*,?\s*(?:của|do)\s+([^,;.()“"]{2,90}?)(?=\s+(?:về|V\/v|ban\s+hành|quy\s+định|hướng\s+dẫn|phê\s+duyệt|sửa\s+đổi|triển\s+khai|thực\s+hiện|tổ\s+chức|xây\s+dựng|và|tại|trên|theo|công\s+bố)(?![\p{L}])|[,;.()“"]|$)/iu;
const SUMMARY_AFTER =
  /^\s*[,;.]?\s*(?:(?:về\s+việc|về|V\/v)\s*:?\s+|(?=(?:ban\s+hành|quy\s+định|hướng\s+dẫn|phê\s+duyệt|sửa\s+đổi)\s))([^;]{3,260}?)(?=;|\.(?:\s|$)|$)/iu;
const ISSUER_BEFORE =
  /((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Chủ tịch UBND)\s+(?:xã|phường|thị trấn)(?:\s+\p{Lu}\p{L}*){0,3})[^.]{0,20}$/u;

/** Every citation of a document: type, reference, date, issuer and subject, in text order. */
export function extractDocuments(text: string, sentences: readonly Span[]): CitedDocument[] {
  const docs: CitedDocument[] = [];
  for (const m of text.matchAll(CITATION)) {
    const typeWritten = m[1] as string;
    const hasSo = m[2] !== undefined;
    const refRaw = m[3] as string;
    const reference = refRaw.replace(/\s+/g, '').replace(/([-/])$/, '');
    // Without "số" only a full reference counts: "Kế hoạch 2023" is not a citation.
    if (!hasSo && !/[-/]/.test(reference)) continue;
    const type = canonicalType(typeWritten);
    const start = m.index;
    let end = m.index + m[0].length;

    let date: string | null = null;
    let issuer: string | null = null;
    let summary: string | null = null;
    let rest = text.slice(end, end + 500);

    const after = DATE_AFTER.exec(rest);
    if (after) {
      date = isoFromGroups(after);
      end += after[0].length;
      rest = text.slice(end, end + 500);
    } else {
      const before = DATE_BEFORE.exec(text.slice(Math.max(0, start - 160), start));
      if (before) date = isoFromGroups(before);
      const local = ISSUER_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
      if (before && local) issuer = collapse(local[1] as string);
    }
    const iss = ISSUER_AFTER.exec(rest);
    if (iss) {
      issuer = collapse(iss[1] as string);
      end += iss[0].length;
      rest = text.slice(end, end + 500);
    }
    const sum = SUMMARY_AFTER.exec(rest);
    if (sum) {
      summary = collapse(sum[1] as string)
        .replace(/^[“"‘\s]+|[”"’\s]+$/g, '')
        .trim();
      end += sum[0].length;
    }

    const sentence = sentenceAt(sentences, start);
    const numberMatch = /^\d+/.exec(reference);
    const yearMatch = /\/((?:19|20)\d\d)(?:\/|$)/.exec(reference);
    const codeMatch = /^\d+[-/](?:(?:19|20)\d\d\/)?([\p{L}&]+)/u.exec(reference);
    docs.push({
      type,
      reference,
      number: Number(numberMatch?.[0] ?? 0),
      referenceYear: yearMatch ? Number(yearMatch[1]) : null,
      code: codeMatch ? (codeMatch[1] as string) : null,
      date,
      issuer,
      summary,
      span: { start, end },
      text: collapse(text.slice(sentence.start, Math.max(sentence.end, end))),
    });
  }
  return docs;
}

function canonicalType(written: string): string {
  const flat = written.replace(/\s+/g, ' ');
  for (const t of DOCUMENT_TYPES) {
    if (t.abbreviation && flat === t.abbreviation) return t.name;
    if (flat.toLowerCase().startsWith(t.name.toLowerCase())) return t.name;
  }
  return flat;
}

function isoFromGroups(m: RegExpExecArray): string | null {
  const [d, mo, y] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  const day = Number(d);
  const month = Number(mo);
  const year = Number(y);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()))
    return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
