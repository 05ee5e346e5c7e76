// Shapes of the intake API (src/modules/intake/stored.ts).
import type { Span } from './segments.ts';

export type IntakeStatus = 'draft' | 'saved' | 'superseded';

export interface IntakePeriod {
  from: string;
  to: string;
  label: string;
}

export interface IntakeValue {
  key: string;
  label: string;
  rate: boolean;
  value: number;
  extracted: number | null;
  qualifier: 'atLeast' | 'atMost' | 'about' | null;
  span: Span | null;
  sentence: string | null;
  pattern: string | null;
  edited: boolean;
}

export interface Finding {
  rule: string;
  message: string;
  spans: Span[];
  indicators?: string[];
}

export interface CitedDocument {
  /** "Nghị định", "Kế hoạch", … */
  type: string;
  /** Number and symbol as written: "61/2018/NĐ-CP". */
  reference: string;
  number: number;
  date: string | null;
  issuer: string | null;
  summary: string | null;
  span: Span;
  text: string;
}

export interface IntakeSummary {
  id: string;
  commune: { id: string; code: string; name: string };
  fileName: string;
  period: IntakePeriod | null;
  status: IntakeStatus;
  values: number;
  edited: number;
  findings: number;
  createdAt: string;
  savedAt: string | null;
}

export interface Intake extends Omit<IntakeSummary, 'values' | 'edited' | 'findings'> {
  text: string;
  detected: {
    commune: { name: string | null; kind: string | null; district: string | null; province: string | null };
    period: { label: string; text: string } | null;
  };
  values: IntakeValue[];
  documents: CitedDocument[];
  findings: Finding[];
  updatedAt: string;
}

export interface IntakeEdit {
  /** Moves the report to another commune; the other changes apply there. */
  communeId?: string;
  period?: string;
  values?: { key: string; value: number | null }[];
}

export interface IntakeFilter {
  provinceId?: string;
  communeId?: string;
  status?: IntakeStatus;
}
