import { TYPE_BY_CODE } from './documents.ts';
import { type IndicatorKey, indicatorLabel } from './indicator-keys.ts';
import { formatViNumber } from './numbers.ts';
import type { CitedDocument, ExtractedIndicator, Finding, IndicatorOccurrence, Span } from './schema.ts';

type Indicators = Record<string, ExtractedIndicator>;

/**
 * Every consistency check, findings ordered by where they start in the text. The figures of each
 * part of the unit ("Với cấp huyện, …") are checked among themselves, as a report of their own;
 * those of a breakdown in brackets ("(phát biểu trực tiếp 09 ý kiến, 01 ý kiến gửi văn bản)") are
 * pieces of one figure, so two of one key there are no conflict.
 */
export function checkReport(
  indicators: Indicators,
  documents: readonly CitedDocument[],
  parts: readonly { indicators: Indicators; breakdown?: boolean; pieces?: readonly Span[] }[] = [],
  period: { from: string; to: string } | null = null,
): Finding[] {
  const figures = (set: Indicators, breakdown = false, pieces: readonly Span[] = []) => [
    ...sumRules(set),
    ...percentageRules(set),
    ...(breakdown ? [] : conflictsOf(withoutPieces(set, pieces), period)),
  ];
  const findings = [
    ...figures(indicators),
    ...parts.flatMap((p) => figures(p.indicators, p.breakdown, p.pieces)),
    ...documentRules(documents),
  ];
  return findings.sort(
    (a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0) || a.rule.localeCompare(b.rule),
  );
}

/** The set without the figures that break down another: pieces of one figure never conflict with it. */
function withoutPieces(set: Indicators, pieces: readonly Span[]): Indicators {
  if (pieces.length === 0) return set;
  const kept = (o: IndicatorOccurrence) => !pieces.some((p) => p.start === o.span.start);
  return Object.fromEntries(
    Object.entries(set).flatMap(([key, ind]) => {
      const occurrences = ind.occurrences.filter(kept);
      return occurrences.length ? [[key, { ...(occurrences[0] as IndicatorOccurrence), occurrences }]] : [];
    }),
  );
}

const vi = (n: number) => formatViNumber(n, Number.isInteger(n) ? 0 : 2);

/** Statements that give an exact value (a bound like "trên 75" cannot enter a sum). */
function exact(indicators: Indicators, key: string): IndicatorOccurrence[] {
  return (indicators[key]?.occurrences ?? []).filter((o) => o.qualifier === undefined);
}

/** One statement per distinct value: a figure stated twice the same way is one figure. */
function distinct(occurrences: readonly IndicatorOccurrence[]): IndicatorOccurrence[] {
  const seen = new Map<number, IndicatorOccurrence>();
  for (const o of occurrences) if (!seen.has(o.value)) seen.set(o.value, o);
  return [...seen.values()];
}

function combinations<T>(lists: readonly (readonly T[])[]): T[][] {
  let out: T[][] = [[]];
  for (const list of lists) {
    out = out.flatMap((prefix) => list.map((x) => [...prefix, x]));
    if (out.length > 256) return out.slice(0, 256);
  }
  return out;
}

// ── sums ─────────────────────────────────────────────────────────────────────────────────────

interface SumRule {
  rule: Finding['rule'];
  total: IndicatorKey;
  /** Alternative breakdowns of the total; each part may itself be a list of keys that add up. */
  parts: readonly (readonly IndicatorKey[])[];
  /** The breakdown is complete: when every part is stated the sum must equal the total. */
  complete: boolean;
  /** Keys whose statement means the breakdown is another one (and this rule does not apply). */
  unless?: readonly IndicatorKey[];
}

