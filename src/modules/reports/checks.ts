import { formatDate, formatInt, formatPercent } from '../../domain/vi/index.ts';
import { documentTypeLabels } from '../documents/schema.ts';
import { checkReport, shareAgrees } from '../intake/checks.ts';
import { extractDocuments } from '../intake/documents.ts';
import { extractIndicators } from '../intake/indicators.ts';
import { normalizeReportText, sentenceSpans } from '../intake/normalize.ts';
import type { CitedDocument, ExtractedIndicator, Finding } from '../intake/schema.ts';
import { type FigureReading, readFigures } from './figures.ts';
import {
  allSections,
  isOfficialText,
  type Paragraph,
  type ReportDraft,
  type Section,
  sectionName,
} from './model.ts';
import { isRate, labelOf, rateFormulas } from './rates.ts';

/**
 * The checks before a report is issued (issue 7): parts add up to their totals, one indicator has
 * one value everywhere, percentages match their counts, cited documents are in the register with
 * that number and date, required sections are written; and, as warnings, figures edited away from
 * the data or changed in the data since. Pure: the draft, the current data and the register
 * entries the draft cites come in; each failure points to a paragraph.
 *
 * The numbers an official typed are read with the intake rules (src/modules/intake), the same
 * that read hand-written reports; a generated paragraph no one edited states exactly its figures,
 * so its text is not re-read (nothing to misread).
 */
export type CheckName =
  | 'sum'
  | 'percentage'
  | 'value.conflict'
  | 'document.register'
  | 'document.date'
  | 'document.type'
  | 'section.empty'
  | 'figure.edited'
  | 'figure.missing'
  | 'figure.stale';

export interface CheckFailure {
  check: CheckName;
  severity: 'error' | 'warning';
  /** Vietnamese, for the officials. */
  message: string;
  /** The paragraph to fix; null when the section has none (an empty required section). */
  paragraphId: string | null;
  sectionId: string;
  indicators?: string[];
}

