import { parseViNumber } from '../../../src/domain/vi/index.ts';
import { formatDate, formatNumber, parseDate } from '../lib/format.ts';
import { form as m } from './messages.ts';
import type { Field, Initiative, InitiativeInput, Organisation } from './types.ts';

export interface FigureValues {
  label: string;
  value: string;
  unit: string;
}

export interface InitiativeValues {
  name: string;
  field: Field;
  organisation: Organisation;
  organisationName: string;
  villageId: string;
  startedOn: string;
  endedOn: string;
  description: string;
  results: string;
  figures: FigureValues[];
  replicatedFromId: string;
  replicatedFromText: string;
}

export type InitiativeErrors = Partial<Record<keyof InitiativeValues | `figures.${number}`, string>>;

/** The form's starting values: an initiative being edited, or a copy of the one being replicated. */
export function initialValues(i: Initiative | null, replicating?: Initiative): InitiativeValues {
  const src = i ?? replicating;
  return {
    name: src?.name ?? '',
    field: src?.field ?? 'economy',
    organisation: src?.organisation ?? 'committee',
    organisationName: src?.organisation === 'other' ? src.organisationLabel : '',
    villageId: i?.villageId ?? '',
    startedOn: i ? formatDate(i.startedOn) : '',
    endedOn: i?.endedOn ? formatDate(i.endedOn) : '',
    description: src?.description ?? '',
    results: i?.results ?? '',
    figures: (i?.figures ?? []).map((f) => ({ label: f.label, value: formatNumber(f.value), unit: f.unit })),
    replicatedFromId: replicating?.id ?? i?.replicatedFrom?.id ?? '',
    replicatedFromText: i?.replicatedFrom && !i.replicatedFrom.id ? i.replicatedFrom.name : '',
  };
}

/** Checks the form and turns it into the API's input; errors by field otherwise. */
export function readInitiativeForm(v: InitiativeValues): {
  input?: InitiativeInput;
  errors: InitiativeErrors;
} {
  const errors: InitiativeErrors = {};
  if (!v.name.trim()) errors.name = m.required;
  if (v.organisation === 'other' && !v.organisationName.trim()) errors.organisationName = m.required;
  const startedOn = parseDate(v.startedOn);
  if (!startedOn) errors.startedOn = v.startedOn.trim() ? m.dateInvalid : m.required;
  const endedOn = v.endedOn.trim() ? parseDate(v.endedOn) : null;
  if (v.endedOn.trim() && !endedOn) errors.endedOn = m.dateInvalid;
  else if (endedOn && startedOn && endedOn < startedOn) errors.endedOn = m.endBeforeStart;
  const figures = v.figures
    .filter((f) => f.label.trim() || f.value.trim() || f.unit.trim())
    .map((f, n) => {
      const value = parseViNumber(f.value.trim());
      if (!f.label.trim()) errors[`figures.${n}`] = m.required;
      else if (value === undefined || value < 0) errors[`figures.${n}`] = m.numberInvalid;
      return { label: f.label.trim(), value: value ?? 0, unit: f.unit.trim() };
    });
  if (Object.keys(errors).length > 0 || !startedOn) return { errors };
  return {
    errors,
    input: {
      name: v.name.trim(),
      field: v.field,
      organisation: v.organisation,
      organisationName: v.organisation === 'other' ? v.organisationName.trim() : null,
      villageId: v.villageId || null,
      startedOn,
      endedOn,
      description: v.description.trim(),
      results: v.results.trim(),
      figures,
      replicatedFromId: v.replicatedFromId || null,
      replicatedFromText: v.replicatedFromId ? null : v.replicatedFromText.trim() || null,
    },
  };
}
