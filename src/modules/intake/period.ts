import { collapse } from './normalize.ts';
import type { Period, Span } from './schema.ts';

interface Candidate {
  start: number;
  end: number;
  from: string;
  to: string;
  label: string;
}

const Y = String.raw`(20\d\d|19\d\d)(?![\d/])`;
const DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthEnd = (y: number, m: number) => `${y}-${pad(m)}-${pad(lastDay(y, m))}`;

// Each pattern turns a phrase into an inclusive date range. Whitespace is \s+ because titles wrap.
const PATTERNS: ReadonlyArray<{
  re: RegExp;
  make: (m: RegExpExecArray) => Omit<Candidate, 'start' | 'end'> | null;
}> = [
  {
    re: new RegExp(String.raw`từ\s+(?:ngày\s+)?${DATE}\s*(?:đến|tới|[-–])\s*(?:ngày\s+)?${DATE}`, 'giu'),
    make: (m) => {
      const from = isoDate(m[3], m[2], m[1]);
      const to = isoDate(m[6], m[5], m[4]);
      return from && to ? { from, to, label: `${from}..${to}` } : null;
    },
  },
  {
    // "từ ngày 21/7 đến 20/8/2021": the year is written once, at the end.
    re: new RegExp(
      String.raw`từ\s+(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*(?:đến|tới|[-–])\s*(?:ngày\s+)?${DATE}`,
      'giu',
    ),
    make: (m) => {
      const to = isoDate(m[5], m[4], m[3]);
      const sameYear = isoDate(m[5], m[2], m[1]);
      const from = sameYear && to && sameYear > to ? isoDate(String(Number(m[5]) - 1), m[2], m[1]) : sameYear;
      return from && to ? { from, to, label: `${from}..${to}` } : null;
    },
  },
  {
    // "10 tháng của năm 2019", "4 tháng đầu năm 2023": the months of the year so far (6 and 9 above).
    re: new RegExp(String.raw`(?<![\d,.])(1[01]|[2-578])\s+tháng\s+(?:đầu\s+|của\s+)?năm\s+${Y}`, 'giu'),
    make: (m) => {
      const y = Number(m[2]);
      const to = monthEnd(y, Number(m[1]));
      return { from: `${y}-01-01`, to, label: `${y}-01-01..${to}` };
    },
  },
  {
    // "năm 2018 và 05 tháng đầu năm 2019": a year and the months after it.
    re: new RegExp(String.raw`năm\s+${Y}\s+và\s+0?(\d{1,2})\s+tháng\s+(?:đầu\s+)?năm\s+${Y}`, 'giu'),
    make: (m) => {
      const [a, n, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (b !== a + 1 || n < 1 || n > 11) return null;
      const to = monthEnd(b, n);
      return { from: `${a}-01-01`, to, label: `${a}-01-01..${to}` };
    },
  },
  {
    // "Tính đến ngày 31/10/2021, toàn TP đã tiếp nhận …": the year so far.
    re: new RegExp(String.raw`tính\s+đến\s+(?:hết\s+)?ngày\s+${DATE}`, 'giu'),
    make: (m) => {
      const to = isoDate(m[3], m[2], m[1]);
      return to ? { from: `${m[3]}-01-01`, to, label: `${m[3]}-01-01..${to}` } : null;
    },
  },
  {
    // "6 tháng đầu năm và nhiệm vụ … 6 tháng cuối năm 2022": the year named later is the first half's.
    re: new RegExp(String.raw`(?:6|sáu)\s+tháng\s+đầu\s+năm(?!\s+\d)[^.;]{0,90}?năm\s+${Y}`, 'giu'),
    make: (m) => ({ from: `${m[1]}-01-01`, to: `${m[1]}-06-30`, label: `${m[1]}-H1` }),
  },
  {
    re: new RegExp(String.raw`(?:6|sáu)\s+tháng\s+(đầu|cuối)\s+năm\s+${Y}`, 'giu'),
    make: (m) => {
      const y = Number(m[2]);
      return m[1]?.toLowerCase() === 'đầu'
        ? { from: `${y}-01-01`, to: `${y}-06-30`, label: `${y}-H1` }
        : { from: `${y}-07-01`, to: `${y}-12-31`, label: `${y}-H2` };
    },
  },
  {
    re: new RegExp(String.raw`(?:9|chín)\s+tháng\s+(?:đầu\s+)?năm\s+${Y}`, 'giu'),
    make: (m) => ({ from: `${m[1]}-01-01`, to: `${m[1]}-09-30`, label: `${m[1]}-9M` }),
  },
  {
    re: new RegExp(String.raw`quý\s+(IV|III|II|I|[1-4])(?:\s+năm\s+|\s*[/.-]\s*|\s+)${Y}`, 'giu'),
    make: (m) => {
      const q = ROMAN[(m[1] ?? '').toLowerCase()] ?? 1;
      const y = Number(m[2]);
      return { from: `${y}-${pad(q * 3 - 2)}-01`, to: monthEnd(y, q * 3), label: `${y}-Q${q}` };
    },
  },
  {
    // "Tháng 5-2021", "tháng 8/2021", "tháng 4 năm 2017"
    re: new RegExp(String.raw`tháng\s+(\d{1,2})(?:\s*[/-]\s*|\s+năm\s+)${Y}`, 'giu'),
    make: (m) => {
      const month = Number(m[1]);
      const y = Number(m[2]);
      if (month < 1 || month > 12) return null;
      const from = `${y}-${pad(month)}-01`;
      const to = monthEnd(y, month);
      return { from, to, label: `${from}..${to}` };
    },
  },
  {
    // Not a term of office ("Nhiệm kỳ 2021 - 2026").
    re: new RegExp(String.raw`(?<![Nn]hiệm kỳ\s+)${Y}\s*[-–—]\s*${Y}`, 'gu'),
    make: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      return b > a && b - a <= 10 ? { from: `${a}-01-01`, to: `${b}-12-31`, label: `${a}..${b}` } : null;
    },
  },
  {
    // "Từ đầu năm 2019 đến hết quý I/2020", "từ đầu năm 2023 đến hết tháng 5/2023".
    re: new RegExp(
      String.raw`từ\s+(?:đầu\s+)?năm\s+${Y}\s*(?:đến|tới)\s*(?:hết\s+)?(?:quý\s+(IV|III|II|I|[1-4])|tháng\s+(\d{1,2}))(?:\s+năm\s+|\s*[/-]\s*)${Y}`,
      'giu',
    ),
    make: (m) => {
      const y = Number(m[4]);
      const month = m[2] ? (ROMAN[m[2].toLowerCase()] ?? 1) * 3 : Number(m[3]);
      if (!(month >= 1 && month <= 12) || y < Number(m[1])) return null;
      const to = monthEnd(y, month);
      return { from: `${m[1]}-01-01`, to, label: `${m[1]}-01-01..${to}` };
    },
  },
  {
    re: new RegExp(String.raw`từ\s+năm\s+${Y}\s*(?:đến|tới|[-–—])\s*(?:năm\s+)?${Y}`, 'giu'),
    make: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      return b > a ? { from: `${a}-01-01`, to: `${b}-12-31`, label: `${a}..${b}` } : null;
    },
  },
  {
    // Not a census year ("dân số năm 1999 là 4478 người"), nor a year compared ("so với năm 2012",
    // "Số hồ sơ năm 2019 tăng hơn 3.300 hồ sơ so với năm 2018"), nor a start ("tăng nhanh từ năm 2019").
    re: new RegExp(
      String.raw`(?<!dân số |điều tra |so với |so với cùng kỳ |so cùng kỳ |cùng kỳ |từ |giữa )(?<!Hiến\s+[Pp]háp\s+)năm\s+${Y}(?!\s*[-–—]\s*\d)(?!(?:[^.;,]|[.,](?=\d)){0,80}\sso\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?năm\s+\d{4})`,
      'giu',
    ),
    make: (m) => ({ from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, label: `${m[1]}` }),
  },
];

