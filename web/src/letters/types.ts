// Shapes of the letters API (src/modules/letters/schema.ts is the contract).

export type LetterKind = 'newborn' | 'marriage' | 'condolence';
export type LetterStatus = 'draft' | 'sent' | 'cancelled';
export type Paper = 'A4' | 'A5';

export interface SubjectNames {
  child?: string | null;
  father?: string | null;
  mother?: string | null;
  husband?: string | null;
  wife?: string | null;
  deceased?: string | null;
  family?: string | null;
}

export interface Letter {
  id: string;
  dossierId: string;
  dossierCode: string;
  procedureName: string;
  returnedDate: string | null;
  kind: LetterKind;
  kindLabel: string;
  status: LetterStatus;
  statusLabel: string;
  recipient: string;
  title: string;
  body: string;
  paper: Paper;
  letterDate: string;
  signerName: string;
  sentDate: string | null;
  complete: boolean;
  subjectNames: SubjectNames | null;
  actions: string[];
}

export interface LetterPatch {
  recipient?: string;
  title?: string;
  body?: string;
  paper?: Paper;
  letterDate?: string;
  signerName?: string;
}

export type LetterAction =
  | { action: 'markSent'; sentDate?: string | null }
  | { action: 'cancel' }
  | { action: 'refill'; names?: SubjectNames };

export interface Template {
  kind: LetterKind;
  kindLabel: string;
  title: string;
  recipient: string;
  body: string;
  paper: Paper;
  isDefault: boolean;
  placeholders: string[];
}

export type TemplateInput = Pick<Template, 'title' | 'recipient' | 'body' | 'paper'>;

export interface LetterFilter {
  status?: LetterStatus;
  kind?: LetterKind;
  page?: number;
}
