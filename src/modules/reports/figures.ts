import { parseViNumber } from '../../domain/vi/index.ts';
import type { Figure, Paragraph } from './model.ts';

/** What a paragraph's text now says for one of its figures. */
export type FigureReading =
  | { figure: Figure; state: 'unchanged'; value: number; text: string }
  | { figure: Figure; state: 'edited'; value: number; text: string }
  | { figure: Figure; state: 'missing' };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUMBER = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(\s?%)?`;

/** Where `text` stands as a whole number in `s` (not inside "1.097" or "4.080,5"). */
function standalone(figureText: string): RegExp {
  return new RegExp(String.raw`(?<![\d.,])${escapeRegExp(figureText)}(?!\d|[.,]\d)`, 'g');
}

/** Positions of the figures in the composed text, in order (figures are recorded as written). */
function locate(generated: string, figures: readonly Figure[]): (number | null)[] {
  let cursor = 0;
  return figures.map((f) => {
    const re = standalone(f.text);
    re.lastIndex = cursor;
    let m = re.exec(generated);
    if (!m) {
      re.lastIndex = 0;
      m = re.exec(generated);
    }
    if (!m) return null;
    cursor = m.index + m[0].length;
    return m.index;
  });
}

/**
 * The words right before a figure, up to the previous number and at most 40 characters: the
 * anchor by which the figure is found again after an edit ("… trả kết quả trước hạn, 97 hồ sơ").
 */
function contextBefore(generated: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < 40 && !/\d/.test(generated[start - 1] ?? '')) start--;
  let context = generated.slice(start, at);
  // Cut to a word boundary when the 40-character limit fell inside a word.
  if (at - start >= 40) context = context.replace(/^\S*\s/, '');
  return context;
}

function readNumber(s: string, isPercent: boolean): { value: number; text: string } | null {
  const m = new RegExp(`^\\s*${NUMBER}`).exec(s);
  if (!m) return null;
  const text = m[0].trim();
  const number = parseViNumber(`${m[1]}${m[2] ? `,${m[2]}` : ''}`);
  if (number === undefined) return null;
  if (isPercent !== Boolean(m[3])) return null;
  return { value: isPercent ? number / 100 : number, text: text.replace(/\s%$/, '%') };
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * Reads every figure of a generated paragraph back from its current text. An unedited paragraph
 * says what it was composed with. In an edited one each figure is found again by the words before
 * it (the same occurrence of those words, counted from the start); when those words are gone too,
 * the figure counts as still stated if its text still stands in the paragraph, else as missing.
 */
export function readFigures(p: Paragraph): FigureReading[] {
  if (p.generated === undefined || p.text === p.generated) {
    return p.figures.map((figure) => ({
      figure,
      state: 'unchanged',
      value: figure.value,
      text: figure.text,
    }));
  }
  const generated = p.generated;
  const positions = locate(generated, p.figures);
  return p.figures.map((figure, i): FigureReading => {
    const isPercent = figure.text.endsWith('%');
    const at = positions[i];
    if (at !== null && at !== undefined) {
      const context = contextBefore(generated, at);
      if (context.trim().length >= 2) {
        const ordinal = occurrences(generated, context).filter((i) => i < at - context.length).length;
        const found = occurrences(p.text, context)[ordinal];
        const read = found === undefined ? null : readNumber(p.text.slice(found + context.length), isPercent);
        if (read) {
          return read.text === figure.text
            ? { figure, state: 'unchanged', value: figure.value, text: figure.text }
            : { figure, state: 'edited', value: read.value, text: read.text };
        }
      }
    }
    return standalone(figure.text).test(p.text)
      ? { figure, state: 'unchanged', value: figure.value, text: figure.text }
      : { figure, state: 'missing' };
  });
}
