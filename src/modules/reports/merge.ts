import { allSections, isEdited, type Paragraph, type ReportDraft, type Section } from './model.ts';

/**
 * The officials' text of a report, by section id, to pre-fill the next report of the genre:
 * judgement paragraphs that say something (placeholders left empty are not carried over).
 */
export function judgementOf(draft: ReportDraft): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of allSections(draft.sections)) {
    const texts = s.paragraphs.filter((p) => p.kind === 'judgement' && p.text.trim()).map((p) => p.text);
    if (texts.length) out[s.id] = texts;
  }
  return out;
}

export interface MergeResult {
  draft: ReportDraft;
  /** Generated paragraphs an official had edited: their text was kept (figures may be stale). */
  keptEdited: string[];
  /** Sections whose paragraphs changed. */
  changedSections: string[];
}

/**
 * Regenerating a draft: the figures and lists come fresh from the data, the officials' text stays.
 * Per section of the fresh outline: a generated paragraph is replaced by its fresh version (or
 * dropped when the data no longer gives it), unless an official edited it and did not ask for it
 * to be overwritten; judgement paragraphs are kept where they were; fresh generated paragraphs
 * that are new are placed after the paragraph that precedes them in the fresh outline. The
 * header (summary, place, date, recipients, signer) is the officials' and is kept.
 */
export function mergeRegenerated(
  existing: ReportDraft,
  fresh: ReportDraft,
  overwrite: ReadonlySet<string> = new Set(),
): MergeResult {
  const before = new Map(allSections(existing.sections).map((s) => [s.id, s]));
  const keptEdited: string[] = [];
  const changedSections: string[] = [];
  const usedIds = new Set(allSections(fresh.sections).flatMap((s) => s.paragraphs.map((p) => p.id)));

  const mergeSection = (f: Section): Section => {
    const old = before.get(f.id);
    const children = f.children.map(mergeSection);
    if (!old) return { ...f, children };
    const freshById = new Map(f.paragraphs.map((p) => [p.id, p]));
    const placed = new Set<string>();
    const out: Paragraph[] = [];
    for (const p of old.paragraphs) {
      const next = freshById.get(p.id);
      if (p.kind === 'generated') {
        if (isEdited(p) && !overwrite.has(p.id)) {
          keptEdited.push(p.id);
          out.push(p);
          if (next) placed.add(p.id);
        } else if (next) {
          out.push(next);
          placed.add(p.id);
        }
        continue;
      }
      // A judgement paragraph. Where the data now gives a paragraph of that id (a section that
      // had no figures before), the figures come first and the officials' words follow.
      if (next?.kind === 'generated') {
        out.push(next);
        placed.add(p.id);
        if (p.text.trim()) {
          let id = `${p.id}.official`;
          while (usedIds.has(id)) id = `${id}+`;
          usedIds.add(id);
          out.push({ ...p, id });
        }
        continue;
      }
      out.push(p);
      if (next) placed.add(p.id);
    }
    // New generated paragraphs: after the fresh paragraph before them that is already placed.
    f.paragraphs.forEach((p, i) => {
      if (placed.has(p.id) || p.kind !== 'generated') return;
      const anchor = f.paragraphs
        .slice(0, i)
        .reverse()
        .find((q) => out.some((o) => o.id === q.id));
      const at = anchor ? out.findIndex((o) => o.id === anchor.id) + 1 : 0;
      out.splice(at, 0, p);
    });
    if (JSON.stringify(out) !== JSON.stringify(old.paragraphs)) changedSections.push(f.id);
    return { ...f, paragraphs: out, children };
  };

  const sections = fresh.sections.map(mergeSection);
  return {
    draft: {
      ...existing,
      genre: fresh.genre,
      commune: fresh.commune,
      period: fresh.period,
      sections,
    },
    keptEdited,
    changedSections,
  };
}
