// Shapes of the reports API (src/modules/reports/schema.ts is the contract).

export type Genre = 'dan-van' | 'so-ket' | 'cchc';
export type ReportStatus = 'draft' | 'final';
export type ReportAction =
  | 'edit'
  | 'regenerate'
  | 'check'
  | 'finalise'
  | 'delete'
  | 'newVersion'
  | 'download';
export type Authority = 'TM.' | 'KT.' | 'Q.';

export interface ReportPeriod {
  key: string;
  from: string;
  to: string;
  label: string;
}

export interface Figure {
  key: string;
  value: number;
  /** The figure as written in the text ("4.080", "97,5%"). */
  text: string;
}

export interface Paragraph {
  id: string;
  kind: 'generated' | 'judgement';
  text: string;
  figures: Figure[];
  /** The composed text of a generated paragraph: `text !== generated` means an official edited it. */
  generated?: string;
}

export interface Section {
  id: string;
  number: string;
  title: string;
  level: 1 | 2 | 3;
  required: boolean;
  paragraphs: Paragraph[];
  children: Section[];
}

export interface Signer {
  authority: Authority;
  title: string;
  name: string;
}

export interface ReportContent {
  genre: Genre;
  commune: { code: string; name: string; provinceName: string; districtName: string | null; demo: boolean };
  period: ReportPeriod;
  summary: string;
  place: string;
  date: string;
  reference: string | null;
  sections: Section[];
  recipients: string[];
  signer: Signer;
}

export interface ReportSummary {
  id: string;
  communeId: string;
  genre: Genre;
  genreLabel: string;
  period: ReportPeriod;
  summary: string;
  status: ReportStatus;
  version: number;
  reference: string | null;
  documentId: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedBy: string | null;
  updatedAt: string;
  finalisedAt: string | null;
  actions: ReportAction[];
}

export interface SectionRevision {
  sectionId: string;
  revision: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface Report extends ReportSummary {
  content: ReportContent;
  sections: SectionRevision[];
}

export interface SavedSection {
  sectionId: string;
  revision: number;
  updatedAt: string;
  paragraphs: Paragraph[];
}

export interface CheckItem {
  check: string;
  severity: 'error' | 'warning';
  message: string;
  paragraphId: string | null;
  sectionId: string;
  indicators?: string[];
}

export interface CheckResult {
  errors: number;
  warnings: number;
  items: CheckItem[];
}

export interface HeaderInput {
  revision: number;
  summary?: string;
  place?: string;
  date?: string;
  recipients?: string[];
  signer?: Signer;
}
