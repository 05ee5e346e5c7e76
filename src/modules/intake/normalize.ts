import type { Span } from './schema.ts';

/**
 * The text every span indexes. Only changes that keep words intact: Unicode NFC (Word and PDF
 * exports mix composed and decomposed tone marks), one kind of line break and of space, no
 * invisible characters. Hard line wraps are kept so offsets stay close to what the user sees;
 * patterns treat any run of whitespace as one space instead.
 */
export function normalizeReportText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/Ð/g, 'Đ')
    .replace(/ð/g, 'đ');
}

/** Whitespace runs (hard wraps included) as single spaces, for display and for matching. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Sentence boundaries: end punctuation followed by space (or a period glued between two words, as
 * web pages lose the space: "xã Mỹ Thạnh.Năm 2015", or followed by footnote marks: "người.[1] Hiện
 * nay"), each row of a table copied with "|" between its cells, a line that starts a list item or a
 * numbered heading, the end of a heading in capitals ("1. NGUỒN LAO ĐỘNG"), or a blank line followed
 * by a capital. A blank line before a lowercase word is
 * a page break inside a sentence (common in text copied from PDF), so it does not end one.
 */
export function sentenceSpans(text: string): Span[] {
  const cuts: number[] = [];
  const boundary =
    /[.!?;](?=\s)|\.(?:\[\d{1,3}\])+(?=\s)|\n(?=[^\n]*\|)|(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})|(?<=^[^\p{Ll}\n]*\p{Lu}{2}[^\p{Ll}\n]*)\n|\n(?=[ ]*(?:[-+*•–]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[IVX]{1,4}\.\s))|\n[ ]*\n(?=\s*[\p{Lu}\d“"‘])/gmu;
  for (const m of text.matchAll(boundary)) cuts.push(m.index + m[0].length);
  const spans: Span[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    if (cut > start) spans.push(trimSpan(text, { start, end: cut }));
    start = cut;
  }
  return spans.filter((s) => s.end > s.start);
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Finds the sentence containing `index` by binary search over sorted spans. */
export function sentenceAt(spans: readonly Span[], index: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (index < s.start) hi = mid - 1;
    else if (index >= s.end) lo = mid + 1;
    else return s;
  }
  // Between sentences (whitespace): fall back to a zero-width span so callers still get a context.
  return { start: index, end: index };
}
