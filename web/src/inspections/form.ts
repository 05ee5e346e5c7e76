import { formatDate, parseDate } from '../lib/format.ts';
import { form as m } from './messages.ts';
import type { Finding, FindingInput, Inspection, InspectionInput, InspectionKind } from './types.ts';

/** How many findings a round has, how many are not fixed yet, how many of those are past due. */
export function findingCounts(i: Pick<Inspection, 'findings'>) {
  const open = i.findings.filter((f) => !f.fixedOn);
  return { total: i.findings.length, open: open.length, overdue: open.filter((f) => f.overdue).length };
}

/** An optional dd/mm/yyyy field: null when empty, undefined when unreadable. */
function optionalDate(text: string): string | null | undefined {
  return text.trim() ? (parseDate(text) ?? undefined) : null;
}

export interface InspectionValues {
  kind: InspectionKind;
  title: string;
  subject: string;
  conductedBy: string;
  startsOn: string;
  endsOn: string;
  conclusion: string;
}
export type InspectionErrors = Partial<Record<keyof InspectionValues, string>>;

export function inspectionValues(i: Inspection | null): InspectionValues {
  return {
    kind: i?.kind ?? 'selfInspection',
    title: i?.title ?? '',
    subject: i?.subject ?? '',
    conductedBy: i?.conductedBy ?? '',
    startsOn: i ? formatDate(i.startsOn) : '',
    endsOn: i?.endsOn ? formatDate(i.endsOn) : '',
    conclusion: i?.conclusion ?? '',
  };
}

export function readInspectionForm(v: InspectionValues): {
  input?: InspectionInput;
  errors: InspectionErrors;
} {
  const errors: InspectionErrors = {};
  for (const k of ['title', 'subject', 'conductedBy'] as const) if (!v[k].trim()) errors[k] = m.required;
  const startsOn = parseDate(v.startsOn);
  if (!startsOn) errors.startsOn = v.startsOn.trim() ? m.dateInvalid : m.required;
  const endsOn = optionalDate(v.endsOn);
  if (endsOn === undefined) errors.endsOn = m.dateInvalid;
  else if (endsOn && startsOn && endsOn < startsOn) errors.endsOn = m.endBeforeStart;
  if (Object.keys(errors).length > 0 || !startsOn || endsOn === undefined) return { errors };
  return {
    errors,
    input: {
      kind: v.kind,
      title: v.title.trim(),
      subject: v.subject.trim(),
      conductedBy: v.conductedBy.trim(),
      startsOn,
      endsOn,
      conclusion: v.conclusion.trim() || null,
    },
  };
}

export interface FindingValues {
  description: string;
  responsible: string;
  dueOn: string;
  fixedOn: string;
  fixNote: string;
}
export type FindingErrors = Partial<Record<keyof FindingValues, string>>;

export function findingValues(f: Finding | null): FindingValues {
  return {
    description: f?.description ?? '',
    responsible: f?.responsible ?? '',
    dueOn: f?.dueOn ? formatDate(f.dueOn) : '',
    fixedOn: f?.fixedOn ? formatDate(f.fixedOn) : '',
    fixNote: f?.fixNote ?? '',
  };
}

export function readFindingForm(v: FindingValues): { input?: FindingInput; errors: FindingErrors } {
  const errors: FindingErrors = {};
  if (!v.description.trim()) errors.description = m.required;
  if (!v.responsible.trim()) errors.responsible = m.required;
  const dueOn = optionalDate(v.dueOn);
  const fixedOn = optionalDate(v.fixedOn);
  if (dueOn === undefined) errors.dueOn = m.dateInvalid;
  if (fixedOn === undefined) errors.fixedOn = m.dateInvalid;
  if (Object.keys(errors).length > 0 || dueOn === undefined || fixedOn === undefined) return { errors };
  return {
    errors,
    input: {
      description: v.description.trim(),
      responsible: v.responsible.trim(),
      dueOn,
      fixedOn,
      fixNote: v.fixNote.trim() || null,
    },
  };
}
