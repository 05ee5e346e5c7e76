export interface Span {
  start: number;
  end: number;
}

export interface Marked {
  /** A value's key, a finding's index as `finding:N`, a cited document's as `document:N`. */
  id: string;
  span: Span;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Ids of the spans covering this piece of text. */
  ids: string[];
  /** Ids whose span starts here: the piece to scroll to. */
  anchors: string[];
}

/**
 * Cuts the report text at every span boundary, so overlapping highlights (a value inside a
 * finding's sentence) each keep their own marks. Spans outside the text are clipped.
 */
export function segmentText(text: string, marks: readonly Marked[]): Segment[] {
  const clip = (n: number) => Math.max(0, Math.min(text.length, n));
  const spans = marks
    .map((m) => ({ id: m.id, start: clip(m.span.start), end: clip(m.span.end) }))
    .filter((m) => m.end > m.start);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      ids: covering.map((s) => s.id),
      anchors: covering.filter((s) => s.start === start).map((s) => s.id),
    });
  }
  return segments;
}

export const findingId = (index: number) => `finding:${index}`;
export const documentId = (index: number) => `document:${index}`;

/** What a highlighted id stands for: an indicator's value, a cited document or a finding. */
export function markKind(id: string): 'value' | 'document' | 'finding' {
  if (id.startsWith('finding:')) return 'finding';
  if (id.startsWith('document:')) return 'document';
  return 'value';
}

/** A rate is stored as a fraction (0,975) and typed as a percentage (97,5). */
export function toShown(value: number, rate: boolean): number {
  return rate ? Number((value * 100).toPrecision(12)) : value;
}

export function fromShown(value: number, rate: boolean): number {
  return rate ? Number((value / 100).toPrecision(12)) : value;
}

/** The DOM id of the first piece of a highlighted span (values and findings share the text). */
export const anchorDomId = (id: string) => `doc-${id.replace(/[^\w-]/g, '_')}`;