export interface RegisterEntry {
  reference: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface CheckInput {
  /** The commune's current statistics for the period (with derived rates); null: not compared. */
  data: Readonly<Record<string, number>> | null;
  /** Register entries whose number the draft cites (see citedNumbers). */
  register: readonly RegisterEntry[];
}

interface Statement {
  key: string;
  value: number;
  /** As written: "4.080", "97,5%". */
  text: string;
  decimals: number;
  paragraphId: string;
  sectionId: string;
}

interface Place {
  paragraph: Paragraph;
  section: Section;
}

const warning = (f: Omit<CheckFailure, 'severity'>): CheckFailure => ({ ...f, severity: 'warning' });
const error = (f: Omit<CheckFailure, 'severity'>): CheckFailure => ({ ...f, severity: 'error' });

/** Two statements of one indicator agree: rates to the rounding of a percentage with one decimal. */
const same = (key: string, a: number, b: number) =>
  isRate(key) ? Math.abs(a - b) <= 0.0005 + 1e-9 : Math.abs(a - b) < 1e-9;

const show = (key: string, v: number) =>
  isRate(key) ? formatPercent(v, { digits: 2 }) : Number.isInteger(v) ? formatInt(v) : String(v);
const decimalsOf = (text: string) => /,(\d+)/.exec(text)?.[1]?.length ?? 0;
const quote = (key: string) => `«${labelOf(key).replace(/\s*\(%\)$/, '')}»`;

function places(draft: ReportDraft): Place[] {
  return allSections(draft.sections).flatMap((section) =>
    section.paragraphs.map((paragraph) => ({ paragraph, section })),
  );
}

interface Reading {
  figures: FigureReading[];
  extracted: Record<string, ExtractedIndicator>;
  documents: CitedDocument[];
  findings: Finding[];
}

function read(p: Paragraph): Reading {
  const figures = p.kind === 'generated' ? readFigures(p) : [];
  if (!isOfficialText(p) || !p.text.trim()) return { figures, extracted: {}, documents: [], findings: [] };
  const text = normalizeReportText(p.text);
  const sentences = sentenceSpans(text);
  // Every report is a commune's: "thuộc thẩm quyền của UBND huyện" is another level's authority.
  const extracted = extractIndicators(text, sentences, { commune: true });
  const documents = extractDocuments(text, sentences);
  return { figures, extracted, documents, findings: checkReport(extracted, documents) };
}

/** Everything the text states, per indicator, in document order. */
function statements(draft: ReportDraft, readings: Map<Paragraph, Reading>): Statement[] {
  const years = [Number(draft.period.from.slice(0, 4)), Number(draft.period.to.slice(0, 4))] as const;
  const out: Statement[] = [];
  for (const { paragraph: p, section } of places(draft)) {
    const r = readings.get(p) as Reading;
    const byFigure = new Set<string>();
    for (const f of r.figures) {
      if (f.state === 'missing') continue;
      byFigure.add(f.figure.key);
      const base = { paragraphId: p.id, sectionId: section.id };
      out.push({ ...base, key: f.figure.key, value: f.value, text: f.text, decimals: decimalsOf(f.text) });
    }
    for (const [key, indicator] of Object.entries(r.extracted)) {
      if (byFigure.has(key)) continue;
      for (const o of indicator.occurrences) {
        // A bound ("trên 75") or a figure the sentence dates to another year is not this period's value.
        if (o.qualifier || (o.year !== undefined && (o.year < years[0] || o.year > years[1]))) continue;
        const value = isRate(key) ? o.value / 100 : o.value;
        const number = /\d[\d.]*(?:,\d+)?%?/.exec(o.match)?.[0] ?? String(o.value);
        out.push({
          key,
          value,
          text: number,
          decimals: decimalsOf(number),
          paragraphId: p.id,
          sectionId: section.id,
        });
      }
    }
  }
  return out;
}

function figureChecks(place: Place, r: Reading, data: CheckInput['data']): CheckFailure[] {
  const out: CheckFailure[] = [];
  const at = { paragraphId: place.paragraph.id, sectionId: place.section.id };
  const stale = new Set<string>();
  for (const f of r.figures) {
    const key = f.figure.key;
    if (f.state === 'edited') {
      out.push(
        warning({
          ...at,
          check: 'figure.edited',
          message: `Số liệu ${quote(key)} đã được sửa từ ${f.figure.text} thành ${f.text}, không còn khớp với dữ liệu.`,
          indicators: [key],
        }),
      );
    } else if (f.state === 'missing') {
      out.push(
        warning({
          ...at,
          check: 'figure.missing',
          message: `Số liệu ${quote(key)} (${f.figure.text}) không còn trong đoạn văn: đoạn này không còn liên kết với dữ liệu.`,
          indicators: [key],
        }),
      );
    }
    const now = data?.[key];
    if (now !== undefined && !same(key, f.figure.value, now) && !stale.has(key)) {
      stale.add(key);
      out.push(
        warning({
          ...at,
          check: 'figure.stale',
          message: `Số liệu ${quote(key)} trong đoạn là ${f.figure.text} nhưng dữ liệu hiện nay là ${show(key, now)}: bấm «Cập nhật số liệu» để lấy số mới.`,
          indicators: [key],
        }),
      );
    }
  }
  return out;
}

/** The paragraph's own totals (`sums`), with the values its text now states. */
function sumChecks(
  place: Place,
  all: readonly Statement[],
): { failures: CheckFailure[]; totals: Set<string> } {
  const p = place.paragraph;
  const failures: CheckFailure[] = [];
  const totals = new Set<string>();
  const here = (key: string) => all.find((s) => s.paragraphId === p.id && s.key === key);
  const figure = (key: string) => p.figures.find((f) => f.key === key);
  for (const sum of p.sums ?? []) {
    totals.add(sum.total);
    const total = here(sum.total);
    if (!total) continue;
    const parts: { key: string; value: number; stated: boolean }[] = [];
    let unreadable = false;
    for (const key of sum.parts) {
      const s = here(key);
      if (s) parts.push({ key, value: s.value, stated: true });
      // A part the composer left out was zero; a part whose figure was deleted cannot be summed.
      else if (figure(key)) unreadable = true;
      else parts.push({ key, value: 0, stated: false });
    }
    if (unreadable || !parts.some((x) => x.stated)) continue;
    // As composed, either the parts made up the whole total or (other kinds left unsaid) part of it.
    const composedTotal = figure(sum.total)?.value;
    const composedParts = sum.parts.reduce((s, k) => s + (figure(k)?.value ?? 0), 0);
    const complete = composedTotal === undefined || composedParts === composedTotal;
    const value = parts.reduce((s, x) => s + x.value, 0);
    if (complete ? value === total.value : value <= total.value) continue;
    const stated = parts.filter((x) => x.stated);
    const terms = stated.map((x) => `${quote(x.key)} ${show(x.key, x.value)}`).join(' + ');
    failures.push(
      error({
        paragraphId: p.id,
        sectionId: place.section.id,
        check: 'sum',
        message: `Các số thành phần không khớp với tổng: ${terms} = ${show(sum.total, value)}, ${complete ? 'khác' : 'lớn hơn'} ${quote(sum.total)} ${total.text}.`,
        indicators: [sum.total, ...stated.map((x) => x.key)],
      }),
    );
  }
  return { failures, totals };
}

const intakeCheck: Partial<Record<Finding['rule'], CheckName>> = {
  'sum.resolvedBreakdown': 'sum',
  'sum.receivedChannels': 'sum',
  'sum.dossierBalance': 'sum',
  'sum.staff': 'sum',
  'sum.petitionKinds': 'sum',
  'sum.partsExceedTotal': 'sum',
  'percentage.mismatch': 'percentage',
  'document.dateYear': 'document.date',
  'document.typeCode': 'document.type',
  // value.conflict: checked over the whole report below, not paragraph by paragraph.
};

/** One value per indicator over the whole text; the data's value, when stated, is the reference. */
function conflictChecks(all: readonly Statement[], data: CheckInput['data'], where: (id: string) => string) {
  const out: CheckFailure[] = [];
  const byKey = new Map<string, Statement[]>();
  for (const s of all) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
  for (const [key, list] of byKey) {
    const current = data?.[key];
    const reference =
      (current === undefined ? undefined : list.find((s) => same(key, s.value, current))) ??
      (list[0] as Statement);
    const reported = new Set<string>();
    for (const s of list) {
      if (same(key, s.value, reference.value) || reported.has(s.paragraphId)) continue;
      reported.add(s.paragraphId);
      const there =
        s.paragraphId === reference.paragraphId ? 'cũng trong đoạn này' : where(reference.paragraphId);
      out.push(
        error({
          paragraphId: s.paragraphId,
          sectionId: s.sectionId,
          check: 'value.conflict',
          message: `${quote(key)} được ghi là ${s.text} ở đoạn này nhưng là ${reference.text} ${there}: một chỉ tiêu chỉ có một giá trị trong báo cáo.`,
          indicators: [key],
        }),
      );
    }
  }
  return out;
}

/** Stated rates against the counts stated in the report (the same paragraph's first). */
function percentageChecks(all: readonly Statement[]): CheckFailure[] {
  const out: CheckFailure[] = [];
  for (const s of all) {
    const formula = rateFormulas[s.key];
    if (!formula) continue;
    const value = (key: string) =>
      (all.find((x) => x.key === key && x.paragraphId === s.paragraphId) ?? all.find((x) => x.key === key))
        ?.value;
    const whole = value(formula.whole);
    const parts = formula.parts.map(value);
    if (!whole || parts.some((v) => v === undefined)) continue;
    const part = parts.reduce((a: number, b) => a + (b ?? 0), 0);
    if (shareAgrees(s.value * 100, s.decimals, (part / whole) * 100)) continue;
    out.push(
      error({
        paragraphId: s.paragraphId,
        sectionId: s.sectionId,
        check: 'percentage',
        message: `${quote(s.key)} ghi ${s.text} không khớp với số liệu trong báo cáo: ${formatInt(part)}/${formatInt(whole)} = ${formatPercent(part / whole, { digits: 2 })}.`,
        indicators: [s.key, ...formula.parts, formula.whole],
      }),
    );
  }
  return out;
}

// ── documents ────────────────────────────────────────────────────────────────────────────────

interface Cited {
  reference: string;
  date: string | null;
  label: string;
  paragraphId: string;
  sectionId: string;
}

/** The commune's own documents: "13/KH-UBND", "12/UBND-VX", cited bare or as its committee's. */
const ownReference = (ref: string) => /^\d{1,5}\/(?:[\p{L}]+-)?UBND(?:-[\p{L}]+)?$/u.test(ref);
const ownIssuer = (issuer: string | null) =>
  !issuer || /(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(?:xã|phường|thị trấn|đặc khu)/iu.test(issuer);
const canonical = (ref: string) => ref.normalize('NFC').replace(/\s+/g, '').toUpperCase();
const shortDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
};

/** "Kế hoạch số 13/KH-UBND" from the type code in the reference; "Văn bản số 12/UBND-VX" otherwise. */
function labelOfReference(reference: string): string {
  const code = /^\d+\/([^-/]+)-/.exec(reference)?.[1] ?? '';
  const type = (documentTypeLabels as Record<string, string>)[code.normalize('NFC')];
  return `${type ?? 'Văn bản'} số ${reference}`;
}

function citations(place: Place, r: Reading): Cited[] {
  const p = place.paragraph;
  const at = { paragraphId: p.id, sectionId: place.section.id };
  const out: Cited[] = [];
  for (const c of p.citations ?? []) {
    // An official who removed a citation from the text removed it from the check too.
    if (p.text.includes(c.reference)) out.push({ ...c, label: labelOfReference(c.reference), ...at });
  }
  for (const d of r.documents) {
    if (!ownReference(d.reference) || !ownIssuer(d.issuer)) continue;
    if (out.some((c) => canonical(c.reference) === canonical(d.reference) && c.date === d.date)) continue;
    out.push({ reference: d.reference, date: d.date, label: `${d.type} số ${d.reference}`, ...at });
  }
  return out;
}

function registerChecks(cited: readonly Cited[], register: readonly RegisterEntry[]): CheckFailure[] {
  const out: CheckFailure[] = [];
  for (const c of cited) {
    const same = register.filter((e) => canonical(e.reference) === canonical(c.reference));
    const at = { paragraphId: c.paragraphId, sectionId: c.sectionId, check: 'document.register' as const };
    if (c.date === null) {
      if (same.length === 0)
        out.push(error({ ...at, message: `${c.label} không có trong sổ văn bản đi của xã.` }));
      continue;
    }
    const year = c.date.slice(0, 4);
    const thatYear = same.filter((e) => e.date.slice(0, 4) === year);
    if (thatYear.length === 0) {
      out.push(error({ ...at, message: `${c.label} năm ${year} không có trong sổ văn bản đi của xã.` }));
    } else if (!thatYear.some((e) => e.date === c.date)) {
      const registered = (thatYear[0] as RegisterEntry).date;
      out.push(
        error({
          ...at,
          message: `${c.label} được ghi ngày ${shortDate(c.date)}, nhưng trong sổ văn bản ngày ban hành là ${shortDate(registered)}.`,
        }),
      );
    }
  }
  return out;
}

/** One reference, two dates (any issuer): reports must cite a document the same way everywhere. */
function referenceDates(
  all: readonly (CitedDocument & { at: Omit<Cited, 'reference' | 'date' | 'label'> })[],
) {
  const out: CheckFailure[] = [];
  const first = new Map<string, (typeof all)[number]>();
  for (const d of all) {
    if (!d.date) continue;
    const key = `${canonical(d.reference)}|${d.issuer ?? ''}|${d.referenceYear ?? d.date.slice(0, 4)}`;
    const seen = first.get(key);
    if (!seen) first.set(key, d);
    else if (seen.date !== d.date) {
      out.push(
        error({
          ...d.at,
          check: 'document.date',
          message: `${d.type} số ${d.reference} được ghi ngày ${formatDate(d.date)} ở đây nhưng ngày ${formatDate(seen.date as string)} ở đoạn khác.`,
        }),
      );
    }
  }
  return out;
}

function emptySections(draft: ReportDraft): CheckFailure[] {
  const written = (s: Section): boolean =>
    s.paragraphs.some((p) => p.text.trim() !== '') || s.children.some(written);
  return allSections(draft.sections)
    .filter((s) => s.required && !written(s))
    .map((s) =>
      error({
        paragraphId: s.paragraphs[0]?.id ?? null,
        sectionId: s.id,
        check: 'section.empty',
        message: `Mục «${sectionName(s)}» là mục bắt buộc nhưng chưa có nội dung.`,
      }),
    );
}

/** Numbers of the register entries the draft cites ("13" of "13/KH-UBND"), to look them up. */
export function citedNumbers(draft: ReportDraft): number[] {
  const numbers = new Set<number>();
  for (const { paragraph: p, section } of places(draft)) {
    for (const c of citations({ paragraph: p, section }, read(p)))
      numbers.add(Number(c.reference.split('/')[0]));
  }
  return [...numbers].sort((a, b) => a - b);
}

/** Every check over the draft, in document order, errors before warnings within a paragraph. */
export function checkDraft(draft: ReportDraft, input: CheckInput): CheckFailure[] {
  const all = places(draft);
  const readings = new Map(all.map(({ paragraph }) => [paragraph, read(paragraph)] as const));
  const stated = statements(draft, readings);
  const sectionOf = new Map(all.map((x) => [x.paragraph.id, x.section]));
  const where = (paragraphId: string) => {
    const s = sectionOf.get(paragraphId);
    return s ? `ở mục «${sectionName(s)}»` : 'ở đoạn khác';
  };

  const failures: CheckFailure[] = [];
  const cited: Cited[] = [];
  const documents: (CitedDocument & { at: { paragraphId: string; sectionId: string } })[] = [];
  for (const place of all) {
    const r = readings.get(place.paragraph) as Reading;
    failures.push(...figureChecks(place, r, input.data));
    const sums = sumChecks(place, stated);
    failures.push(...sums.failures);
    for (const f of r.findings) {
      const check = intakeCheck[f.rule];
      if (!check) continue;
      // The paragraph's own totals are checked above with the composer's knowledge of its parts.
      const total = f.indicators?.[0];
      if (check === 'sum' && f.rule !== 'sum.dossierBalance' && total && sums.totals.has(total)) continue;
      failures.push(
        error({
          paragraphId: place.paragraph.id,
          sectionId: place.section.id,
          check,
          message: f.message,
          ...(f.indicators ? { indicators: f.indicators } : {}),
        }),
      );
    }
    cited.push(...citations(place, r));
    for (const d of r.documents)
      documents.push({ ...d, at: { paragraphId: place.paragraph.id, sectionId: place.section.id } });
  }
  failures.push(...conflictChecks(stated, input.data, where));
  failures.push(...percentageChecks(stated));
  failures.push(...registerChecks(cited, input.register));
  failures.push(...referenceDates(documents));
  failures.push(...emptySections(draft));

  const order = new Map(all.map((x, i) => [x.paragraph.id, i]));
  const sectionOrder = new Map(allSections(draft.sections).map((s, i) => [s.id, i]));
  // A failure without a paragraph (an empty section) sits where its section would be.
  const position = (f: CheckFailure) => {
    if (f.paragraphId !== null) return order.get(f.paragraphId) ?? 0;
    const from = sectionOrder.get(f.sectionId) ?? 0;
    const next = all.findIndex((x) => (sectionOrder.get(x.section.id) ?? 0) >= from);
    return next < 0 ? all.length : next - 0.5;
  };
  return failures
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        position(a.f) - position(b.f) ||
        (a.f.severity === b.f.severity ? 0 : a.f.severity === 'error' ? -1 : 1) ||
        a.i - b.i,
    )
    .map((x) => x.f);
}

/** Errors block issuing; warnings are shown. */
export const blocking = (failures: readonly CheckFailure[]) => failures.filter((f) => f.severity === 'error');
