import type { IntakeResult } from './schema.ts';

/** Every stated value of each indicator, in text order: the shape tests compare against. */
export function valuesOf(result: IntakeResult): Record<string, number[]> {
  return Object.fromEntries(
    Object.entries(result.indicators).map(([key, ind]) => [key, ind.occurrences.map((o) => o.value)]),
  );
}

/** The text a span points at, so tests prove spans index the normalised text. */
export function spanText(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}
