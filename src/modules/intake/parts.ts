import { collapse } from './normalize.ts';
import type { Span } from './schema.ts';

/**
 * The spans of text that state the figures of a part of the reporting unit rather than the unit's
 * own: an office, a level, a breakdown given in passing. Parts never overlap; a finer one (a level
 * inside a paragraph about a level) is carved out of the coarser one around it.
 */
export function partsOfUnit(text: string, sentences: readonly Span[], commune = false): Span[] {
  return carve(
    [...markedParts(text, sentences), ...(commune ? widerUnits(text, sentences) : [])].sort(
      (a, b) => a.start - b.start,
    ),
    levelParts(text, sentences),
  );
}

// "Hiện tại, toàn tỉnh Thanh Hóa có 42.720 cán bộ, công chức …" in a commune's text: the figures of
// the province or district it belongs to, to the end of the paragraph.
const WIDER_UNIT =
  /^(?:(?:hiện (?:nay|tại)|đến nay|năm \d{4}|trong năm \d{4}),?\s*)?(?:toàn (?:tỉnh|huyện|thành phố|thị xã|quốc)|cả nước)(?![\p{L}])/iu;

function widerUnits(text: string, sentences: readonly Span[]): Span[] {
  return sentences
    .filter((s) => WIDER_UNIT.test(collapse(text.slice(s.start, s.end))))
    .map((s) => ({ start: s.start, end: Math.max(paragraphEnd(text, s.start), s.end) }));
}

/** Cuts `fine` out of `coarse`; what is left of a coarse part stays a part. Sorted by start. */
export function carve(coarse: readonly Span[], fine: readonly Span[]): Span[] {
  const pieces = coarse.flatMap((c) => {
    let left: Span[] = [c];
    for (const f of fine) {
      left = left.flatMap((p) =>
        f.end <= p.start || f.start >= p.end
          ? [p]
          : [
              { start: p.start, end: f.start },
              { start: f.end, end: p.end },
            ].filter((x) => x.end > x.start),
      );
    }
    return left;
  });
  return [...pieces, ...fine].sort((a, b) => a.start - b.start);
}

// For one sentence: "Trong đó, tại Bộ phận Một cửa UBND thành phố, …", "Tại khối UBND các phường,
// xã …", "Trong đó UBND tỉnh tiếp 289 lượt", "Trong đó: cấp huyện …", "Riêng các hồ sơ thuộc thẩm
// quyền cấp xã, …". To the end of the paragraph: "Nếu tính riêng từng cấp, với cấp tỉnh, …", "Với
// cấp huyện, …". A sentence that is only "Trong đó:" opens a breakdown in the next paragraph.
const PART_SENTENCE =
  /^(?:trong đó\s*[,:]?\s*(?:tại|ở|UBND|ủy ban|uỷ ban|cấp (?:tỉnh|huyện|xã))\s|tại (?:khối|các)\s|cụ thể\s*:\s*[^\d]{0,40}tại\s+(?:trụ sở|văn phòng|ban|bộ phận)\s|(?:trong|về|đối với) lĩnh vực\s)/iu;
// "Số hồ sơ được giải quyết theo cơ chế một cửa, một cửa liên thông là: 996.023 hồ sơ; trong đó …"
// after the totals of every dossier: those of one channel, to the end of the paragraph.
const SUBSET = /^(?:tổng )?số hồ sơ (?:được )?(?:tiếp nhận|giải quyết)[^\d]{0,20}theo cơ chế/iu;
const DOSSIERS_STATED = /\d[\d.]*\s+hồ sơ/u;
// "Thôn Thành Thượng có 174 hộ dân, với 834 nhân khẩu": one named village, a part of the commune.
const VILLAGE_SUBJECT =
  /^(?:[Tt]hôn|[Ấấ]p|[Bb]ản|[Xx]óm|[Kk]hóm|[Tt]ổ dân phố|[Kk]hu phố|[Bb]uôn|[Ll]àng|[Tt]ổ)\s+(?:số\s+)?[\p{Lu}\d]/u;
// "Riêng Chi nhánh Văn phòng Đăng ký đất đai … đã tiếp nhận 13.039 hồ sơ; … Tổng số hồ sơ đã giải
// quyết là 10.502 hồ sơ": what follows "Riêng" in its paragraph is about that office. "Ngoài ra,
// thực hiện Chương trình phối hợp …, Ban Tiếp công dân tỉnh, … đã tiếp 27 lượt": other bodies' work.
const PART_PARAGRAPH =
  /^(?:(?:nếu tính riêng (?:từng|theo) cấp,?\s*)?(?:với|đối với|ở|tại) cấp (?:tỉnh|huyện|xã)(?![\p{L}])|riêng\s|ngoài ra,\s*(?:thực hiện|theo)\s)/iu;
