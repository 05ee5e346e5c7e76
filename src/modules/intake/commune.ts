import type { Commune } from './schema.ts';

// Up to four capitalised words on one line or across a single line wrap: "Nguyễn Lương Bằng"; not
// into the title on the next line ("UBND XÃ YÊN SƠN\nBÁO CÁO …").
const TITLE = String.raw`(?:BÁO CÁO|Báo cáo|KẾ HOẠCH|Kế hoạch|QUYẾT ĐỊNH|THÔNG BÁO|TỜ TRÌNH|CỘNG HÒA|CỘNG HOÀ|Số)(?![\p{L}])`;
const NAME = String.raw`(\p{Lu}\p{L}*(?:(?: +| *\n *(?!${TITLE}))\p{Lu}\p{L}*){0,3})`;
const NAME_ON_LINE = String.raw`(\p{Lu}\p{L}*(?: +\p{Lu}\p{L}*){0,3})`;
const KIND = `(xã|phường|thị trấn|đặc khu|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)`;
const COMMITTEE = `(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)`;
const NOT_NAMES = new Set(['chủ tịch', 'phó chủ tịch', 'tm', 'kt', 'cộng hòa', 'độc lập']);
// A district's or province's own voice: "toàn huyện hiện có 475 mô hình",
// "chính quyền các cấp đã tiếp 13.497 lượt người".
const HIGHER_UNIT = /toàn (?:huyện|tỉnh|thị xã|thành phố)|(?:chính quyền|UBND) các cấp/u;
// "xã Chiềng Sinh, Quài Tở;": communes listed together are places, none of them the unit.
// "xã Hựu Thành (55 hộ), xã Trà Côn (150 hộ)" too.
const LISTED =
  /^\s*(?:\([^)\n]{0,30}\))?\s*,\s*(?:(?:xã|phường|thị trấn)\s+)?\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*){0,3}\s*(?:[;.,)(]|và\s)/u;
// Three words or more after a common family name: a person's name ("Hồ Vũ Ngọc Lợi").
const PERSON =
  /^(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trịnh|Mai|Đào|Lương|Cao|Tạ)(?:\s+\p{Lu}\p{L}*){2,}$/u;
const KIND_WORD = /^(?:Xã|Phường|Thị Trấn)\s+/u;
const VERB_AFTER_NAME = /\s+(?:Tổ|Triển|Thực|Tiếp|Tổng|Năm|Tháng|Ngày|Quý)$/u;
// A sentence that opens on the line after "… của UBMTTQVN xã" is not a name: "xã\nĐầu năm 2017 …".
const NOT_FIRST_WORDS = new Set([
  'đầu',
  'cuối',
  'giữa',
  'trong',
  'sau',
  'trước',
  'từ',
  'qua',
  'theo',
  'tại',
  'với',
  'năm',
  'tháng',
  'ngày',
  'hiện',
  'nhằm',
  'để',
]);
const CENTRAL_CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];

/**
 * The commune a report is about: the name it calls its own committee by most often ("UBND xã
 * Quang Minh"), with the district (before July 2025) and province it names most often.
 */
