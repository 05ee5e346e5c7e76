import { INDICATOR_RULES, type IndicatorRule, type NumberContext, ZERO_RULES } from './indicator-rules.ts';
import { collapse, sentenceAt } from './normalize.ts';
import { findNumbers, type NumberToken, qualifierBefore } from './numbers.ts';
import { carve, partsOfUnit } from './parts.ts';
import type { ExtractedIndicator, IndicatorOccurrence, Span } from './schema.ts';

interface Located {
  key: string;
  occurrence: IndicatorOccurrence;
}

/** The unit's own figures, and those of each part of it the text breaks them down by. */
export interface IndicatorScopes {
  unit: Record<string, ExtractedIndicator>;
  /**
   * "Với cấp huyện, … đã tiếp nhận 340.060 hồ sơ": checked on their own, never the unit's values.
   * A breakdown in brackets after a figure of the same indicator is marked as such.
   */
  parts: {
    span: Span;
    indicators: Record<string, ExtractedIndicator>;
    breakdown?: boolean;
    /** Figures that break down another of the part ("125 lượt, trong đó: … 23 lượt"): no conflict. */
    pieces: Span[];
  }[];
}

/** Every indicator the text states of the reporting unit itself (see extractIndicatorScopes). */
export function extractIndicators(
  text: string,
  sentences: readonly Span[],
  unit: ReportUnit = {},
): Record<string, ExtractedIndicator> {
  return extractIndicatorScopes(text, sentences, unit).unit;
}

/** What is known of the reporting unit before its figures are read. */
export interface ReportUnit {
  /** A commune's report: "thuộc thẩm quyền của UBND huyện" is then another level's authority. */
  commune?: boolean;
}

/**
 * Reads every indicator the text states. Number-anchored: each number is read with the clause
 * around it (the words before and its unit after), so "tiếp nhận trực tuyến 1.242 hồ sơ" and
 * "1.242 hồ sơ trực tuyến" land on the same key. All statements are kept, in text order; those
 * about a part of the unit are kept apart, by part.
 */
