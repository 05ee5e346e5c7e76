import { z } from 'zod';
import type { ReportDraft as ReportDraftType, Section as SectionType } from './model.ts';

export const genres = ['dan-van', 'so-ket', 'cchc'] as const;
export const reportStatuses = ['draft', 'final'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

const isoDate = z.iso.date();

// ── the stored draft (reports.content), parsed at the boundary ──────────────────────────────

const Figure = z.object({ key: z.string(), value: z.number(), text: z.string() });

export const Paragraph = z.object({
  id: z.string(),
  kind: z.enum(['generated', 'judgement']),
  text: z.string(),
  figures: z.array(Figure),
  sums: z.array(z.object({ total: z.string(), parts: z.array(z.string()) })).optional(),
  citations: z.array(z.object({ reference: z.string(), date: z.string() })).optional(),
  generated: z.string().optional(),
});

export const Section: z.ZodType<SectionType> = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  required: z.boolean(),
  paragraphs: z.array(Paragraph),
  get children() {
    return z.array(Section);
  },
});

const Signer = z.object({
  authority: z.enum(['TM.', 'KT.', 'Q.']),
  title: z.string(),
  name: z.string(),
});

export const ReportDraft: z.ZodType<ReportDraftType> = z.object({
  genre: z.enum(genres),
  commune: z.object({
    code: z.string(),
    name: z.string(),
    provinceName: z.string(),
    districtName: z.string().nullable(),
    demo: z.boolean(),
  }),
  period: z.object({ key: z.string(), from: z.string(), to: z.string(), label: z.string() }),
  summary: z.string(),
  place: z.string(),
  date: z.string(),
  reference: z.string().nullable(),
  sections: z.array(Section),
  recipients: z.array(z.string()),
  signer: Signer,
});

// ── requests ────────────────────────────────────────────────────────────────────────────────

/** `2025-H1`, `2025`, `2021..2025`. */
export const PeriodKey = z
  .string()
  .trim()
  .regex(/^\d{4}(-H[12]|\.\.\d{4})?$/, 'Kỳ báo cáo dạng 2025-H1, 2025 hoặc 2021..2025');

const text = (max: number) => z.string().max(max, `Tối đa ${max} ký tự`);

export const CreateReportInput = z
  .object({
    genre: z.enum(genres, 'Loại báo cáo là dan-van, so-ket hoặc cchc'),
    period: PeriodKey.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .refine((v) => v.period !== undefined || (v.from !== undefined && v.to !== undefined), {
    message: 'Cần kỳ báo cáo (period) hoặc cả ngày bắt đầu (from) và ngày kết thúc (to)',
    path: ['period'],
  });
export type CreateReportInput = z.input<typeof CreateReportInput>;

export const ReportQuery = z.object({
  genre: z.enum(genres).optional(),
  period: z.string().trim().max(40).optional(),
  status: z.enum(reportStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ReportQuery = z.infer<typeof ReportQuery>;

const revision = z.number().int().min(0).max(1_000_000_000);

export const ParagraphInput = z.object({
  /** The section revision this edit started from. */
  revision,
  text: text(20_000),
});
export type ParagraphInput = z.input<typeof ParagraphInput>;

export const SectionInput = z.object({
  revision,
  /** The section's paragraphs, in order: an `id` keeps that paragraph, none adds one; omitted ones are removed. */
  paragraphs: z
    .array(z.object({ id: z.string().trim().min(1).max(100).optional(), text: text(20_000) }))
    .max(200),
});
export type SectionInput = z.input<typeof SectionInput>;

export const HeaderInput = z.object({
  revision,
  summary: z.string().trim().min(1).max(500).optional(),
  place: z.string().trim().min(1).max(200).optional(),
  date: isoDate.optional(),
  recipients: z.array(z.string().trim().min(1).max(300)).min(1).max(40).optional(),
  signer: Signer.extend({
    title: z.string().trim().min(1).max(100),
    name: z.string().trim().max(200),
  }).optional(),
});
export type HeaderInput = z.input<typeof HeaderInput>;

export const RegenerateInput = z.object({
  /** Generated paragraphs to overwrite even though an official edited them. */
  overwrite: z.array(z.string().trim().min(1).max(100)).max(500).default([]),
});
export type RegenerateInput = z.input<typeof RegenerateInput>;

export const FinaliseInput = z.object({
  /** The report's date (and its number's); today by default. */
  date: isoDate.optional(),
});
export type FinaliseInput = z.input<typeof FinaliseInput>;

// ── responses ───────────────────────────────────────────────────────────────────────────────

export const reportActions = [
  'edit',
  'regenerate',
  'check',
  'finalise',
  'delete',
  'newVersion',
  'download',
] as const;
export type ReportAction = (typeof reportActions)[number];

export const ReportSummary = z.object({
  id: z.uuid(),
  communeId: z.uuid(),
  genre: z.enum(genres),
  genreLabel: z.string(),
  period: z.object({ key: z.string(), from: z.string(), to: z.string(), label: z.string() }),
  summary: z.string(),
  status: z.enum(reportStatuses),
  version: z.number(),
  reference: z.string().nullable(),
  documentId: z.uuid().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string(),
  finalisedAt: z.string().nullable(),
  /** What the caller may do now (status and role). */
  actions: z.array(z.enum(reportActions)),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export const SectionRevision = z.object({
  sectionId: z.string(),
  revision: z.number(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type SectionRevision = z.infer<typeof SectionRevision>;

export const Report = ReportSummary.extend({
  content: ReportDraft,
  /** Revision per section id (and 'header'); a section never saved is at revision 0. */
  sections: z.array(SectionRevision),
});
export type Report = z.infer<typeof Report>;

export const CheckFailure = z.object({
  check: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  paragraphId: z.string().nullable(),
  sectionId: z.string(),
  indicators: z.array(z.string()).optional(),
});

export const CheckResult = z.object({
  errors: z.number(),
  warnings: z.number(),
  items: z.array(CheckFailure),
});
export type CheckResult = z.infer<typeof CheckResult>;

export const SavedSection = z.object({
  sectionId: z.string(),
  revision: z.number(),
  updatedAt: z.string(),
  paragraphs: z.array(Paragraph),
});
export type SavedSection = z.infer<typeof SavedSection>;

export const RegenerateResult = Report.extend({
  keptEdited: z.array(z.string()),
  changedSections: z.array(z.string()),
});
