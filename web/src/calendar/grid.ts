import { daysInMonth, isoDate, weekdayOf } from '../../../src/domain/calendar/local-date.ts';
import { formatDate, parseDate } from '../lib/format.ts';
import type { YearOverrideInput } from './types.ts';

/** The weeks of a month, Monday first, as ISO dates with null padding. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = isoDate(year, month, 1);
  // weekdayOf: 0 = Sunday; the Vietnamese calendar starts the week on Monday.
  const lead = (weekdayOf(first) + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= daysInMonth(year, month); d++) cells.push(isoDate(year, month, d));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The override as the edit form holds it: dates typed dd/mm/yyyy. */
export interface OverrideDraft {
  replaces: string[];
  /** `key` only tells rows apart while editing (React keys); it is not sent. */
  daysOff: { key: string; from: string; to: string; name: string; source: string; tag: 'V' | 'P' | 'U' }[];
  workingDays: { key: string; date: string; name: string; source: string; tag: 'V' | 'P' | 'U' }[];
}

let nextKey = 0;
/** A fresh row key. */
export function rowKey(): string {
  nextKey += 1;
  return `r${nextKey}`;
}

export function toDraft(o: YearOverrideInput | null): OverrideDraft {
  return {
    replaces: o?.replaces ?? [],
    daysOff: (o?.daysOff ?? []).map((e) => ({
      key: rowKey(),
      from: formatDate(e.from),
      to: e.to ? formatDate(e.to) : '',
      name: e.name,
      source: e.source ?? '',
      tag: e.tag,
    })),
    workingDays: (o?.workingDays ?? []).map((w) => ({
      key: rowKey(),
      date: formatDate(w.date),
      name: w.name,
      source: w.source ?? '',
      tag: w.tag,
    })),
  };
}

export interface DraftMessages {
  required: string;
  invalidDate: string;
  outsideYear: string;
  dateOrder: string;
}

/** Checks the draft; errors are keyed like the server's fields ("daysOff.0.from"). */
export function fromDraft(
  draft: OverrideDraft,
  year: number,
  msg: DraftMessages,
): { input?: YearOverrideInput; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const date = (text: string, key: string, optional = false): string | undefined => {
    if (!text.trim()) {
      if (!optional) errors[key] = msg.required;
      return undefined;
    }
    const iso = parseDate(text);
    if (!iso) errors[key] = msg.invalidDate;
    else if (Number(iso.slice(0, 4)) !== year) errors[key] = msg.outsideYear;
    return iso ?? undefined;
  };
  const text = (v: string, key: string) => {
    if (!v.trim()) errors[key] = msg.required;
    return v.trim();
  };
  const daysOff = draft.daysOff.map((e, i) => {
    const from = date(e.from, `daysOff.${i}.from`);
    const to = date(e.to, `daysOff.${i}.to`, true);
    if (from && to && to < from) errors[`daysOff.${i}.to`] = msg.dateOrder;
    return {
      from: from ?? '',
      ...(to ? { to } : {}),
      name: text(e.name, `daysOff.${i}.name`),
      ...(e.source.trim() ? { source: e.source.trim() } : {}),
      tag: e.tag,
    };
  });
  const workingDays = draft.workingDays.map((w, i) => ({
    date: date(w.date, `workingDays.${i}.date`) ?? '',
    name: text(w.name, `workingDays.${i}.name`),
    ...(w.source.trim() ? { source: w.source.trim() } : {}),
    tag: w.tag,
  }));
  if (Object.keys(errors).length > 0) return { errors };
  return { errors, input: { replaces: draft.replaces, daysOff, workingDays } };
}
