import { z } from 'zod';
import { genres, PeriodKey } from '../reports/schema.ts';

/** The indicators shown when none are chosen: the one-stop desk first, then the people's voice. */
export const defaultKeys = [
  'onestop.dossiers.received',
  'onestop.dossiers.resolved',
  'onestop.onTimeRate',
  'onestop.onlineRate',
  'onestop.satisfaction.positiveRate',
  'petitions.received',
  'dialogues.conferences',
  'mediation.cases',
] as const;

const indicatorKey = /^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)*$/;

export const RollupQuery = z
  .object({
    period: PeriodKey.optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    /** Which report's issue status is shown (and linked). */
    genre: z.enum(genres).default('dan-van'),
    /** Indicator keys, comma-separated (PRIMER §4 keys, and the derived rates). */
    keys: z
      .string()
      .max(2000)
      .optional()
      .transform((s, ctx) => {
        if (s === undefined || s.trim() === '') return [...defaultKeys];
        const keys = [
          ...new Set(
            s
              .split(',')
              .map((k) => k.trim())
              .filter(Boolean),
          ),
        ];
        const bad = keys.find((k) => !indicatorKey.test(k) || k.length > 100);
        if (bad !== undefined) {
          ctx.addIssue({ code: 'custom', message: `Mã chỉ tiêu "${bad.slice(0, 100)}" không hợp lệ` });
          return z.NEVER;
        }
        if (keys.length > 40) {
          ctx.addIssue({ code: 'custom', message: 'Chọn tối đa 40 chỉ tiêu' });
          return z.NEVER;
        }
        return keys;
      }),
    /** Sort rows by an indicator (else by commune name). */
    sort: z.string().regex(indicatorKey, 'Mã chỉ tiêu không hợp lệ').max(100).optional(),
    order: z.enum(['asc', 'desc']).default('desc'),
  })
  .refine((v) => v.period !== undefined || (v.from !== undefined && v.to !== undefined), {
    message: 'Cần kỳ báo cáo (period) hoặc cả ngày bắt đầu (from) và ngày kết thúc (to)',
    path: ['period'],
  });
export type RollupQuery = z.input<typeof RollupQuery>;
/** A validated roll-up query (keys as a list). */
export type RollupFilter = z.output<typeof RollupQuery>;

const Mark = z.enum(['high', 'low']);

export const RollupIndicator = z.object({
  key: z.string(),
  label: z.string(),
  /** A fraction shown as a percentage. */
  rate: z.boolean(),
  total: z.number().nullable(),
  average: z.number().nullable(),
  standardDeviation: z.number().nullable(),
  count: z.number(),
});

export const RollupRow = z.object({
  commune: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  /** Where the figures come from: recorded in Dân Vận, read from a hand-written report, or none. */
  source: z.enum(['data', 'intake', 'none']),
  values: z.record(z.string(), z.number().nullable()),
  marks: z.record(z.string(), Mark),
  /** The commune's report of the genre for the period: the issued one, else the latest draft. */
  report: z
    .object({
      id: z.uuid(),
      status: z.enum(['draft', 'final']),
      version: z.number(),
      reference: z.string().nullable(),
    })
    .nullable(),
  finalised: z.boolean(),
});
export type RollupRow = z.infer<typeof RollupRow>;

export const Rollup = z.object({
  province: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  period: z.object({ key: z.string(), from: z.string(), to: z.string(), label: z.string() }),
  genre: z.enum(genres),
  indicators: z.array(RollupIndicator),
  rows: z.array(RollupRow),
  notFinalised: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string() })),
  /** The outlier rule, in words. */
  outlierRule: z.string(),
});
export type Rollup = z.infer<typeof Rollup>;
