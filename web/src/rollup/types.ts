// Shapes of the roll-up API (src/modules/rollup/schema.ts is the contract).
import type { Genre } from '../reports/types.ts';

export type Source = 'data' | 'intake' | 'none';
export type Mark = 'high' | 'low';

export interface RollupIndicator {
  key: string;
  label: string;
  /** A fraction shown as a percentage. */
  rate: boolean;
  total: number | null;
  average: number | null;
  standardDeviation: number | null;
  count: number;
}

export interface RollupRow {
  commune: { id: string; code: string; name: string };
  source: Source;
  values: Record<string, number | null>;
  marks: Record<string, Mark>;
  report: { id: string; status: 'draft' | 'final'; version: number; reference: string | null } | null;
  finalised: boolean;
}

export interface Rollup {
  province: { id: string; code: string; name: string };
  period: { key: string; from: string; to: string; label: string };
  genre: Genre;
  indicators: RollupIndicator[];
  rows: RollupRow[];
  notFinalised: { id: string; code: string; name: string }[];
  outlierRule: string;
}

export interface RollupQuery {
  period: string;
  genre: Genre;
  /** Indicator keys; none: the server's default set. */
  keys?: string[];
}
