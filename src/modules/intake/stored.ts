import { z } from 'zod';
import { FileUpload } from '../petitions/schema.ts';
import { PeriodKey } from '../reports/schema.ts';
import { INDICATOR_LABELS } from './indicator-keys.ts';
import { CitedDocument, Commune, Finding, Period, Qualifier, Span } from './schema.ts';

// The API's view of stored intakes (migration 0008): a report read, corrected and saved as a
// commune's figures. The extraction itself is IntakeResult (schema.ts), shared with the CLI.

export const intakeStatuses = ['draft', 'saved', 'superseded'] as const;
export type IntakeStatus = (typeof intakeStatuses)[number];

const CommuneRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const IntakePeriod = z.object({ from: z.string(), to: z.string(), label: z.string() });

export const IntakeValue = z.object({
  key: z.string(),
  label: z.string(),
  /** A fraction shown as a percentage. */
  rate: z.boolean(),
  /** The value in force: as read, or as a person corrected it. */
  value: z.number(),
  /** The value as read from the text; null when a person added the indicator. */
  extracted: z.number().nullable(),
  qualifier: Qualifier.nullable(),
  /** Span of the number in `text`; null when a person added the indicator. */
  span: Span.nullable(),
  /** The sentence it was read from. */
  sentence: z.string().nullable(),
  pattern: z.string().nullable(),
  edited: z.boolean(),
});
export type IntakeValue = z.infer<typeof IntakeValue>;

export const IntakeSummary = z.object({
  id: z.uuid(),
  commune: CommuneRef,
  fileName: z.string(),
  period: IntakePeriod.nullable(),
  status: z.enum(intakeStatuses),
  values: z.number().int(),
  edited: z.number().int(),
  findings: z.number().int(),
  createdAt: z.string(),
  savedAt: z.string().nullable(),
});
export type IntakeSummary = z.infer<typeof IntakeSummary>;

export const Intake = IntakeSummary.omit({ values: true, edited: true, findings: true }).extend({
  /** The normalised report text that every span indexes. */
  text: z.string(),
  /** What the text itself says about its commune and period, whatever was chosen. */
  detected: z.object({ commune: Commune, period: Period.nullable() }),
  values: z.array(IntakeValue),
  documents: z.array(CitedDocument),
  /** Findings on the figures as read; a value corrected since is marked edited in `values`. */
  findings: z.array(Finding),
  updatedAt: z.string(),
});
export type Intake = z.infer<typeof Intake>;

export const IntakeUploadInput = z.object({
  files: z.array(FileUpload).min(1, 'Chưa có tệp').max(10, 'Tối đa 10 tệp mỗi lần gửi'),
  /** The commune the reports are about; else read from each report among the communes in reach. */
  communeId: z.uuid('Mã xã không hợp lệ').optional(),
  /** Where to look for the commune named in a report (a province reviewer's or admin's upload). */
  provinceId: z.uuid('Mã tỉnh không hợp lệ').optional(),
});
export type IntakeUploadInput = z.input<typeof IntakeUploadInput>;

const indicatorKey = z
  .string()
  .refine((k) => Object.hasOwn(INDICATOR_LABELS, k), 'Mã chỉ tiêu không có trong danh mục chỉ tiêu');

export const IntakeEditInput = z
  .object({
    /** Period key (2025-H1, 2025, 2021..2025) or from/to. */
    period: PeriodKey.optional(),
    from: z.iso.date('Ngày bắt đầu dạng yyyy-mm-dd').optional(),
    to: z.iso.date('Ngày kết thúc dạng yyyy-mm-dd').optional(),
    /** Moves the intake to another commune the caller reads (the commune was read wrongly). */
    communeId: z.uuid('Mã xã không hợp lệ').optional(),
    /** Corrections: a value (rates as fractions), or null to drop an indicator read by mistake. */
    values: z
      .array(z.object({ key: indicatorKey, value: z.number().finite().min(0, 'Không được âm').nullable() }))
      .max(200)
      .default([]),
  })
  .refine((v) => (v.from === undefined) === (v.to === undefined), {
    message: 'Cần cả ngày bắt đầu (from) và ngày kết thúc (to)',
    path: ['from'],
  });
export type IntakeEditInput = z.input<typeof IntakeEditInput>;

export const IntakeQuery = z.object({
  provinceId: z.uuid().optional(),
  communeId: z.uuid().optional(),
  status: z.enum(intakeStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type IntakeQuery = z.input<typeof IntakeQuery>;
export type IntakeFilter = z.output<typeof IntakeQuery>;
