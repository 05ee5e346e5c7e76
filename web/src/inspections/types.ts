// Shapes of the inspections API (src/modules/inspections/schema.ts is the contract).

export type InspectionKind =
  | 'selfInspection'
  | 'councilSupervision'
  | 'frontSupervision'
  | 'communitySupervision';

export interface Finding {
  id: string;
  description: string;
  responsible: string;
  dueOn: string | null;
  fixedOn: string | null;
  fixNote: string | null;
  /** Not fixed and past its due date today. */
  overdue: boolean;
}

export interface Inspection {
  id: string;
  kind: InspectionKind;
  kindLabel: string;
  title: string;
  subject: string;
  conductedBy: string;
  startsOn: string;
  endsOn: string | null;
  document: { id: string; reference: string; citation: string } | null;
  conclusion: string | null;
  findings: Finding[];
}

export interface InspectionInput {
  kind: InspectionKind;
  title: string;
  subject: string;
  conductedBy: string;
  startsOn: string;
  endsOn: string | null;
  conclusion: string | null;
}

export interface FindingInput {
  description: string;
  responsible: string;
  dueOn: string | null;
  fixedOn: string | null;
  fixNote: string | null;
}

export interface InspectionQuery {
  kind?: InspectionKind;
  q?: string;
  openFindings?: boolean;
}