const PART_LEAD = /^trong đó\s*:$/iu;
// "Tổng số lượt tiếp công dân của Thủ trưởng các sở, ban ngành: 01 lượt", "Lãnh đạo UBND các huyện,
// thành phố đã tiếp: 40 lượt": the heads of a group of offices or lower units, before the sentence's
// first figure, state that group's figures, a part of the unit even where no total is given.
// "UBND các xã, phường tiếp: 270 lượt" as the subject of its sentence, too.
const OFFICE_GROUP =
  /(?:(?:thủ trưởng|lãnh đạo|chủ tịch)\s+(?:UBND\s+|ủy ban nhân dân\s+|uỷ ban nhân dân\s+)?|(?:^|(?:của|tại)\s+)(?:UBND|ủy ban nhân dân|uỷ ban nhân dân)\s+)các\s+(?:sở|huyện|quận|thị xã|thành phố|xã|phường)(?![\p{L}])/iu;
// "Số lượt tiếp công dân của lãnh đạo UBND tỉnh, lãnh đạo các Sở, …, lãnh đạo UBND các huyện …
// là 40 lượt": a subject that names the unit itself or every group is the whole, not a part.
const WHOLE_SUBJECT =
  /(?:UBND|ủy ban nhân dân|uỷ ban nhân dân) (?:tỉnh|thành phố)(?![\p{L}])|toàn (?:tỉnh|huyện|thành phố)|các cấp/iu;

function officeGroup(subject: string): boolean {
  if (!OFFICE_GROUP.test(subject) || WHOLE_SUBJECT.test(subject)) return false;
  const groups = new Set(
    [...subject.matchAll(/các\s+(sở|huyện|quận|thị xã|thành phố|xã|phường)(?![\p{L}])/giu)].map((m) =>
      m[1]?.toLowerCase(),
    ),
  );
  return groups.size < 2;
}

// A paragraph ends at a line break after a sentence end; hard-wrapped lines inside one do not.
const PARAGRAPH_END = /[.!?;:…]["”’)]?[ \t]*\n/gu;
const LIST_ITEM = /^\s*(?:[-+*•–]\s|[a-zđ]\)\s)/u;

function markedParts(text: string, sentences: readonly Span[]): Span[] {
  const parts: Span[] = [];
  for (const [i, s] of sentences.entries()) {
    const words = collapse(text.slice(s.start, s.end));
    const lead = PART_LEAD.test(words);
    const paragraph =
      PART_PARAGRAPH.test(words) || (SUBSET.test(words) && DOSSIERS_STATED.test(text.slice(0, s.start)));
    const office = officeGroup(words.split(/\d/)[0] ?? '') || VILLAGE_SUBJECT.test(words);
    if (!lead && !paragraph && !office && !PART_SENTENCE.test(words)) continue;
    const open = parts[parts.length - 1];
    // A new part inside the paragraph of the one before ends that one.
    if (open && open.end > s.start) open.end = s.start;
    if (lead) {
      const next = sentences[i + 1];
      if (next) parts.push({ start: next.start, end: leadEnd(text, next.start) });
      continue;
    }
    parts.push({ start: s.start, end: Math.max(paragraph ? paragraphEnd(text, s.start) : s.end, s.end) });
  }
  return parts;
}

function paragraphEnd(text: string, from: number): number {
  PARAGRAPH_END.lastIndex = from;
  const close = PARAGRAPH_END.exec(text);
  return close ? close.index + 1 : text.length;
}

// The paragraph after "Trong đó:", and the list items that follow it.
function leadEnd(text: string, from: number): number {
  let end = paragraphEnd(text, from);
  while (end < text.length && LIST_ITEM.test(text.slice(end).replace(/^[^\n]*\n(?:[ \t]*\n)*/, '')))
    end = paragraphEnd(text, end + 1);
  return end;
}

// ── breakdowns by level inside the sentences of the total ───────────────────────────────────

