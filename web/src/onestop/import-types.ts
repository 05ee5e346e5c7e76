/** Answers of the import API (src/modules/onestop/import/schema.ts). */

export interface HeaderPreview {
  format: 'csv' | 'xlsx';
  line: number;
  headers: string[];
  columns: Record<string, string | null>;
  missing: string[];
  sample: string[][];
}

export interface ImportResult {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  dryRun: boolean;
}

export interface RowError {
  line: number;
  column: string;
  reason: string;
}
