import { checkReport } from './checks.ts';
import { extractCommune } from './commune.ts';
import { extractDocuments } from './documents.ts';
import { IntakeError } from './errors.ts';
import { extractIndicatorScopes } from './indicators.ts';
import { normalizeReportText, sentenceSpans } from './normalize.ts';
import { extractPeriod } from './period.ts';
import { readReportFile } from './read-file.ts';
import { type IndicatorOccurrence, IntakeResult, type Span } from './schema.ts';

/**
 * Reads one hand-written report and returns what it states, where, and what does not add up.
 * Every span indexes normalizeReportText(text); pure, so the CLI, the server and tests share it.
 */
export function intakeText(text: string, fileName?: string): IntakeResult {
  const normalised = normalizeReportText(text);
  if (normalised.trim() === '') {
    throw new IntakeError('intake.empty', `Tệp "${fileName ?? 'báo cáo'}" không có nội dung văn bản để đọc.`);
  }
  const sentences = sentenceSpans(normalised);
  const commune = extractCommune(normalised);
  const { unit: indicators, parts } = extractIndicatorScopes(normalised, sentences, {
    commune: commune.kind !== null,
  });
  const documents = extractDocuments(normalised, sentences);
  const period = extractPeriod(normalised, figureSentences(normalised, indicators));
  const findings = checkReport(indicators, documents, parts, period);
  const result = {
    source: { fileName: fileName ?? null, length: normalised.length },
    commune,
    period,
    indicators: ratesAsFractions(indicators),
    documents,
    findings,
  };
  // Parsing our own output keeps the schema honest: the CLI's JSON is exactly IntakeResult.
  return IntakeResult.parse(result);
}

/**
 * The sentences of the figures the text states of its unit, in text order, each up to the end of
 * its figure's clause: where a news item dates them ("Trong năm 2021, … 629 vụ việc"). A year later
 * in the sentence dates something else ("… của 7 tộc đạt tộc văn hóa năm 2016").
 */
function figureSentences(
  text: string,
  indicators: Record<string, { occurrences: IndicatorOccurrence[] }>,
): Span[] {
  const spans = new Map<number, Span>();
  for (const ind of Object.values(indicators))
    for (const o of ind.occurrences) {
      const { start, end } = o.sentenceSpan;
      const rest = text.slice(o.span.end, end).search(/[,;()]/u);
      const clauseEnd = rest < 0 ? end : o.span.end + rest;
      const prev = spans.get(start);
      spans.set(start, { start, end: Math.max(prev?.end ?? 0, clauseEnd) });
    }
  return [...spans.values()].sort((a, b) => a.start - b.start);
}

/** Reads a .txt or .docx report from disk and runs intakeText on it. */
export async function intakeFile(path: string): Promise<IntakeResult> {
  const file = await readReportFile(path);
  return intakeText(file.text, file.fileName);
}

/** `*Rate` indicators are fractions everywhere (0,975 for "97,5%"), as `danvan stats` gives them. */
function ratesAsFractions<T extends Record<string, { value: number; occurrences: { value: number }[] }>>(
  indicators: T,
): T {
  const fraction = (v: number) => Number((v / 100).toPrecision(12));
  return Object.fromEntries(
    Object.entries(indicators).map(([key, ind]) =>
      key.endsWith('Rate')
        ? [
            key,
            {
              ...ind,
              value: fraction(ind.value),
              occurrences: ind.occurrences.map((o) => ({ ...o, value: fraction(o.value) })),
            },
          ]
        : [key, ind],
    ),
  ) as T;
}