export function extractCommune(text: string): Commune {
  const votes = new Map<
    string,
    { weight: number; kind: string; start: number; end: number; wrapped: boolean }
  >();
  const vote = (re: RegExp, weight: number, nameGroup: number, kindGroup: number) => {
    for (const m of text.matchAll(re)) {
      if (weight === 1 && LISTED.test(text.slice(m.index + m[0].length))) continue;
      // … and the last of such a list: "…, xã Trà Côn (150 hộ), xã Tân Mỹ (262 hộ)."
      if (weight === 1 && /\)\s*,\s*(?:và\s+)?$/u.test(text.slice(Math.max(0, m.index - 6), m.index)))
        continue;
      // "Chủ tịch HĐND phường Hồ Vũ Ngọc Lợi": a person after their title, the ward unnamed.
      if (
        weight === 1 &&
        PERSON.test(m[nameGroup] ?? '') &&
        /(?:chủ tịch|bí thư|trưởng|phó)[^,.;\n]{0,20}$/iu.test(text.slice(Math.max(0, m.index - 40), m.index))
      )
        continue;
      // "Dự án công trình đại lộ Đông Tây phường Phú Khương": a project's place.
      if (
        weight === 1 &&
        /(?:dự án|công trình)[^.;\n]{0,60}$/iu.test(text.slice(Math.max(0, m.index - 60), m.index))
      )
        continue;
      // "XÃ QUANG THUẬN TỔ CHỨC ĐỐI THOẠI …": a heading in capitals runs on past the name.
      if (m[0] === m[0].toLocaleUpperCase('vi') && /^[ \t]+\p{Lu}/u.test(text.slice(m.index + m[0].length)))
        continue;
      // "Xã Hưng Đạo là xã vùng cao": the kind is not part of the name. "xã Thọ Sơn Tổ chức hội
      // nghị": a verb capitalised by mistake is not either.
      const name = titleCase((m[nameGroup] ?? '').replace(/\s+/g, ' ').trim())
        .replace(KIND_WORD, '')
        .replace(VERB_AFTER_NAME, '')
        // "phường IV Thành phố": a ward numbered in Roman numerals is its numeral.
        .replace(/^([IVX]{1,5})\s.*$/u, '$1');
      if (!name || NOT_NAMES.has(name.toLowerCase())) continue;
      if (NOT_FIRST_WORDS.has((name.split(' ')[0] ?? '').toLowerCase())) continue;
      // "ĐIỀU KIỆN KINH TẾ XÃ HỘI": society, in a heading.
      if (/XÃ\s+HỘI(?![\p{L}])/u.test(m[0])) continue;
      // "Phía Bắc giáp với xã Võ Lao - xã Cam Cọn": every commune listed after "giáp" is a neighbour.
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      if (/giáp(?![\p{L}])/u.test(text.slice(Math.max(lineStart, m.index - 80), m.index))) continue;
      const offset = m.index + m[0].lastIndexOf(m[nameGroup] ?? '');
      const prev = votes.get(name);
      votes.set(name, {
        weight: (prev?.weight ?? 0) + weight,
        kind: (m[kindGroup] ?? '').toLowerCase(),
        start: prev?.start ?? offset,
        end: prev?.end ?? offset + (m[nameGroup] ?? '').length,
        wrapped: (prev?.wrapped ?? true) && (m[nameGroup] ?? '').includes('\n'),
      });
    }
  };
  vote(new RegExp(String.raw`${COMMITTEE}\s+${KIND}\s+${NAME}`, 'gu'), 3, 2, 1);
  // On one line: a title above ("Huổi Mí\nHuổi Mí là một xã …") is not part of the name.
  vote(
    new RegExp(String.raw`${NAME_ON_LINE}[ \t]+là\s+(?:một\s+)?(xã|phường|thị trấn|đặc khu)`, 'gu'),
    2,
    1,
    2,
  );
  // Wards numbered in cities: "Phường 10, Quận 4", "Ủy ban nhân dân Phường 1 tập trung …" (not "trên
  // địa bàn phường 10 tháng năm 2024").
  const WARD_NUMBER = String.raw`(Phường|phường|PHƯỜNG)\s+(\d{1,2})(?!\d)(?![/.,]\d|\s*(?:tháng|năm|ngày|giờ|%|\/))`;
  vote(new RegExp(String.raw`${COMMITTEE}\s+${WARD_NUMBER}`, 'gu'), 3, 2, 1);
  vote(new RegExp(String.raw`(?<![\p{L}])(?<!${COMMITTEE}\s+)${WARD_NUMBER}`, 'gu'), 1, 2, 1);
  // Not a cooperative ("Hợp tác xã X").
  vote(
    new RegExp(
      String.raw`(?<!thị |tác )(xã|Xã|XÃ|phường|Phường|PHƯỜNG|thị trấn|Thị trấn|THỊ TRẤN|đặc khu)\s+${NAME}`,
      'gu',
    ),
    1,
    2,
    1,
  );

  // "Xã Dân chủ" (a lowercase typo) reads "Dân": it counts for "Dân Chủ" named elsewhere.
  // A name read across a line break ("phường Vĩnh Tường\nĐình thần …") counts for the one on one line.
  for (const [name, v] of votes) {
    const longer = [...votes.entries()].find(([other]) => other.startsWith(`${name} `));
    if (!longer) continue;
    if (longer[1].wrapped) {
      v.weight += longer[1].weight;
      votes.delete(longer[0]);
    } else {
      longer[1].weight += v.weight;
      votes.delete(name);
    }
  }
  let best:
    | [string, { weight: number; kind: string; start: number; end: number; wrapped: boolean }]
    | undefined;
  for (const entry of votes) if (!best || entry[1].weight > best[1].weight) best = entry;
  // In a district's or city's own text, communes named once each are places ("tại xã Vĩnh Khương,
  // …", "Chi bộ 11, phường Nguyễn Thị Minh Khai với mô hình …"), not the reporting unit.
  if (best && best[1].weight === 1 && HIGHER_UNIT.test(text)) best = undefined;

  return {
    name: best?.[0] ?? null,
    kind: (best ? normaliseKind(best[1].kind) : null) as Commune['kind'],
    district: mostFrequent(text, new RegExp(String.raw`(?:huyện|HUYỆN)\s+${NAME}`, 'gu')),
    province:
      mostFrequent(text, new RegExp(String.raw`(?:tỉnh|TỈNH)\s+${NAME}`, 'gu'), {
        extra: (name) => CENTRAL_CITIES.includes(name),
        extraRe: new RegExp(String.raw`(?:thành phố|THÀNH PHỐ|TP\.)\s*${NAME}`, 'gu'),
      }) ??
      // News items put the province in brackets: "huyện Giang Thành (Kiên Giang)".
      mostFrequent(
        text,
        new RegExp(String.raw`(?:huyện|thị xã)\s+\p{Lu}[^()\n]{0,30}\(\s*${NAME}\s*\)`, 'gu'),
      ),
    span: best ? { start: best[1].start, end: best[1].end } : null,
  };
}

