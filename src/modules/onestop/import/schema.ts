import { z } from 'zod';

/** A reason a row (or the file) was refused. */
export const ImportRowError = z.object({
  line: z.number().int(),
  column: z.string(),
  reason: z.string(),
});

/** What an accepted import did; `errors` is always empty (a file with any error imports nothing). */
export const ImportResult = z.object({
  fileName: z.string().nullable(),
  format: z.enum(['csv', 'xlsx']),
  /** Data rows read (blank rows and the header excluded). */
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  dryRun: z.boolean(),
  errors: z.array(ImportRowError).max(0),
});
export type ImportResult = z.infer<typeof ImportResult>;

/**
 * The 400 answer: a refused file carries `rows` (at most the first 1,000) and `errorCount` (all of
 * them); other bad requests (a JSON body, a malformed mapping) only a code and a message.
 */
export const ImportRejection = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    rows: z.array(ImportRowError).optional(),
    errorCount: z.number().int().optional(),
    fields: z.record(z.string(), z.string()).optional(),
    requestId: z.string().optional(),
  }),
});

export const ImportQuery = z.object({
  format: z.enum(['csv', 'xlsx']).optional(),
  /** JSON: {"field or canonical header": "header in the file"}; saved for next time. */
  mapping: z.string().max(10_000).optional(),
  dryRun: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  fileName: z.string().trim().max(255).optional(),
});

/** The top of a file read before an import (preview.ts): its header row and the columns it matches. */
export const HeaderPreview = z.object({
  format: z.enum(['csv', 'xlsx']),
  line: z.number().int(),
  headers: z.array(z.string()),
  columns: z.record(z.string(), z.string().nullable()),
  missing: z.array(z.string()),
  sample: z.array(z.array(z.string())),
});

export interface ImportProgress {
  /** reading: streaming and checking rows; checking: whole-file checks; writing: the merge. */
  phase: 'reading' | 'checking' | 'writing' | 'done';
  rows: number;
  bytes: number;
  totalBytes?: number;
}
