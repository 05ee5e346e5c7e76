// Small validators for URL search params: anything unexpected is dropped, never trusted.

export function str(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

export function isoDate(v: unknown): string | undefined {
  const s = str(v);
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
}

export function positiveInt(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : Number(str(v));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** A same-origin path to return to after login; rejects "//host" and absolute URLs. */
export function localPath(v: unknown): string | undefined {
  const s = str(v);
  return s?.startsWith('/') && !s.startsWith('//') && !s.startsWith('/\\') ? s : undefined;
}
