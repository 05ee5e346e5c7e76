import type { SubjectNames } from '../letters/types.ts';
// Shapes of the one-stop API (src/modules/onestop/schema.ts is the contract).

export type Channel = 'direct' | 'online' | 'postal';
export type OnlineLevel = 'none' | 'partial' | 'full';
export type CivilStatusEvent = 'birth' | 'marriage' | 'death';
export type DossierStatus =
  | 'received'
  | 'supplement_requested'
  | 'processing'
  | 'returned'
  | 'rejected'
  | 'withdrawn';
export type DossierAction =
  | 'requestSupplement'
  | 'supplied'
  | 'process'
  | 'reject'
  | 'withdraw'
  | 'apologize'
  | 'return';
export type DeskView = 'dueToday' | 'overdue' | 'awaitingSupplement' | 'open';

export interface Procedure {
  id: string;
  code: string;
  name: string;
  sector: string;
  processingDays: number;
  onlineLevel: OnlineLevel;
  feeVnd: number | null;
  civilStatusEvent: CivilStatusEvent | null;
  published: boolean;
}

export type ProcedureInput = Omit<Procedure, 'id'>;

export interface Dossier {
  id: string;
  code: string;
  procedureId: string | null;
  procedureCode: string | null;
  procedureName: string;
  sector: string | null;
  channel: Channel;
  status: DossierStatus;
  receivedAt: string;
  receivedDate: string;
  dueDate: string;
  originalDueDate: string;
  returnedDate: string | null;
  withdrawnDate: string | null;
  rejectedDate: string | null;
  rejectionReason: string | null;
  applicantName: string | null;
  applicantPhone: string | null;
  applicantAddress: string | null;
  digitized: boolean;
  paidOnline: boolean;
  source: 'desk' | 'import';
  lookupKey: string;
  actions: string[];
}

export interface DossierEvent {
  id: number;
  at: string;
  kind: string;
  actor: string | null;
  note: string | null;
}

export interface Apology {
  id: string;
  issuedDate: string;
  reason: string;
  previousDueDate: string;
  newDueDate: string;
}

export interface Rating {
  overall: number;
  attitude: number | null;
  timeliness: number | null;
  clarity: number | null;
  facilities: number | null;
  comment: string | null;
  ratedDate: string;
}

export interface DossierDetail extends Dossier {
  civilStatusEvent: CivilStatusEvent | null;
  subjectNames: SubjectNames | null;
  events: DossierEvent[];
  apologies: Apology[];
  rating: Rating | null;
}

export interface DossierFilter {
  communeId: string;
  q?: string;
  status?: DossierStatus;
  view?: DeskView;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export interface ReceiveInput {
  procedureId: string;
  channel: Channel;
  applicantName: string;
  applicantPhone?: string | null;
  applicantAddress?: string | null;
  digitized: boolean;
  paidOnline: boolean;
  note?: string | null;
  subjectNames?: SubjectNames;
}

export type ActionInput =
  | { action: 'requestSupplement' | 'reject'; reason: string }
  | { action: 'apologize'; reason: string; newDueDate: string }
  | { action: 'supplied' | 'process' | 'withdraw' | 'return'; note?: string | null };

export interface Summary {
  counts: Record<string, number>;
  sentence: string;
}

export interface Breakdown {
  byMonth: { month: string; received: number; online: number; resolved: number; late: number }[];
  bySector: {
    sector: string;
    received: number;
    resolved: number;
    early: number;
    onTime: number;
    late: number;
  }[];
}

/** What a citizen sees by code: no personal data. */
export interface PublicDossier {
  code: string;
  procedureName: string;
  status: DossierStatus;
  statusLabel: string;
  receivedDate: string;
  dueDate: string;
  returnedDate: string | null;
  rated: boolean;
  canRate: boolean;
}

export interface RatingInput {
  lookupKey: string;
  overall: number;
  attitude?: number | null;
  timeliness?: number | null;
  clarity?: number | null;
  facilities?: number | null;
  comment?: string | null;
}