function isoDate(y?: string, m?: string, d?: string): string | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month))) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The report's period, from its title; failing that, from the closing sentence ("Trên đây là báo
 * cáo … 6 tháng đầu năm 2023 …"), which repeats the title and catches a typo in it; failing that,
 * from the sentences of its figures, the first that dates them ("Trong năm 2021, các tổ hòa giải …
 * 629 vụ việc"), which is how a news item dates what it quotes. Names in quotes are ignored: a plan
 * named "… giai đoạn 2021-2025" does not make a 2023 report a 5-year one.
 */
export function extractPeriod(text: string, figureSentences: readonly Span[] = []): Period | null {
  const soFar = yearSoFar(text);
  if (soFar) return soFar;
  for (const region of [titleRegion(text), closingRegion(text), ...figureSentences]) {
    if (!region) continue;
    const found = earliest(text, region);
    if (found) {
      return {
        from: found.from,
        to: found.to,
        label: found.label,
        text: collapse(text.slice(found.start, found.end)),
        span: { start: found.start, end: found.end },
      };
    }
  }
  return recentMonth(text) ?? eventYear(text);
}

// "Từ đầu năm 2015 đến nay, …" under a dateline "21/03/2015": the year up to the dateline.
const YEAR_SO_FAR = /từ\s+đầu\s+năm\s+(\d{4})\s+(?:đến|tới)\s+nay/iu;

function yearSoFar(text: string): Period | null {
  const dateline = DATELINE.exec(text.slice(0, 300));
  const m = YEAR_SO_FAR.exec(text);
  if (!dateline || !m || dateline[3] !== m[1]) return null;
  const to = isoDate(dateline[3], dateline[2], dateline[1]);
  if (!to) return null;
  return periodAt(`${m[1]}-01-01`, to, m);
}

/** A period from..to read from the match `m`, labelled by its dates. */
function periodAt(from: string, to: string, m: RegExpExecArray): Period {
  return {
    from,
    to,
    label: `${from}..${to}`,
    text: collapse(m[0]),
    span: { start: m.index, end: m.index + m[0].length },
  };
}

// "Như trong tháng 10 vừa qua, Trung tâm … đã tiếp nhận …" under a dateline "25/11/2019": the
// month of the dateline's year (of the year before when the month is later than the dateline's).
const DATELINE = new RegExp(String.raw`(?<![\d/])${DATE}`, 'u');
const RECENT_MONTH = /tháng\s+(\d{1,2})\s+(?:vừa qua|qua|vừa rồi)(?![\p{L}])/iu;

function recentMonth(text: string): Period | null {
  const dateline = DATELINE.exec(text.slice(0, 300));
  const m = RECENT_MONTH.exec(text);
  if (!dateline || !m) return null;
  const month = Number(m[1]);
  if (month < 1 || month > 12) return null;
  const year = Number(dateline[3]) - (month > Number(dateline[2]) ? 1 : 0);
  return periodAt(`${year}-${pad(month)}-01`, monthEnd(year, month), m);
}

// "Sáng ngày 06/11/2024 phường Tân Chính tổ chức Hội nghị đối thoại": a news item that names no
// period is dated by the event it reports, to its year. A document's date ("Quy định số
// 11-QĐi/TW ngày 18/02/2019") is a citation, not the event.
// "Tối 10/5/2019, …", "Ngày 22 tháng 8 năm 2023 Đảng uỷ xã tổ chức …" (a sentence that opens on
// the long form; a signature's date follows a place and a comma).
const EVENT_DATE = new RegExp(
  String.raw`(?:(?:ngày|sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+)?${DATE}|(?:^|[.\n]\s*)(?:ngày|sáng ngày|chiều ngày|tối ngày)\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))`,
  'giu',
);
const CITED = /số\s+\S*\d\S*\s*$/u;

// "Ngày 12 tháng 1 năm 1984, Hội đồng Bộ trưởng ban hành Quyết định 8-HĐBT": a decision, history.
const ISSUED = /^[^.\n]{0,80}(?:ban hành|Quyết định|Nghị định|Nghị quyết|thành lập)/u;

function eventYear(text: string): Period | null {
  for (const m of text.matchAll(EVENT_DATE)) {
    if (CITED.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (ISSUED.test(text.slice(m.index + m[0].length))) continue;
    const [day, month, year] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    if (!year || !isoDate(year, month, day)) continue;
    return {
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      label: year,
      text: collapse(m[0]),
      span: { start: m.index, end: m.index + m[0].length },
    };
  }
  return null;
}

const HEARD =
  /(?:nghe|thông tin, tuyên truyền|thông tin về|đã báo cáo|trình bày)[^.]{0,80}(?:tình hình|kết quả)/iu;
// Also a founding date ("Xã Nà Nghịu (Sông Mã) thành lập tháng 5-1953").
const TARGET =
  /(?:nhằm|phấn đấu|mục tiêu|định hướng|tầm nhìn|thành lập|ra đời|phương hướng|nhiệm vụ trọng tâm)(?![\p{L}])/iu;

function earliest(text: string, region: { start: number; end: number }): Candidate | null {
  const slice = blankQuotes(text.slice(region.start, region.end));
  let best: Candidate | null = null;
  for (const { re, make } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const made = make(m);
      if (!made) continue;
      const start = region.start + m.index;
      const end = start + m[0].length;
      // "nhằm xây dựng … trở thành đô thị … trong giai đoạn 2025-2030": a target, not the period;
      // "được nghe lãnh đạo huyện báo cáo về tình hình … quý I-2023": a report heard at the meeting.
      const before =
        text
          .slice(Math.max(region.start, start - 120), start)
          .split(/[.!?]\s/u)
          .pop() ?? '';
      if (TARGET.test(before) || HEARD.test(before)) continue;
      // Earliest phrase wins; at the same place the longer (more specific) one.
      if (!best || start < best.start || (start === best.start && end > best.end))
        best = { ...made, start, end };
    }
  }
  return best;
}

// Replaces quoted names, and the date the report was signed ("Cẩm Hà, ngày 24 tháng 6 năm 2022"),
// by spaces of the same length, so offsets stay valid: neither says which period is reported on.
function blankQuotes(s: string): string {
  return s
    .replace(/(?:“[^”]*”|‘‘[^’]*’’|"[^"\n]*"|«[^»]*»|‘[^’]*’)/gu, (q) => ' '.repeat(q.length))
    .replace(/ngày\s+[\d.…_ ]*\s+th[aá]ng\s+[\d.…_ ]*\s+năm\s+\d{4}/giu, (q) => ' '.repeat(q.length));
}

function titleRegion(text: string): { start: number; end: number } {
  const limit = Math.min(text.length, 900);
  const head = text.slice(0, limit);
  const stop = /(?:^|\n)\s*(?:I\.|1\.|PHẦN|Phần thứ|Thực hiện|Căn cứ|Kính gửi|Để |Theo )/u.exec(head);
  return { start: 0, end: stop ? stop.index : limit };
}

function closingRegion(text: string): { start: number; end: number } | null {
  const m = /Trên\s+đây\s+là/giu;
  let last: RegExpExecArray | null = null;
  for (let x = m.exec(text); x; x = m.exec(text)) last = x;
  if (!last) return null;
  const end = text.indexOf('./.', last.index);
  return { start: last.index, end: end > 0 ? end : Math.min(text.length, last.index + 400) };
}
