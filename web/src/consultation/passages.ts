// Pure helpers of the consultation screens, tested in passages.test.ts.

export interface PassageText {
  label: string;
  body: string;
}

// "Điều 3.", "Mục 2:", "Khoản 1 -", "Chương II" at the start of a paragraph names it.
const HEADING = /^((?:Chương|Mục|Điều|Khoản|Phần|Điểm)\s+[0-9IVXLC]+[a-zđ]?)\s*[.:–-]?\s*/iu;

/**
 * A draft pasted as text becomes its passages: one per paragraph (paragraphs are separated by a
 * blank line). A paragraph opening with "Điều 3", "Mục 1"… is labelled so; the others "Đoạn n".
 */
export function splitPassages(text: string): PassageText[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((body, i) => {
      const m = HEADING.exec(body);
      const label = m?.[1] ? m[1].replace(/\s+/g, ' ') : `Đoạn ${i + 1}`;
      return { label: label.slice(0, 100), body: body.slice(0, 10_000) };
    });
}

export interface OpinionGroup<O> {
  /** null: opinions on the draft as a whole. */
  passageId: string | null;
  label: string;
  body: string | null;
  opinions: O[];
}

/**
 * Opinions grouped by the passage they are about, in the draft's order, the general ones first;
 * passages nobody commented on are left out.
 */
export function groupByPassage<O extends { passageId: string | null }>(
  opinions: readonly O[],
  passages: readonly { id: string; label: string; body: string }[],
  wholeDraftLabel: string,
): OpinionGroup<O>[] {
  const groups: OpinionGroup<O>[] = [
    { passageId: null, label: wholeDraftLabel, body: null, opinions: [] },
    ...passages.map((p) => ({ passageId: p.id, label: p.label, body: p.body, opinions: [] as O[] })),
  ];
  const byId = new Map(groups.map((g) => [g.passageId, g]));
  for (const o of opinions) (byId.get(o.passageId) ?? groups[0])?.opinions.push(o);
  return groups.filter((g) => g.opinions.length > 0);
}

/** A response's default title: the opinion itself, shortened on a word boundary. */
export function shortTitle(text: string, max = 120): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

// A leading “…” the portal put in front of a comment, with the space after it.
const LEADING_QUOTE = /^“[^”]*”\s*/;

/**
 * Puts the words a citizen selected in a passage at the head of their comment, in quotation marks,
 * replacing a quote put there before; the rest of the comment stays. Long selections are shortened.
 */
export function withQuote(content: string, selected: string, max = 300): string {
  const words = selected.replace(/\s+/g, ' ').trim();
  const rest = content.replace(LEADING_QUOTE, '');
  if (!words) return rest;
  const quote = words.length > max ? `${words.slice(0, max - 1).trimEnd()}…` : words;
  return `“${quote}” ${rest}`;
}
