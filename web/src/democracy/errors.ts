import { ApiError } from '../lib/api.ts';

/**
 * The API's message for one form field. When the field is refused under a legal minimum (the
 * posting or consultation period), the whole answer names the rule and its source: the field
 * shows that sentence rather than the short field note.
 */
export function fieldError(error: unknown, field: string, ruleField?: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const note = error.fields[field];
  return note && field === ruleField ? error.message : note;
}

/** True when the API named at least one of these fields, so its message already shows on a field. */
export function onSomeField(error: unknown, fields: readonly string[]): boolean {
  return error instanceof ApiError && fields.some((f) => f in error.fields);
}
