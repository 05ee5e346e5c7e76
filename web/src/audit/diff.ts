export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

type Snapshot = Record<string, unknown> | null;

/** Snapshots are usually objects; anything else (a bare value, an array) shows as one field. */
function asSnapshot(v: unknown): Snapshot {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  return { '': v };
}

/** Field-by-field comparison of an audit row's before/after snapshots, changed fields first. */
export function diffSnapshots(beforeRaw: unknown, afterRaw: unknown): FieldChange[] {
  const before = asSnapshot(beforeRaw);
  const after = asSnapshot(afterRaw);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const rows = keys.map((field) => {
    const b = before?.[field];
    const a = after?.[field];
    return { field, before: b, after: a, changed: !same(b, a) };
  });
  return rows.sort((x, y) => Number(y.changed) - Number(x.changed));
}

/** A snapshot value as text: strings as they are, everything else as compact JSON. */
export function showValue(v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}
