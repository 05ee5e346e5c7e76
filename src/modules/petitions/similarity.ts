import { searchKey } from '../../domain/vi/index.ts';

// Syllables that say nothing about what a petition is about ("đơn đề nghị về việc …").
const filler = new Set(
  (
    've viec cua va cho tai o de nghi don khieu nai to cao kien phan anh xin ong ba gia dinh toi ' +
    'chung la cac nhung mot duoc khong da bi voi tu den nay trong theo lai nua lan thu hai'
  ).split(' '),
);

/** The meaningful syllables of a subject, folded (diacritics, case, đ) so "Đất" matches "dat". */
export function subjectTokens(subject: string): Set<string> {
  return new Set(
    searchKey(subject)
      .split(/[^a-z0-9]+/)
      .filter((t) => t.length > 0 && !filler.has(t)),
  );
}

/**
 * Two subjects are about the same matter when most of their meaningful syllables are shared
 * (Jaccard ≥ 0.6) or one is contained in the other (at least two syllables): "Tranh chấp ranh
 * giới đất với hộ ông B" and "tranh chap ranh gioi dat ho ong B" are the same matter.
 */
export function similarSubjects(a: string, b: string): boolean {
  const x = subjectTokens(a);
  const y = subjectTokens(b);
  if (x.size === 0 || y.size === 0) return false;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  const smaller = Math.min(x.size, y.size);
  if (shared === smaller && smaller >= 2) return true;
  return shared / (x.size + y.size - shared) >= 0.6;
}