const SUM_RULES: readonly SumRule[] = [
  {
    rule: 'sum.resolvedBreakdown',
    total: 'onestop.dossiers.resolved',
    parts: [
      ['onestop.dossiers.resolvedEarly', 'onestop.dossiers.resolvedOnTime', 'onestop.dossiers.resolvedLate'],
      ['onestop.dossiers.resolvedEarlyOrOnTime', 'onestop.dossiers.resolvedLate'],
    ],
    complete: true,
  },
  {
    // "Số hồ sơ đã giải quyết: 9.986 (hồ sơ giải quyết đúng hạn là 9.143 hồ sơ, quá hạn là 743 hồ
    // sơ)": with no early dossiers stated, on time covers them.
    rule: 'sum.resolvedBreakdown',
    total: 'onestop.dossiers.resolved',
    parts: [['onestop.dossiers.resolvedOnTime', 'onestop.dossiers.resolvedLate']],
    complete: true,
    unless: ['onestop.dossiers.resolvedEarly', 'onestop.dossiers.resolvedEarlyOrOnTime'],
  },
  {
    rule: 'sum.receivedChannels',
    total: 'onestop.dossiers.received',
    parts: [
      [
        'onestop.dossiers.receivedOnline',
        'onestop.dossiers.receivedDirect',
        'onestop.dossiers.receivedPostal',
      ],
    ],
    // Postal intake is often left unsaid when there was none: only a sum above the total is sure.
    complete: false,
  },
  {
    rule: 'sum.staff',
    total: 'staff.total',
    parts: [['staff.cadres', 'staff.civilServants']],
    complete: true,
  },
  {
    rule: 'sum.petitionKinds',
    total: 'petitions.received',
    parts: [['complaints.received', 'denunciations.received', 'feedback.received']],
    complete: false,
  },
  {
    rule: 'sum.partsExceedTotal',
    total: 'staff.total',
    parts: [
      [
        'staff.byDegree.postgraduate',
        'staff.byDegree.university',
        'staff.byDegree.college',
        'staff.byDegree.intermediate',
      ],
    ],
    complete: false,
  },
  {
    rule: 'sum.partsExceedTotal',
    total: 'mediation.cases',
    parts: [['mediation.successful']],
    complete: false,
  },
  {
    rule: 'sum.partsExceedTotal',
    total: 'petitions.received',
    parts: [['petitions.resolved']],
    complete: false,
  },
  {
    rule: 'sum.partsExceedTotal',
    total: 'dialogues.opinions',
    parts: [['dialogues.answered', 'dialogues.escalated']],
    complete: false,
  },
  {
    rule: 'sum.partsExceedTotal',
    total: 'onestop.procedures.total',
    parts: [['onestop.procedures.onlineFull', 'onestop.procedures.onlinePartial']],
    complete: false,
  },
];

function sumRules(indicators: Indicators): Finding[] {
  const findings: Finding[] = [];
  for (const rule of SUM_RULES) {
    const totals = distinct(exact(indicators, rule.total));
    if (totals.length === 0) continue;
    if (rule.unless?.some((k) => (indicators[k]?.occurrences.length ?? 0) > 0)) continue;
    for (const breakdown of rule.parts) {
      const stated = breakdown.filter((k) => exact(indicators, k).length > 0);
      if (stated.length === 0) continue;
      const all = stated.length === breakdown.length && rule.complete;
      const lists = stated.map((k) => distinct(exact(indicators, k)));
      const combos = combinations([totals, ...lists]);
      const ok = combos.some(([total, ...parts]) => {
        const sum = parts.reduce((s, p) => s + p.value, 0);
        return all ? sum === total?.value : sum <= (total?.value ?? 0);
      });
      if (ok) continue;
      const [total, ...parts] = combos[0] as IndicatorOccurrence[];
      const sum = parts.reduce((s, p) => s + p.value, 0);
      const terms = stated.map((k, i) => `${indicatorLabel(k)} (${vi(parts[i]?.value ?? 0)})`).join(' + ');
      const relation = all ? 'khác' : 'lớn hơn';
      findings.push({
        rule: all ? rule.rule : 'sum.partsExceedTotal',
        message: `Các số liệu thành phần không khớp với tổng: ${terms} = ${vi(sum)}, ${relation} ${indicatorLabel(rule.total)} (${vi(total?.value ?? 0)}).`,
        spans: [total as IndicatorOccurrence, ...parts].map((o) => o.span),
        indicators: [rule.total, ...stated],
      });
    }
  }
  findings.push(...dossierBalance(indicators));
  return findings;
}