// An office or level that is the subject of its clause ("cấp huyện tiếp 173 lượt", "trong đó UBND
// huyện giải quyết xong 68/74 đơn", "UBND các xã, thị trấn tiếp nhận 131 đơn"), or the level whose
// authority a figure falls under ("thuộc thẩm quyền giải quyết của cấp xã 184 đơn"). "thuộc thẩm
// quyền của UBND xã" in a commune's report names the unit itself, not one of several levels.
const LEVEL_SUBJECT =
  /^(?:trong đó\s*[,:]?\s*|còn\s+|tại\s+|ở\s+|và\s+)?(?:(?:các\s+)?(?:sở|ban|ngành|cơ quan)(?:,?\s+(?:ban|ngành|đơn vị))*\s+(?=cấp))?(?:cấp|UBND|ủy ban nhân dân|uỷ ban nhân dân)(?:\s+cấp)?(?:\s+các)?\s+(tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)(?![\p{L}])/iu;
const LEVEL_AUTHORITY =
  /thẩm quyền(?:\s+giải quyết)?(?:\s+của)?\s+cấp\s+(tỉnh|huyện|quận|xã|phường)(?![\p{L}])/iu;
const LEVEL_OF: Readonly<Record<string, string>> = {
  tỉnh: 'province',
  huyện: 'district',
  quận: 'district',
  'thị xã': 'district',
  'thành phố': 'district',
  xã: 'commune',
  phường: 'commune',
  'thị trấn': 'commune',
};

/**
 * "toàn huyện tiếp 626 lượt …, trong đó, cấp huyện tiếp 173 lượt …; cấp xã tiếp 453 lượt": where a
 * sentence, or a run of sentences joined by semicolons, names two levels or more as the subjects
 * of its clauses, each level's clauses (up to the next level's) are a part. The clauses before the
 * first level, the unit's total, stay the unit's.
 */
function levelParts(text: string, sentences: readonly Span[]): Span[] {
  const parts: Span[] = [];
  for (const group of semicolonRuns(text, sentences)) {
    const mentions: { start: number; level: string }[] = [];
    for (const clause of clausesOf(text, group)) {
      const words = text.slice(clause.start, clause.end).replace(/\s+/g, ' ').trim();
      const m = LEVEL_SUBJECT.exec(words) ?? LEVEL_AUTHORITY.exec(words);
      const level = m ? LEVEL_OF[(m[1] as string).toLowerCase()] : undefined;
      if (level) mentions.push({ start: clause.start, level });
    }
    if (new Set(mentions.map((m) => m.level)).size < 2) continue;
    for (const [i, m] of mentions.entries())
      parts.push({
        start: m.start,
        end: Math.min(mentions[i + 1]?.start ?? group.end, levelEnd(text, sentences, m.start)),
      });
  }
  return parts;
}

/**
 * Where a level's clauses end: at the end of their sentence, or at the bracket that holds them
 * ("… 873.387 hồ sơ (cấp tỉnh …, UBND cấp xã tiếp nhận 675.905 hồ sơ)"), whichever is first.
 */
function levelEnd(text: string, sentences: readonly Span[], at: number): number {
  const sentence = sentences.find((s) => at >= s.start && at < s.end);
  const end = sentence?.end ?? text.length;
  const open = text.lastIndexOf('(', at);
  const inBracket = open >= (sentence?.start ?? 0) && text.lastIndexOf(')', at) < open;
  const close = inBracket ? text.indexOf(')', at) : -1;
  return close >= 0 && close < end ? close + 1 : end;
}

/** Sentences joined by ";" (sentenceSpans cuts at a semicolon) form one statement. */
function semicolonRuns(text: string, sentences: readonly Span[]): Span[] {
  const runs: Span[] = [];
  let open: Span | null = null;
  for (const s of sentences) {
    if (open) open.end = s.end;
    else open = { ...s };
    if (!text.slice(s.start, s.end).trimEnd().endsWith(';')) {
      runs.push(open);
      open = null;
    }
  }
  if (open) runs.push(open);
  return runs;
}

// Clauses: cut at a comma (not a decimal one), semicolon, colon or parenthesis.
function clausesOf(text: string, span: Span): Span[] {
  const clauses: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i] as string;
    const mark =
      ch === ';' ||
      ch === ':' ||
      ch === '(' ||
      ch === ')' ||
      (ch === ',' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')));
    if (!mark) continue;
    if (i > start) clauses.push({ start, end: i });
    start = i + 1;
  }
  if (span.end > start) clauses.push({ start, end: span.end });
  // A clause starts at its first word, so a part does not begin with the space after a comma.
  return clauses.map((c) => {
    let s = c.start;
    while (s < c.end && /\s/.test(text[s] as string)) s++;
    return { start: s, end: c.end };
  });
}