export function extractIndicatorScopes(
  text: string,
  sentences: readonly Span[],
  unit: ReportUnit = {},
): IndicatorScopes {
  const found: Located[] = [];
  const counts: Located[] = [];
  const leftoverPercents: NumberToken[] = [];
  const quoted = quotedNames(text);
  const receptionKind = titleReceptionKind(text);
  const tokens = findNumbers(text);
  // Numbers of petitions ("258 đơn"), for a ratio's base stated before it.
  const petitionCounts = tokens.filter((t) => /^\s+đơn(?![\p{L}])/u.test(text.slice(t.end, t.end + 8)));

  for (const token of tokens) {
    const sentence = sentenceAt(sentences, token.start);
    const clause = clauseAround(text, sentence, token);
    const rawLeft = collapse(text.slice(clause.start, token.start));
    // Rules read "tiếp nhận trên 75 ý kiến" as "tiếp nhận 75 ý kiến"; the bound is kept aside.
    const { qualifier: said, rest: left } = qualifierBefore(rawLeft);
    const qualifier = said ?? (token.rounded ? 'about' : undefined);
    const ctx: NumberContext = {
      isPercent: token.isPercent,
      left,
      right: collapse(text.slice(token.end, clause.end)),
      rightSentence: collapse(text.slice(token.end, sentence.end)),
      leftSentence: collapse(text.slice(sentence.start, token.start)),
      sentence: collapse(text.slice(sentence.start, sentence.end)),
      leftStatement: collapse(text.slice(statementStart(text, sentences, sentence), token.start)),
      leftNear: collapse(text.slice(previousStart(sentences, sentence), token.start)),
      commune: unit.commune ?? false,
      // "hội nghị nhân dân" of a ward is its meeting with the people, a dialogue too.
      aboutDialogue: nearBefore(text, sentence, /đối thoại|hội nghị nhân dân/iu),
      aboutInitiatives: nearBefore(text, sentence, /dân vận khéo/iu),
      // Not in a text about petitions, where "đơn" are petitions ("tiếp nhận 11 đơn … Tổ hòa giải").
      aboutMediation:
        nearBefore(text, sentence, /hòa giải|hoà giải/iu) &&
        !nearBefore(text, sentence, /khiếu nại|tố cáo|đơn thư|tiếp (?:công )?dân/iu),
      statement: collapse(
        text.slice(statementStart(text, sentences, sentence), statementEnd(text, sentences, sentence)),
      ),
      ratio: token.base !== undefined,
      petitionsBefore: petitionCounts.some((p) => p.value === token.base?.value && p.start < token.start),
      ...(receptionKind ? { receptionKind } : {}),
    };
    // "giảm 59 lượt so cùng kỳ", "tăng 9,3%": a change since another period, no figure of this one.
    if (CHANGE.test(left)) continue;
    // "142 đơn vị hành chính", "15 cơ quan, đơn vị": offices, never a count of a key.
    if (/^đơn vị(?![\p{L}])/iu.test(ctx.right)) continue;
    // "Khi được thành lập, phường có diện tích tự nhiên 97 hécta": the unit as it was.
    if (PAST.test(ctx.leftSentence)) continue;
    // "(mỗi đơn vị có 6 đơn)": a figure of each, not a count.
    if (/(?:^|\s)mỗi\s[^,;]{0,25}$/iu.test(left)) continue;
    // “Ngày thứ 2, 4, 6 trực tuyến”: a number in a name in quotes.
    if (quoted.some((q) => token.start > q.start && token.end < q.end)) continue;
    const hit =
      (NOT_A_COUNT.test(left) && !token.isPercent) || (token.base && RESOLVED_OUT_OF.test(left))
        ? null
        : firstMatch(ctx);
    if (!hit) {
      if (token.isPercent) leftoverPercents.push(token);
      continue;
    }
    // "11/17 thôn": a rule that reads the whole takes the base, as a figure of its own.
    const whole = hit.rule.ofBase ? token.base : undefined;
    const read = whole ?? token;
    for (const key of hit.keys) {
      const occurrence: IndicatorOccurrence = {
        value: hit.rule.transform ? hit.rule.transform(read.value) : read.value,
        text: ctx.sentence,
        match: collapse(
          text.slice(Math.max(clause.start, token.start - 40), Math.min(clause.end, token.end + 40)),
        ),
        span: { start: read.start, end: read.end },
        sentenceSpan: sentence,
        pattern: hit.rule.id,
        ...(qualifier ? { qualifier } : {}),
        ...(token.base && !whole
          ? { base: { value: token.base.value, span: { start: token.base.start, end: token.base.end } } }
          : {}),
        ...(yearOf(ctx.leftSentence).year !== undefined
          ? yearOf(ctx.leftSentence)
          : yearBefore(text, sentences, sentence)),
      };
      const located = { key, occurrence };
      found.push(located);
      if (!token.isPercent) counts.push(located);
    }
  }

  attachShares(text, sentences, counts, leftoverPercents);
  found.push(...zeroStatements(text, sentences));

  const brackets = asides(text, sentences, counts);
  const partSpans = carve(partsOfUnit(text, sentences, unit.commune ?? false), brackets);
  const inPart = (o: IndicatorOccurrence) =>
    partSpans.findIndex((p) => o.span.start >= p.start && o.span.start < p.end);
  const broken = components(text, sentences, counts);
  const own = found.filter((f) => inPart(f.occurrence) < 0 && !broken.has(f));
  return {
    unit: group(withoutRepeatedParts(own, [...broken, ...found.filter((f) => inPart(f.occurrence) >= 0)])),
    parts: partSpans
      .map((span, i) => ({
        span,
        indicators: group(found.filter((f) => inPart(f.occurrence) === i)),
        pieces: [...broken].filter((f) => inPart(f.occurrence) === i).map((f) => f.occurrence.span),
        ...(brackets.includes(span) ? { breakdown: true } : {}),
      }))
      .filter((p) => Object.keys(p.indicators).length > 0),
  };
}