// received (+ carried over) = resolved + pending + withdrawn (+ rejected), checked only when the
// report states resolved, pending and withdrawn: leaving one out usually means "none" was not said.
function dossierBalance(indicators: Indicators): Finding[] {
  const first = (k: IndicatorKey) => exact(indicators, k)[0];
  const received = first('onestop.dossiers.received');
  const resolved = first('onestop.dossiers.resolved');
  const withdrawn = first('onestop.dossiers.withdrawn');
  const pendingParts = [
    first('onestop.dossiers.pending'),
    first('onestop.dossiers.pendingWithinDeadline'),
    first('onestop.dossiers.pendingOverdue'),
  ];
  const pending = pendingParts[0]
    ? [pendingParts[0]]
    : pendingParts.filter((p): p is IndicatorOccurrence => !!p);
  if (!received || !resolved || !withdrawn || pending.length === 0) return [];
  const carried = first('onestop.dossiers.carriedOver');
  const rejected = first('onestop.dossiers.rejected');
  const out = [resolved, ...pending, withdrawn, ...(rejected ? [rejected] : [])];
  const lhs = out.reduce((s, o) => s + o.value, 0);
  const rhs = received.value + (carried?.value ?? 0);
  if (lhs === rhs) return [];
  return [
    {
      rule: 'sum.dossierBalance',
      message: `Số hồ sơ không cân đối: đã giải quyết + đang giải quyết + rút${rejected ? ' + trả lại' : ''} = ${vi(lhs)}, nhưng số tiếp nhận${carried ? ' (kể cả kỳ trước chuyển sang)' : ''} là ${vi(rhs)}.`,
      spans: [received, ...(carried ? [carried] : []), ...out].map((o) => o.span),
      indicators: ['onestop.dossiers.received', 'onestop.dossiers.resolved', 'onestop.dossiers.withdrawn'],
    },
  ];
}

// ── percentages ──────────────────────────────────────────────────────────────────────────────

/** The total a count's stated share is taken of. */
// The count a share is of. A report may give an on-time share of the dossiers resolved, of those
// received, or of those due in the period ("đến hạn giải quyết"): it agrees when one of the stated
// bases gives it.
const RESOLVED_BASES: readonly IndicatorKey[] = [
  'onestop.dossiers.resolved',
  'onestop.dossiers.received',
  'onestop.dossiers.due',
];
const PENDING_BASES: readonly IndicatorKey[] = ['onestop.dossiers.received', 'onestop.dossiers.due'];
const SHARE_BASE: Readonly<Record<string, readonly IndicatorKey[]>> = {
  'onestop.dossiers.receivedOnline': ['onestop.dossiers.received'],
  'onestop.dossiers.receivedDirect': ['onestop.dossiers.received'],
  'onestop.dossiers.receivedPostal': ['onestop.dossiers.received'],
  'onestop.dossiers.resolved': ['onestop.dossiers.received'],
  'onestop.dossiers.resolvedEarly': RESOLVED_BASES,
  'onestop.dossiers.resolvedOnTime': RESOLVED_BASES,
  'onestop.dossiers.resolvedLate': RESOLVED_BASES,
  'onestop.dossiers.resolvedEarlyOrOnTime': RESOLVED_BASES,
  'onestop.dossiers.pending': PENDING_BASES,
  'onestop.dossiers.pendingWithinDeadline': PENDING_BASES,
  'onestop.dossiers.pendingOverdue': PENDING_BASES,
  'staff.byDegree.postgraduate': ['staff.total'],
  'staff.byDegree.university': ['staff.total'],
  'staff.byDegree.college': ['staff.total'],
  'staff.byDegree.intermediate': ['staff.total'],
  'staff.cadres': ['staff.total'],
  'staff.civilServants': ['staff.total'],
  'mediation.successful': ['mediation.cases'],
  'petitions.resolved': ['petitions.received'],
};

/**
 * A stated percentage agrees with its counts when it is their ratio rounded, or cut off, to the
 * decimals it is written with: "88,8%" for 16/18 = 88,89% is a truncation, not an error.
 */
