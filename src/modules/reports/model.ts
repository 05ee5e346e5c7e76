/**
 * A report draft as data: sections of paragraphs. A generated paragraph keeps the figures it
 * quotes (indicator key, value, and where in the text), so a later edit that changes a figure can
 * be caught; a judgement paragraph is free text the officials write.
 */
export interface Figure {
  key: string;
  value: number;
  /** The figure as written in the text ("4.080", "97,5%"). */
  text: string;
}

export interface Paragraph {
  id: string;
  kind: 'generated' | 'judgement';
  text: string;
  figures: Figure[];
  /** Totals and their parts stated in this paragraph, for the add-up check. */
  sums?: { total: string; parts: string[] }[];
  /** Document references cited ("13/KH-UBND"), for the register check. */
  citations?: { reference: string; date: string }[];
  /**
   * The text as composed from the data (generated paragraphs only). `text` differs from it once an
   * official edits the paragraph: the checks then read the figures back from the edited text, and
   * regenerating keeps the edit instead of overwriting it.
   */
  generated?: string;
}

export interface Section {
  id: string;
  /** "I.", "1.", "a)": the numbering printed before the title. */
  number: string;
  title: string;
  level: 1 | 2 | 3;
  required: boolean;
  paragraphs: Paragraph[];
  children: Section[];
}

export interface ReportDraft {
  genre: Genre;
  commune: { code: string; name: string; provinceName: string; districtName: string | null; demo: boolean };
  period: { key: string; from: string; to: string; label: string };
  /** Printed under "BÁO CÁO". */
  summary: string;
  /** Place and date line: "Tân Phú, ngày 03 tháng 6 năm 2024". */
  place: string;
  date: string;
  /** Allocated on finalising; drafts print "Số:     /BC-UBND". */
  reference: string | null;
  sections: Section[];
  recipients: string[];
  signer: { authority: 'TM.' | 'KT.' | 'Q.'; title: string; name: string };
}

export type Genre = 'dan-van' | 'so-ket' | 'cchc';

export const genreTitles: Record<Genre, string> = {
  'dan-van': 'Kết quả thực hiện công tác dân vận chính quyền',
  'so-ket': 'Sơ kết công tác dân vận chính quyền',
  cchc: 'Kết quả thực hiện công tác cải cách hành chính',
};

export function allParagraphs(sections: readonly Section[]): Paragraph[] {
  return sections.flatMap((s) => [...s.paragraphs, ...allParagraphs(s.children)]);
}

/** Every section of the tree, parents before their children, in document order. */
export function allSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...allSections(s.children)]);
}

/** A generated paragraph an official has edited (its text is no longer the composed one). */
export function isEdited(p: Paragraph): boolean {
  return p.kind === 'generated' && p.generated !== undefined && p.text !== p.generated;
}

/** Written by an official: a judgement paragraph, or a generated one they edited. */
export function isOfficialText(p: Paragraph): boolean {
  return p.kind === 'judgement' || isEdited(p);
}

/** "3. Cải cách hành chính, …" — how a section is named in messages. */
export function sectionName(s: Pick<Section, 'number' | 'title'>): string {
  return `${s.number} ${s.title}`;
}
