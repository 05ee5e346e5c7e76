import { formatDecimal, formatInt, formatPercent } from '../../domain/vi/index.ts';
import type { Figure } from './model.ts';

/**
 * Builds a paragraph's text while recording every figure it quotes, so the draft keeps each
 * number linked to its indicator (a later edit away from the data is detected).
 */
export class Writer {
  private parts: string[] = [];
  readonly figures: Figure[] = [];
  constructor(private readonly indicators: Readonly<Record<string, number>>) {}

  has(key: string): boolean {
    return this.indicators[key] !== undefined;
  }

  value(key: string): number {
    return this.indicators[key] ?? 0;
  }

  text(s: string): this {
    this.parts.push(s);
    return this;
  }

  /** An integer count, `4.080`; padded to two digits below 10 when `pad` ("02 hội nghị"), as reports do. */
  int(key: string, pad = false): string {
    const v = this.value(key);
    const text = pad && v < 10 ? String(v).padStart(2, '0') : formatInt(v);
    this.figures.push({ key, value: v, text });
    return text;
  }

  decimal(key: string): string {
    const text = formatDecimal(this.value(key));
    this.figures.push({ key, value: this.value(key), text });
    return text;
  }

  percent(key: string): string {
    const text = formatPercent(this.value(key));
    this.figures.push({ key, value: this.value(key), text });
    return text;
  }

  /** A share computed from two counts ("đạt 97,5%"); recorded under `key` for the percentage check. */
  share(key: string, part: number, whole: number): string {
    const ratio = whole === 0 ? 0 : part / whole;
    const text = formatPercent(ratio);
    this.figures.push({ key, value: ratio, text });
    return text;
  }

  done(): { text: string; figures: Figure[] } {
    return { text: this.parts.join('').replace(/\s+/g, ' ').trim(), figures: this.figures };
  }
}

/** "tăng 12,5% so với cùng kỳ" / "giảm 3% so với cùng kỳ" / "bằng cùng kỳ"; nothing without a base. */
export function comparison(current: number, previous: number | undefined): string {
  if (previous === undefined || previous === 0) return '';
  if (current === previous) return ', bằng cùng kỳ';
  const change = Math.abs(current - previous) / previous;
  return `, ${current > previous ? 'tăng' : 'giảm'} ${formatPercent(change)} so với cùng kỳ`;
}