/**
 * "Thành phố Tam Kỳ tiếp 125 lượt công dân" in a title, where the body gives "toàn thành phố …
 * 395 lượt; cụ thể: … tại Trụ sở UBND thành phố: 125 lượt": a value the text also states as a
 * part of another is that part, when the unit has a value of its own.
 */
function withoutRepeatedParts(unit: readonly Located[], partsOf: readonly Located[]): Located[] {
  const isPart = (f: Located) =>
    partsOf.some((p) => p.key === f.key && p.occurrence.value === f.occurrence.value && p !== f);
  return unit.filter(
    (f) =>
      !isPart(f) ||
      !unit.some((o) => o.key === f.key && !isPart(o) && o.occurrence.value !== f.occurrence.value),
  );
}

// "đã tiếp nhận và giải quyết 760/770 hồ sơ trực tuyến": 760 were resolved of the 770 received,
// and no key holds the online dossiers resolved, so such a ratio is left out. A ratio of one
// thing ("đã giải quyết: 4.561/5.650 HS", "168/168 hồ sơ nộp trực tuyến") is read.
const RESOLVED_OUT_OF = /tiếp nhận,? (?:và )?giải quyết/iu;

const CHANGE = /(?:^|\s)(?:tăng|giảm)(?: thêm)?\s*:?\s*$/iu;

// Not when the sentence goes on to the present: "… Khi được thành lập, … 97 hécta. [1] Hiện nay, …".
const PAST =
  /(?:(?:^|[,.:;]\s*)(?:(?:khi|sau khi) (?:mới )?(?:được )?thành lập|thời điểm thành lập|trước đây|trước khi (?:sáp nhập|thành lập|chia tách|hợp nhất))|trên cơ sở điều chỉnh|(?:^|[.:;\]]\s*)(?:[-+*•–]\s*)?(?:theo đó,?\s*)?(?:điều chỉnh|nhập)(?:\s+(?:toàn bộ\s+)?[\d,.]+\s*(?:km|ha|người|nhân khẩu|hộ)|\s*$))(?![\p{L}])(?![\s\S]*(?:hiện nay|hiện tại|đến nay))/iu;

/** "Phường Uông Bí tổ chức tiếp công dân định kỳ tháng 1/2026": the kind of the session reported. */
function titleReceptionKind(text: string): NumberContext['receptionKind'] {
  const title = text.trimStart().split('\n')[0] ?? '';
  // "Không có vụ việc … phải tiếp công dân đột xuất ở Kim Thành": none of that kind.
  if (/(?:^|\s)không(?![\p{L}])/iu.test(title)) return undefined;
  const kinds = [...title.matchAll(/tiếp (?:công )?dân (định kỳ|thường xuyên|đột xuất)/giu)].map((m) =>
    (m[1] as string).toLowerCase(),
  );
  if (new Set(kinds).size !== 1) return undefined;
  return ({ 'định kỳ': 'periodic', 'thường xuyên': 'regular', 'đột xuất': 'adhoc' } as const)[
    kinds[0] as 'định kỳ'
  ];
}

