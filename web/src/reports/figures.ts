import { type FigureReading, readFigures } from '../../../src/modules/reports/figures.ts';
import type { Figure, Paragraph } from './types.ts';

// The server's own reading of figures (src/modules/reports/figures.ts) runs here too, so the
// editor warns while the official types, with exactly the rule the checks apply.

/** A run of text starting at `at`; a figure when it is one. */
export type Segment = { at: number; text: string; figure?: Figure };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text cut into plain runs and figures, for highlighting: each figure is found as a whole
 * number ("80" not inside "1.080"), in order after the previous one.
 */
export function segments(text: string, figures: readonly Figure[]): Segment[] {
  const out: Segment[] = [];
  let cursor = 0;
  for (const figure of figures) {
    const re = new RegExp(String.raw`(?<![\d.,])${escapeRegExp(figure.text)}(?!\d|[.,]\d)`, 'g');
    re.lastIndex = cursor;
    const m = re.exec(text);
    if (!m) continue;
    if (m.index > cursor) out.push({ at: cursor, text: text.slice(cursor, m.index) });
    out.push({ at: m.index, text: m[0], figure });
    cursor = m.index + m[0].length;
  }
  if (cursor < text.length) out.push({ at: cursor, text: text.slice(cursor) });
  return out;
}

/** The figures of a generated paragraph that no longer say what the data says. */
export function driftedFigures(p: Paragraph, text: string): Exclude<FigureReading, { state: 'unchanged' }>[] {
  if (p.kind !== 'generated') return [];
  return readFigures({ ...p, text }).filter(
    (r): r is Exclude<FigureReading, { state: 'unchanged' }> => r.state !== 'unchanged',
  );
}