export function shareAgrees(stated: number, decimals: number, ratioPercent: number): boolean {
  const unit = 10 ** -decimals;
  if (Math.abs(stated - ratioPercent) <= unit / 2 + 1e-9) return true;
  const truncated = Math.floor(ratioPercent / unit + 1e-9) * unit;
  return Math.abs(stated - truncated) < 1e-9;
}

function percentageRules(indicators: Indicators): Finding[] {
  const findings: Finding[] = [];
  for (const key of Object.keys(indicators)) {
    const bases = (SHARE_BASE[key] ?? []).flatMap((k) =>
      distinct(exact(indicators, k))
        .filter((b) => b.value > 0)
        .map((b) => ({ ...b, key: k })),
    );
    for (const o of exact(indicators, key)) {
      const share = o.share;
      if (!share) continue;
      // "4.561/5.650 HS (tỷ lệ 80,7%)": the ratio names its own base, which comes first.
      const own = o.base && o.base.value > 0 ? [{ ...o, value: o.base.value, span: o.base.span, key }] : [];
      const all = [...own, ...bases];
      if (all.length === 0) continue;
      if (all.some((b) => shareAgrees(share.value, share.decimals, (o.value / b.value) * 100))) continue;
      // "giải quyết đúng hạn 4.811 hồ sơ (tỉ lệ 100%)": all of those resolved, whose number is not given.
      if (share.value === 100 && !own.length && !bases.some((b) => b.key === 'onestop.dossiers.resolved'))
        continue;
      // "trước hạn là 114.977 và đúng hạn là 1.022.796 (chiếm 99,86%)": the share of both together.
      const together = joinedWith(indicators, key, o);
      if (
        together &&
        all.some((b) => shareAgrees(share.value, share.decimals, ((o.value + together) / b.value) * 100))
      )
        continue;
      const b = all[0] as IndicatorOccurrence & { key: string };
      const ratio = (o.value / b.value) * 100;
      findings.push({
        rule: 'percentage.mismatch',
        message: `Tỷ lệ ${formatViNumber(share.value, share.decimals)}% ghi cho ${indicatorLabel(key)} (${vi(o.value)}) không khớp với số liệu: ${vi(o.value)}/${vi(b.value)} = ${formatViNumber(ratio, 2)}%.`,
        spans: [share.span, o.span, b.span],
        indicators: [key, b.key],
      });
    }
  }
  return findings;
}

/** The early dossiers stated in the sentence of an on-time count, whose share may be of both. */
function joinedWith(indicators: Indicators, key: string, o: IndicatorOccurrence): number | undefined {
  if (key !== 'onestop.dossiers.resolvedOnTime') return undefined;
  return exact(indicators, 'onestop.dossiers.resolvedEarly').find(
    (e) => e.sentenceSpan.start === o.sentenceSpan.start && e.span.start < o.span.start,
  )?.value;
}

// ── one figure, two values ───────────────────────────────────────────────────────────────────

function conflictsOf(indicators: Indicators, period: { from: string; to: string } | null): Finding[] {
  const findings: Finding[] = [];
  for (const [key, indicator] of Object.entries(indicators)) {
    const occ = indicator.occurrences;
    const clashing = occ.filter((a) => occ.some((b) => a !== b && clash(a, b, period)));
    if (clashing.length === 0) continue;
    const values = [...new Set(clashing.map((o) => o.value))];
    const listed = values.map((v) => vi(v));
    const joined = listed.length === 2 ? `${listed[0]} và ${listed[1]}` : listed.join(', ');
    findings.push({
      rule: 'value.conflict',
      message: `Cùng một chỉ tiêu (${indicatorLabel(key)}) được ghi với các giá trị khác nhau: ${joined}.`,
      spans: clashing.map((o) => o.span),
      indicators: [key],
    });
  }
  return findings;
}