/** “…” spans of one line and at most 80 characters: names of models, campaigns and days. */
function quotedNames(text: string): Span[] {
  return [...text.matchAll(/“[^”\n]{1,80}”/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * "tiếp nhận 258 đơn thư (đơn cũ chuyển sang 34 đơn, đơn mới tiếp nhận 224 đơn …": a figure in
 * brackets after a figure of the same indicator breaks that one down. The bracket is a part.
 */
function asides(text: string, sentences: readonly Span[], counts: readonly Located[]): Span[] {
  const spans: Span[] = [];
  for (const c of counts) {
    const at = c.occurrence.span.start;
    const sentence = sentenceAt(sentences, at);
    const open = text.lastIndexOf('(', at);
    if (open < sentence.start || text.lastIndexOf(')', at) > open) continue;
    const before = counts.some(
      (o) => o.key === c.key && o.occurrence.span.start >= sentence.start && o.occurrence.span.end <= open,
    );
    if (!before || spans.some((s) => s.start === open)) continue;
    const close = text.indexOf(')', at);
    spans.push({ start: open, end: close >= 0 && close < sentence.end ? close + 1 : sentence.end });
  }
  return spans;
}

// A news item names its topic in its title or a paragraph before the figure ("Hội nghị đối thoại
// …", then "nhân dân 2 thôn đã tham gia 16 ý kiến"): the title, or the 600 characters before.
function nearBefore(text: string, sentence: Span, topic: RegExp): boolean {
  return (
    topic.test(text.slice(0, 300)) || topic.test(text.slice(Math.max(0, sentence.start - 600), sentence.end))
  );
}

/** The start of the sentence before this one ("tiếp nhận 66 đơn. Trong đó, … thụ lý 25 đơn"). */
function previousStart(sentences: readonly Span[], sentence: Span): number {
  const i = sentences.findIndex((s) => s.start === sentence.start);
  return (sentences[i - 1] as Span | undefined)?.start ?? sentence.start;
}

/** Where the statement of a sentence ends: the last of the sentences joined to it by ";". */
function statementEnd(text: string, sentences: readonly Span[], sentence: Span): number {
  let i = sentences.findIndex((s) => s.start === sentence.start);
  while (
    i >= 0 &&
    i < sentences.length - 1 &&
    text
      .slice(0, (sentences[i] as Span).end)
      .trimEnd()
      .endsWith(';')
  )
    i++;
  return (sentences[i] as Span | undefined)?.end ?? sentence.end;
}

/** Where the statement of a sentence starts: sentences joined by ";" state one thing. */
function statementStart(text: string, sentences: readonly Span[], sentence: Span): number {
  let i = sentences.findIndex((s) => s.start === sentence.start);
  while (
    i > 0 &&
    text
      .slice(0, (sentences[i - 1] as Span).end)
      .trimEnd()
      .endsWith(';')
  )
    i--;
  return (sentences[Math.max(i, 0)] as Span | undefined)?.start ?? sentence.start;
}

// "trong đó (có)" at the start of a sentence or clause opens a breakdown of the figure before it.
const BREAKDOWN = /(?:^|[,;:(]\s*)(?:trong đó|cụ thể)(?![\p{L}])/giu;

/**
 * "công nhận 123 mô hình. Trong đó có 54 mô hình cá nhân và 69 mô hình tập thể": figures of the same
 * indicator after "trong đó", following one of it in the same or the sentence before, are parts of
 * that one, not further values of the unit's, unless equal to it. Breakdowns by level or office
 * are parts (parts.ts).
 */
function components(text: string, sentences: readonly Span[], counts: readonly Located[]): Set<Located> {
  const out = new Set<Located>();
  for (const c of counts) {
    const at = c.occurrence.span.start;
    const sentence = sentences.find((s) => at >= s.start && at < s.end);
    if (!sentence) continue;
    // The statement: "… 202 mô hình (trong đó …); cụ thể: … có 03 mô hình; … có 16 mô hình".
    const start = statementStart(text, sentences, sentence);
    let opens = -1;
    for (const m of text.slice(start, at).matchAll(BREAKDOWN)) opens = start + m.index;
    if (opens < 0) continue;
    // The whole is in the sentence before the one that opens the breakdown ("… 123 mô hình. Trong
    // đó có 54 …", "… 12.896 vụ việc …. Cụ thể: năm 2014, …; năm 2015, … 2.592 vụ việc").
    const opener = sentences.findIndex((s) => opens >= s.start && opens < s.end);
    const from = sentences[opener - 1]?.start ?? start;
    // An exact whole: "Trên 7.600 hồ sơ bị quá hạn" is no total to break down.
    const wholes = counts.filter(
      (o) =>
        o.key === c.key &&
        !o.occurrence.qualifier &&
        o.occurrence.span.start >= from &&
        o.occurrence.span.end <= opens,
    );
    // "có 142 TTHC cấp xã. Trong đó, có 142 TTHC thuộc thẩm quyền …": all of it restates the whole.
    if (wholes.length > 0 && !wholes.some((o) => o.occurrence.value === c.occurrence.value)) out.add(c);
  }
  return out;
}

// Numbers that name rather than count: "năm 2023", "mức độ 3", "Quý 3", "Báo cáo số 53", "khóa 15".
const NOT_A_COUNT =
  /(?:^|\s)(?:năm|tháng|ngày|mức độ|mức|quý|khóa|khoá|lần thứ|(?<!tổng |dân )số|điều|khoản|chương|nhiệm kỳ|giai đoạn|ISO|TCVN|thứ|đợt thứ|phần)\s*:?\s*$/iu;

function firstMatch(ctx: NumberContext): { rule: IndicatorRule; keys: readonly string[] } | null {
  for (const rule of INDICATOR_RULES) {
    if ((rule.percent ?? false) !== ctx.isPercent) continue;
    if (rule.left && !rule.left.test(ctx.left)) continue;
    if (rule.right && !rule.right.test(ctx.right)) continue;
    if (rule.leftSentence && !rule.leftSentence.test(ctx.leftSentence)) continue;
    if (rule.sentence && !rule.sentence.test(ctx.sentence)) continue;
    if (rule.notLeft?.test(ctx.left)) continue;
    if (rule.notRight?.test(ctx.right)) continue;
    if (rule.notSentence?.test(ctx.sentence)) continue;
    if (rule.notRightCased?.test(ctx.right)) continue;
    if (rule.notLeftSentence?.test(ctx.leftSentence)) continue;
    if (rule.rightSentence && !rule.rightSentence.test(ctx.rightSentence)) continue;
    if (rule.leftStatement && !rule.leftStatement.test(ctx.leftStatement)) continue;
    if (rule.notLeftStatement?.test(ctx.leftStatement)) continue;
    if (rule.leftNear && !rule.leftNear.test(ctx.leftNear)) continue;
    if (rule.statement && !rule.statement.test(ctx.statement)) continue;
    if ((rule.ofBase ?? false) && !ctx.ratio) continue;
    const keys = typeof rule.keys === 'function' ? rule.keys(ctx) : rule.keys;
    // null, or an empty list given as such: a figure no key holds, which no later rule may take.
    if (keys === null || (keys.length === 0 && typeof rule.keys !== 'function')) return null;
    if (keys.length > 0) return { rule, keys };
  }
  return null;
}

// Clause marks: comma, semicolon, parentheses, colon-free. A comma between digits is a decimal mark.
function isClauseMark(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === ';' || ch === '(' || ch === ')') return true;
  if (ch === ',') return !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
  return false;
}

function clauseAround(text: string, sentence: Span, token: NumberToken): Span {
  let start = token.start;
  while (start > sentence.start && !isClauseMark(text, start - 1)) start--;
  let end = token.end;
  while (end < sentence.end && !isClauseMark(text, end)) end++;
  return { start, end };
}

// "Trong năm 2022, … tổ chức 02 hội nghị": the figure is dated to a year other than the report's.
// A date ("ngày 30 tháng 12 năm 2022") or a span of years is not such a marker.
const YEAR_MARK = /(?<!tháng\s{1,3}\d{1,2}\s{1,3})(?<![-–]\s?)năm\s+((?:19|20)\d\d)(?![\d/]|\s?[-–]\s?\d)/giu;

/**
 * "Trong năm 2018, tiếp nhận 36 đơn, … . Kết quả đưa ra hòa giải là 36 đơn": a figure in a sentence
 * shortly after a dated one, in the same paragraph, keeps its year.
 */
function yearBefore(text: string, sentences: readonly Span[], sentence: Span): { year?: number } {
  let i = sentences.findIndex((s) => s.start === sentence.start);
  // Back through the paragraph, three sentences at most.
  for (let n = 0; n < 3 && i > 0; n++, i--) {
    const prev = sentences[i - 1] as Span;
    const next = sentences[i] as Span;
    if (/\n[ \t]*\n/u.test(text.slice(prev.end, next.start))) return {};
    const dated = yearOf(collapse(text.slice(prev.start, prev.end)));
    if (dated.year !== undefined) return dated;
  }
  return {};
}

function yearOf(leftSentence: string): { year?: number } {
  let year: number | undefined;
  for (const m of leftSentence.matchAll(YEAR_MARK)) year = Number(m[1]);
  return year === undefined ? {} : { year };
}

// "1.105 hồ sơ, đạt 97,5%": the percentage is the count's share of its total, checked later.
// "(tỷ lệ 99,7%)", ", tỷ lệ 1,7%" give the share without a verb.
const SHARE_BRIDGE =
  /^\s*[\p{L} ]{0,50}?(?:[,(]?\s*(?:đạt|chiếm(?: tỷ lệ| tỉ lệ)?|bằng|tương đương|tương ứng|=)\s*:?\s*(?:tỷ lệ\s*)?|[,(]\s*(?:tỷ lệ|tỉ lệ)\s*:?\s*)$/iu;

function attachShares(
  text: string,
  sentences: readonly Span[],
  counts: readonly Located[],
  percents: readonly NumberToken[],
): void {
  for (const pct of percents) {
    const sentence = sentenceAt(sentences, pct.start);
    let best: Located | undefined;
    for (const c of counts) {
      const s = c.occurrence.span;
      if (s.end <= pct.start && s.start >= sentence.start && (!best || s.start > best.occurrence.span.start))
        best = c;
    }
    if (!best || best.occurrence.share) continue;
    const bridge = text.slice(best.occurrence.span.end, pct.start);
    if (!SHARE_BRIDGE.test(bridge)) continue;
    // "48.249 hồ sơ (tỷ lệ hồ sơ đúng hạn và sớm hạn đạt gần 98%)": the share of another measure,
    // and a rounded one.
    if (/(?:gần|khoảng|trên|hơn|dưới)\s*$/iu.test(bridge)) continue;
    const timing = /(?:đúng|trước|sớm|quá|trễ) (?:hạn|hẹn)|trực tuyến|hài lòng/iu.test(bridge);
    if (timing && !/resolved[A-Z]|Online/u.test(best.key)) continue;
    // One statement can carry two keys (received and resolved): the share belongs to each.
    for (const c of counts) {
      if (c.occurrence.span.start === best.occurrence.span.start) {
        c.occurrence.share = {
          value: pct.value,
          decimals: pct.decimals,
          span: { start: pct.start, end: pct.end },
        };
      }
    }
  }
}

function zeroStatements(text: string, sentences: readonly Span[]): Located[] {
  const out: Located[] = [];
  for (const rule of ZERO_RULES) {
    // Hard line wraps fall anywhere, so a space in a zero pattern matches any whitespace.
    const global = new RegExp(rule.pattern.source.replaceAll(' ', String.raw`\s+`), 'giu');
    for (const m of text.matchAll(global)) {
      const sentence = sentenceAt(sentences, m.index);
      const sentenceText = collapse(text.slice(sentence.start, sentence.end));
      for (const key of rule.keys) {
        out.push({
          key,
          occurrence: {
            value: 0,
            text: sentenceText,
            match: collapse(m[0]),
            span: { start: m.index, end: m.index + m[0].length },
            sentenceSpan: sentence,
            pattern: rule.id,
            ...yearOf(collapse(text.slice(sentence.start, m.index))),
          },
        });
      }
    }
  }
  return out;
}

function group(found: readonly Located[]): Record<string, ExtractedIndicator> {
  const byKey = new Map<string, IndicatorOccurrence[]>();
  for (const { key, occurrence } of found) {
    const list = byKey.get(key) ?? [];
    list.push(occurrence);
    byKey.set(key, list);
  }
  const result: Record<string, ExtractedIndicator> = {};
  for (const key of [...byKey.keys()].sort()) {
    const occurrences = (byKey.get(key) ?? []).sort((a, b) => a.span.start - b.span.start);
    const first = occurrences[0] as IndicatorOccurrence;
    result[key] = { ...first, occurrences };
  }
  return result;
}
