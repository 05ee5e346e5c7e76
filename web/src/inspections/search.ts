import { str } from '../lib/search.ts';
import { kindLabels } from './messages.ts';
import type { InspectionKind, InspectionQuery } from './types.ts';

/** The list's URL: `loai` (kind), `con` (only rounds with findings still open), `q`. */
export interface InspectionSearch {
  loai?: InspectionKind;
  con?: boolean;
  q?: string;
}

export function validateInspectionSearch(s: Record<string, unknown>): InspectionSearch {
  const loai = str(s.loai);
  return {
    loai: loai && loai in kindLabels ? (loai as InspectionKind) : undefined,
    con: s.con === true || s.con === 'true' || s.con === '1' ? true : undefined,
    q: str(s.q),
  };
}

export const inspectionQuery = (s: InspectionSearch): InspectionQuery => ({
  kind: s.loai,
  openFindings: s.con,
  q: s.q,
});
