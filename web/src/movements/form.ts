import { formatDate, parseDate } from '../lib/format.ts';
import { common as m } from './messages.ts';
import type {
  CommunicationEntry,
  CommunicationInput,
  CommunicationKind,
  Movement,
  MovementInput,
} from './types.ts';

type Errors<K extends string> = Partial<Record<K, string>>;

/** An optional whole number typed in a field: null when empty, undefined when unreadable. */
function optionalCount(text: string, min: number): number | null | undefined {
  const t = text.trim().replace(/\./g, '');
  if (!t) return null;
  return /^\d{1,8}$/.test(t) && Number(t) >= min ? Number(t) : undefined;
}

export interface MovementValues {
  name: string;
  planDocumentId: string;
  startsOn: string;
  endsOn: string;
  description: string;
}

export const movementValues = (mv: Movement | null): MovementValues => ({
  name: mv?.name ?? '',
  planDocumentId: mv?.plan?.id ?? '',
  startsOn: mv ? formatDate(mv.startsOn) : '',
  endsOn: mv?.endsOn ? formatDate(mv.endsOn) : '',
  description: mv?.description ?? '',
});

export function readMovementForm(v: MovementValues): {
  input?: MovementInput;
  errors: Errors<keyof MovementValues>;
} {
  const errors: Errors<keyof MovementValues> = {};
  if (!v.name.trim()) errors.name = m.required;
  const startsOn = parseDate(v.startsOn);
  if (!startsOn) errors.startsOn = v.startsOn.trim() ? m.dateInvalid : m.required;
  const endsOn = v.endsOn.trim() ? parseDate(v.endsOn) : null;
  if (v.endsOn.trim() && !endsOn) errors.endsOn = m.dateInvalid;
  else if (endsOn && startsOn && endsOn < startsOn) errors.endsOn = m.endBeforeStart;
  if (Object.keys(errors).length > 0 || !startsOn) return { errors };
  return {
    errors,
    input: {
      name: v.name.trim(),
      planDocumentId: v.planDocumentId || null,
      startsOn,
      endsOn,
      description: v.description.trim(),
    },
  };
}

export interface EntryValues {
  kind: CommunicationKind;
  date: string;
  title: string;
  quantity: string;
  participants: string;
  entries: string;
  movementId: string;
  note: string;
}

export const entryValues = (e: CommunicationEntry | null): EntryValues => ({
  kind: e?.kind ?? 'broadcast',
  date: e ? formatDate(e.date) : '',
  title: e?.title ?? '',
  quantity: e ? String(e.quantity) : '1',
  participants: e?.participants != null ? String(e.participants) : '',
  entries: e?.entries != null ? String(e.entries) : '',
  movementId: e?.movementId ?? '',
  note: e?.note ?? '',
});

export function readEntryForm(v: EntryValues): {
  input?: CommunicationInput;
  errors: Errors<keyof EntryValues>;
} {
  const errors: Errors<keyof EntryValues> = {};
  const date = parseDate(v.date);
  if (!date) errors.date = v.date.trim() ? m.dateInvalid : m.required;
  if (!v.title.trim()) errors.title = m.required;
  const quantity = optionalCount(v.quantity, 1);
  if (!quantity) errors.quantity = m.numberInvalid;
  const participants = optionalCount(v.participants, 0);
  if (participants === undefined) errors.participants = m.numberInvalid;
  const entries = optionalCount(v.entries, 0);
  if (entries === undefined) errors.entries = m.numberInvalid;
  if (
    Object.keys(errors).length > 0 ||
    !date ||
    !quantity ||
    participants === undefined ||
    entries === undefined
  )
    return { errors };
  return {
    errors,
    input: {
      kind: v.kind,
      date,
      title: v.title.trim(),
      quantity,
      participants,
      entries,
      movementId: v.movementId || null,
      note: v.note.trim() || null,
    },
  };
}

/** Per kind: how many records, and the sums of quantity, participants and contest entries. */
export function totalsByKind(items: readonly CommunicationEntry[]) {
  const out = new Map<
    CommunicationKind,
    { times: number; quantity: number; participants: number; entries: number }
  >();
  for (const e of items) {
    const t = out.get(e.kind) ?? { times: 0, quantity: 0, participants: 0, entries: 0 };
    t.times += 1;
    t.quantity += e.quantity;
    t.participants += e.participants ?? 0;
    t.entries += e.entries ?? 0;
    out.set(e.kind, t);
  }
  return out;
}
