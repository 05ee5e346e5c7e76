import { z } from 'zod';

/** Half-open character range [start, end) into the normalised report text (see normalizeReportText). */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

/**
 * How a stated number is to be read: "trên 75 ý kiến" is a lower bound, "khoảng 4.000" an estimate.
 * Absent means the text states the exact value.
 */
export const Qualifier = z.enum(['atLeast', 'atMost', 'about']);
export type Qualifier = z.infer<typeof Qualifier>;

/** A percentage stated right after a count ("1.105 hồ sơ, đạt 97,5%"): checked against the count's total. */
export const StatedShare = z.object({
  value: z.number(),
  /** Decimal places as written ("97,5" → 1): the precision the check allows for. */
  decimals: z.number().int().nonnegative(),
  span: Span,
});
export type StatedShare = z.infer<typeof StatedShare>;

export const IndicatorOccurrence = z.object({
  value: z.number(),
  /** The sentence the value was read from, whitespace collapsed: what a reviewer reads to trust it. */
  text: z.string(),
  /** The number as written plus its unit/keywords ("2.381 hộ"). */
  match: z.string(),
  /** Span of the number itself. */
  span: Span,
  sentenceSpan: Span,
  /** Id of the pattern that recognised it, so every value can be explained and a bad rule found. */
  pattern: z.string(),
  qualifier: Qualifier.optional(),
  share: StatedShare.optional(),
  /** The total a ratio states the value out of ("4.561/5.650 HS"): a base its share is checked on. */
  base: z.object({ value: z.number(), span: Span }).optional(),
  /** A year the sentence dates the figure to ("Trong năm 2022, …"), when it says so. */
  year: z.number().int().optional(),
});
export type IndicatorOccurrence = z.infer<typeof IndicatorOccurrence>;

/** First statement of an indicator, with every statement of it in `occurrences` (the checks need them all). */
export const ExtractedIndicator = IndicatorOccurrence.extend({
  occurrences: z.array(IndicatorOccurrence).min(1),
});
export type ExtractedIndicator = z.infer<typeof ExtractedIndicator>;

export const CitedDocument = z.object({
  /** Document type as named in the text, canonical spelling: "Nghị định", "Kế hoạch", … */
  type: z.string(),
  /** Number and symbol as written, line breaks removed: "61/2018/NĐ-CP", "30/BC-UBND", "53". */
  reference: z.string(),
  number: z.number().int(),
  /** Year carried by the reference itself ("61/2018/NĐ-CP" → 2018), if any. */
  referenceYear: z.number().int().nullable(),
  /** Type code in the reference ("NĐ" in "61/2018/NĐ-CP", "BC" in "30/BC-UBND"), if any. */
  code: z.string().nullable(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
  summary: z.string().nullable(),
  span: Span,
  text: z.string(),
});
export type CitedDocument = z.infer<typeof CitedDocument>;

export const FindingRule = z.enum([
  'sum.resolvedBreakdown',
  'sum.receivedChannels',
  'sum.dossierBalance',
  'sum.staff',
  'sum.petitionKinds',
  'sum.partsExceedTotal',
  'percentage.mismatch',
  'value.conflict',
  'document.dateYear',
  'document.typeCode',
  'document.referenceDates',
]);
export type FindingRule = z.infer<typeof FindingRule>;

export const Finding = z.object({
  rule: FindingRule,
  /** Vietnamese, for the reviewer. */
  message: z.string(),
  spans: z.array(Span).min(1),
  /** Indicator keys involved, when the finding is about figures. */
  indicators: z.array(z.string()).optional(),
});
export type Finding = z.infer<typeof Finding>;

export const UnitKind = z.enum(['xã', 'phường', 'thị trấn', 'đặc khu']);

export const Commune = z.object({
  name: z.string().nullable(),
  kind: UnitKind.nullable(),
  district: z.string().nullable(),
  province: z.string().nullable(),
  span: Span.nullable(),
});
export type Commune = z.infer<typeof Commune>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Period = z.object({
  from: IsoDate,
  to: IsoDate,
  /** PRIMER §6 period label: "2023-H1", "2023", "2021..2025", "2023-Q3", "2023-M9". */
  label: z.string(),
  /** The words the period was read from ("6 tháng đầu năm 2023"). */
  text: z.string(),
  span: Span,
});
export type Period = z.infer<typeof Period>;

export const IntakeResult = z.object({
  source: z.object({
    fileName: z.string().nullable(),
    /** Length of the normalised text that every span indexes. */
    length: z.number().int().nonnegative(),
  }),
  commune: Commune,
  period: Period.nullable(),
  indicators: z.record(z.string(), ExtractedIndicator),
  documents: z.array(CitedDocument),
  findings: z.array(Finding),
});
export type IntakeResult = z.infer<typeof IntakeResult>;
