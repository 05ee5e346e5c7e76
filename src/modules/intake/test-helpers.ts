import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { intakeText } from './intake.ts';
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

/** A fixture in fixtures/ without its first "Nguồn: …" line (the source, not part of the report). */
export function readFixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('Nguồn:'))
    .join('\n');
}

/** What a reader finds in a real report, labelled by hand from the text. */
export interface Expected {
  file: string;
  commune: { name?: string | null; kind?: string | null; district?: string | null; province?: string | null };
  /** The report's period as read; absent where an excerpt of a news item names none as its own. */
  period?: string | null;
  indicators: Record<string, number[]>;
  /** Values a reader finds that the extractor does not (counted as misses in the rate). */
  missed?: Record<string, number[]>;
  qualifiers?: Record<string, string>;
  findings: string[];
}

export interface Score {
  stated: number;
  exact: number;
  /** Findings the extractor raised that the labels do not have. */
  falseFlags: string[];
  /** Labelled findings the extractor did not raise. */
  missedFlags: string[];
}

/** Scores the extractor against labels: a value counts when it is the same statement, in order. */
export function score(expected: readonly Expected[]): Score {
  const result: Score = { stated: 0, exact: 0, falseFlags: [], missedFlags: [] };
  for (const e of expected) {
    const read = intakeText(readFixture(e.file));
    const got = valuesOf(read);
    const labelled = { ...e.indicators };
    for (const [key, values] of Object.entries(e.missed ?? {}))
      labelled[key] = [...(labelled[key] ?? []), ...values];
    for (const [key, values] of Object.entries(labelled)) {
      result.stated += values.length;
      result.exact += values.filter((v, i) => got[key]?.[i] === v).length;
    }
    const rules = read.findings.map((f) => f.rule as string);
    const wanted = [...e.findings];
    for (const rule of rules) {
      const i = wanted.indexOf(rule);
      if (i >= 0) wanted.splice(i, 1);
      else result.falseFlags.push(`${e.file}: ${rule}`);
    }
    result.missedFlags.push(...wanted.map((rule) => `${e.file}: ${rule}`));
  }
  return result;
}

/** Commune, period, every stated value and the exact findings of each excerpt of a tuned set. */
export function expectEach(set: readonly Expected[]): void {
  for (const expected of set) {
    it(`${expected.file}: commune, period, every stated indicator, no false flag`, () => {
      const result = intakeText(readFixture(expected.file), expected.file);
      expect(result.commune).toMatchObject(expected.commune);
      if (expected.period !== undefined) expect(result.period?.label ?? null).toBe(expected.period);
      expect(valuesOf(result)).toEqual(expected.indicators);
      for (const [key, qualifier] of Object.entries(expected.qualifiers ?? {})) {
        expect(result.indicators[key]?.qualifier).toBe(qualifier);
      }
      expect(result.findings.map((f) => f.rule)).toEqual(expected.findings);
    });
  }
}

/** The commune and period read of each excerpt, but for the files named (each with its reason). */
export function expectUnits(
  set: readonly Expected[],
  except: { commune?: readonly string[]; period?: readonly string[] } = {},
): void {
  for (const e of set) {
    const read = intakeText(readFixture(e.file), e.file);
    if (!except.commune?.includes(e.file)) expect(read.commune.name, e.file).toBe(e.commune.name ?? null);
    if (!except.period?.includes(e.file)) expect(read.period?.label ?? null, e.file).toBe(e.period ?? null);
  }
}