function normaliseKind(kind: string): string | null {
  return ['xã', 'phường', 'thị trấn', 'đặc khu'].includes(kind) ? kind : null;
}

function mostFrequent(
  text: string,
  re: RegExp,
  opts?: { extra: (name: string) => boolean; extraRe: RegExp },
): string | null {
  const counts = new Map<string, number>();
  const add = (raw: string | undefined) => {
    const name = titleCase((raw ?? '').replace(/\s+/g, ' ').trim());
    if (name && !NOT_NAMES.has(name.toLowerCase())) counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  // "Phía Nam giáp huyện Phú Lộc", "cách thành phố Huế 35 km", "giáp xã Quỳnh Châu (huyện Quỳnh
  // Phụ)" name neighbours, not the parent unit.
  const neighbour = (index: number) =>
    /(?:giáp|cách)[^.;\n]{0,12}$|giáp (?:xã|phường|thị trấn) [^.;\n()]{1,30}\($/u.test(
      text.slice(Math.max(0, index - 50), index),
    );
  for (const m of text.matchAll(re)) if (!neighbour(m.index)) add(m[1]);
  if (opts) {
    for (const m of text.matchAll(opts.extraRe)) {
      if (neighbour(m.index)) continue;
      const name = titleCase((m[1] ?? '').replace(/\s+/g, ' ').trim());
      if (opts.extra(name)) add(m[1]);
    }
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0] ?? null;
}

/** "HOÀNG DIỆU" → "Hoàng Diệu"; names already in title case are kept as written. */
function titleCase(name: string): string {
  if (name !== name.toLocaleUpperCase('vi')) return name;
  return name
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}