// Two statements clash when they cannot both be true of the same period: different exact values
// (unless the text dates them to different years), or an exact value outside a stated bound.
function clash(
  a: IndicatorOccurrence,
  b: IndicatorOccurrence,
  period: { from: string; to: string } | null,
): boolean {
  // "0,82 km²" (82 ha, to the hundredth of a km²) beside "82,53 ha": the same area at its precision.
  if ((a.pattern.includes('km2') || b.pattern.includes('km2')) && Math.abs(a.value - b.value) <= 1)
    return false;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  // A dated figure beside an undated one is of another period ("dân số năm 1999 là 3.922 người"
  // beside "4970 khẩu") or, in a report of several years, a part of its total ("năm 2015, thụ lý
  // hòa giải 2.592 vụ việc" in 2014–2018): it clashes only in a report of that one year.
  if ((a.year === undefined) !== (b.year === undefined)) {
    const from = Number(period?.from.slice(0, 4));
    if (!period || from !== Number(period.to.slice(0, 4)) || from !== (a.year ?? b.year)) return false;
  }
  if (a.qualifier === 'about' || b.qualifier === 'about') return false;
  if (a.qualifier && b.qualifier) return false;
  if (a.qualifier === 'atLeast') return b.value < a.value;
  if (b.qualifier === 'atLeast') return a.value < b.value;
  if (a.qualifier === 'atMost') return b.value > a.value;
  if (b.qualifier === 'atMost') return a.value > b.value;
  return a.value !== b.value;
}

// ── documents ────────────────────────────────────────────────────────────────────────────────

const viDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
};

function documentRules(documents: readonly CitedDocument[]): Finding[] {
  const findings: Finding[] = [];
  for (const doc of documents) {
    const year = doc.date ? Number(doc.date.slice(0, 4)) : null;
    if (doc.referenceYear !== null && year !== null && year !== doc.referenceYear) {
      findings.push({
        rule: 'document.dateYear',
        message: `${doc.type} số ${doc.reference} mang năm ${doc.referenceYear} trong số hiệu nhưng được ghi ngày ${viDate(doc.date as string)}.`,
        spans: [doc.span],
      });
    }
    // A Công văn's symbol names its issuing unit (66/TTr is Thanh tra), never a document type.
    const codeType =
      doc.code && doc.type !== 'Công văn' ? TYPE_BY_CODE.get(doc.code.toUpperCase()) : undefined;
    // Only a code that names a different type is a contradiction; unit codes (SNV, UBND) say nothing.
    if (
      codeType &&
      codeType !== doc.type &&
      !(doc.type === 'Thông tư liên tịch' && codeType === 'Thông tư')
    ) {
      findings.push({
        rule: 'document.typeCode',
        message: `Văn bản được gọi là ${doc.type} nhưng số hiệu ${doc.reference} mang ký hiệu của ${codeType}.`,
        spans: [doc.span],
      });
    }
  }
  findings.push(...reusedReferences(documents));
  return findings;
}

/**
 * Numbers restart each year per issuer, so one issuer cannot date the same reference twice in a
 * year. A citation without an issuer is taken as the commune's own (reports cite their own
 * documents bare, higher levels' with "của …").
 */
function reusedReferences(documents: readonly CitedDocument[]): Finding[] {
  const groups = new Map<string, CitedDocument[]>();
  for (const doc of documents) {
    if (!doc.date || !doc.code) continue;
    const key = `${doc.type}|${doc.reference.toUpperCase()}|${issuerKey(doc.issuer)}|${doc.referenceYear ?? doc.date.slice(0, 4)}`;
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  const findings: Finding[] = [];
  for (const docs of groups.values()) {
    const dates = [...new Set(docs.map((d) => d.date as string))];
    if (dates.length < 2) continue;
    const first = docs[0] as CitedDocument;
    const listed = dates.map(viDate);
    findings.push({
      rule: 'document.referenceDates',
      message: `${first.type} số ${first.reference} được ghi với các ngày ban hành khác nhau: ${listed.join(', ')}.`,
      spans: docs.map((d) => d.span),
    });
  }
  return findings;
}

function issuerKey(issuer: string | null): string {
  if (!issuer) return 'local';
  const flat = issuer.toLowerCase().replace(/\s+/g, ' ');
  if (/(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|chủ tịch ubnd) (?:xã|phường|thị trấn)/.test(flat))
    return 'local';
  return flat;
}

export type { Span };
