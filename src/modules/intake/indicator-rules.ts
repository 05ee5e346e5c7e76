import type { IndicatorKey } from './indicator-keys.ts';
import { DIALOGUE_AUTHORITY_RULES, PETITION_RULES } from './petition-rules.ts';
import { rx, rxCased } from './rx.ts';

/** What a rule sees around one number; all text is whitespace-collapsed. */
export interface NumberContext {
  isPercent: boolean;
  /** The clause before the number: back to the nearest comma, semicolon, parenthesis or sentence start. */
  left: string;
  /** The clause after the number (and its "%"), up to the next such mark. Starts with the unit. */
  right: string;
  /** The sentence up to the number, for wider context ("dân số … 2.381 hộ"). */
  leftSentence: string;
  /** The sentence after the number, past clause marks ("1.089 HS (còn trong thời hạn)"). */
  rightSentence: string;
  sentence: string;
  /** The statement up to the number: its sentence and those before it that end in a semicolon. */
  leftStatement: string;
  /** From the start of the sentence before to the number. */
  leftNear: string;
  /** The whole statement: the sentences joined by semicolons around the number's. */
  statement: string;
  /** The report is a commune's (xã, phường, thị trấn): a district's or province's authority is not its own. */
  commune: boolean;
  /** A ratio whose base is a number of petitions the text stated before ("258 đơn … 242/258 đơn"). */
  petitionsBefore?: boolean;
  /** The number is a ratio ("11/17 thôn"): its base is known. */
  ratio: boolean;
  /** A dialogue ("đối thoại") is named in the title or just before: a meeting's opinions are its opinions. */
  aboutDialogue: boolean;
  /** The one kind of reception a news item's title is about ("tổ chức tiếp công dân định kỳ …"). */
  receptionKind?: 'periodic' | 'regular' | 'adhoc';
  /** Mediation ("hòa giải") is named in the title or just before. */
  aboutMediation: boolean;
  /** "Dân vận khéo" is named in the title or just before: "xã Tiên Lãnh có 114 mô hình" counts them. */
  aboutInitiatives: boolean;
}

/**
 * One way a report states an indicator. All conditions given must hold; the first rule that
 * matches a number wins, so specific rules come before general ones. The id is shown with every
 * extracted value, which is how a wrong value is traced back to the rule that produced it.
 */
export interface IndicatorRule {
  id: string;
  /**
   * The keys the number states. An empty list is a figure no key holds ("1.180 đơn đủ điều kiện xử
   * lý"): the number is read as nothing and later rules are not tried. A function may return [] to
   * let later rules try, or null to stop there.
   */
  keys: readonly IndicatorKey[] | ((c: NumberContext) => readonly IndicatorKey[] | null);
  percent?: boolean;
  left?: RegExp;
  right?: RegExp;
  leftSentence?: RegExp;
  sentence?: RegExp;
  notLeft?: RegExp;
  notRight?: RegExp;
  notSentence?: RegExp;
  notLeftSentence?: RegExp;
  rightSentence?: RegExp;
  /** The statement up to the number (sentences joined by ";"): "(20 đại học; 02 trung cấp". */
  leftStatement?: RegExp;
  notLeftStatement?: RegExp;
  statement?: RegExp;
  leftNear?: RegExp;
  /** The figure is the whole of a ratio: "Thôn có điện lưới: 11/17 thôn" states 17 villages. */
  ofBase?: boolean;
  /** Like notRight but case-sensitive: "01 công chức Văn phòng" names a post, not a head count. */
  notRightCased?: RegExp;
  transform?: (value: number) => number;
}

/** A statement of zero in words ("Không có hồ sơ trễ hẹn"): reports say zero this way, and sums need it. */
export interface ZeroRule {
  id: string;
  keys: readonly IndicatorKey[];
  pattern: RegExp;
}

// "57.028 bộ" (sets of papers): dossiers too.
const DOSSIER = String.raw`(?:hồ sơ|HS|TTHC|thủ tục hành chính|bộ hồ sơ|bộ)\b`;
const PROCEDURE = String.raw`(?:TTHC|thủ tục hành chính|thủ tục)\b`;
// "75 hồ sơ số hồ sơ quá hạn": a unit said twice.
const DOSSIER_HEAD = `^(?:${DOSSIER} ?)?(?:số ${DOSSIER} ?)?`;
const RESOLVE_VERB = `(?:(?:được |đã )?(?:giải quyết|trả|xử lý)(?: kết quả)? )?`;
const LATE = `(?:quá hạn|trễ hạn|trễ hẹn|quá hẹn|chậm trả|chậm|chễ hẹn|chễ hạn|muộn)`;

function dossierBefore(words: string): RegExp {
  // "Hồ sơ trả trước hạn là: 1.113 hồ sơ", "tiếp nhận trực tuyến 1.242 hồ sơ", "quá hạn có 7.677 hồ sơ"
  return rx(String.raw`${words}(?: là| có)?\s*:?\s*$`);
}

// "trước và đúng hạn", "sớm và đúng hẹn", and the other way round: "đúng và trước hạn".
const EARLY_OR_ON_TIME = `(?:(?:trước (?:hạn|hẹn)|sớm|trước) và đúng (?:hạn|hẹn)|đúng (?:hạn |hẹn )?và trước (?:hạn|hẹn))`;

function reception(kindUnit: 'sessions' | 'citizens') {
  return (c: NumberContext): readonly IndicatorKey[] | null => {
    // The words up to the next figure: "tiếp 23 lượt và tiếp thường xuyên 102 lượt" is not regular.
    const around = `${c.left} ${c.right.split(/\d|\s(?:và|với)\s/u)[0]}`;
    // "tiếp định kỳ và đột xuất … 1.555 lượt", "tiếp định kỳ, đột xuất 4.176 lượt": two kinds
    // together, which no key holds (the comma cuts the clause, so the sentence is read).
    if (
      /(?:định kỳ|thường xuyên|đột xuất)(?:,? (?:và|hoặc)|,) (?:định kỳ|thường xuyên|đột xuất)[^,;]*$/i.test(
        c.leftSentence,
      ) ||
      /(?:định kỳ|thường xuyên|đột xuất),? (?:và|hoặc) (?:định kỳ|thường xuyên|đột xuất)/i.test(around)
    )
      return null;
    if (/định kỳ/i.test(around)) return [`reception.${kindUnit}.periodic`];
    if (/thường xuyên/i.test(around)) return [`reception.${kindUnit}.regular`];
    if (/đột xuất/i.test(around)) return [`reception.${kindUnit}.adhoc`];
    // "Phường Uông Bí tổ chức tiếp công dân định kỳ tháng 1/2026" above "đã tiếp … 10 lượt".
    if (c.receptionKind) return [`reception.${kindUnit}.${c.receptionKind}`];
    return [`reception.${kindUnit}.total`];
  };
}

function degree(c: NumberContext): readonly IndicatorKey[] {
  const m = /(thạc sĩ|sau đại học|tiến sĩ|đại học|cao đẳng|trung cấp)/i.exec(`${c.left} ${c.right}`);
  const word = m?.[1]?.toLowerCase();
  if (word === 'đại học') return ['staff.byDegree.university'];
  if (word === 'cao đẳng') return ['staff.byDegree.college'];
  if (word === 'trung cấp') return ['staff.byDegree.intermediate'];
  if (word) return ['staff.byDegree.postgraduate'];
  return [];
}

// "số hồ sơ trực tiếp và qua dịch vụ bưu chính 1.065.067 hồ sơ": two channels together, no key.
const JOINED_CHANNELS = rx(
  '(?:trực tiếp|bưu chính|trực tuyến)[^,;]{0,15} và [^,;]{0,15}(?:trực tiếp|bưu chính|trực tuyến)',
);
const MEDIATION_WORDS = rx(
  '(?:tổ hòa giải|tổ hoà giải|hòa giải viên|đưa ra hòa giải|yêu cầu hòa giải|tiến hành hòa giải)',
);
const PETITION_WORDS = rx('(?:khiếu nại|tố cáo|kiến nghị|phản ánh|tiếp công dân|thẩm quyền|đơn thư)');
const VILLAGE = 'thôn|ấp|bản|buôn|làng|xóm|khóm|tổ dân phố|khu dân cư|khu phố|TDP';
const REGISTERED = rx('đăng ký');
// A verb after the registration that gives the models' standing: "… được đăng ký thực hiện, Ban
// Chỉ đạo … đã bình xét, phân loại có 202 mô hình đạt hiệu quả".
const STANDING = rx(
  String.raw`(?:công nhận|đạt|(?<!đăng ký )có|triển khai|phân loại|bình xét|bình chọn|lựa chọn|duy trì)(?![\p{L}])(?![\s\S]*đăng ký)`,
);

/**
 * "đăng ký 53 mô hình cấp cơ sở, 17 mô hình cấp huyện", "2.071 mô hình … được đăng ký xây dựng,
 * trong đó có 1.808 mô hình … được triển khai": registered, not yet models at work. What was said
 * before a "trong đó" is about the figure it breaks down.
 */
function registered(c: NumberContext): boolean {
  const before = c.leftSentence.split(/trong đó/iu).pop() ?? '';
  const since = before.slice(before.search(/đăng ký(?![\s\S]*đăng ký)/iu));
  if (REGISTERED.test(before) && !STANDING.test(since.slice('đăng ký'.length))) return true;
  // After the figure, up to the next figure: a title runs on into the lead's "279 … được đăng ký".
  return REGISTERED.test(c.rightSentence.split(/trong đó|\d/iu)[0] ?? '');
}
// "Về trình độ lý luận chính trị, …; trình độ trung cấp 401 người": training, not a degree.
const POLITICAL_TRAINING = rx('(?:lý luận|chính trị|quản lý nhà nước)[^.]*$');

// "diện tích tự nhiên", "tổng diện tích", "Xã Dân Chủ có diện tích": the commune's whole area.
const AREA = rx(
  `(?:diện tích (?:đất )?tự nhiên|tổng diện tích|(?:xã|phường|thị trấn)[^.;,]{0,30} có diện tích|diện tích của (?:xã|phường|thị trấn))`,
);

export const INDICATOR_RULES: readonly IndicatorRule[] = [
  // ── commune profile ────────────────────────────────────────────────────────────────────────
  {
    id: 'profile.area.ha',
    keys: ['profile.areaHa'],
    right: rx(String.raw`^(?:ha|héc[- ]?ta|hecta)\b`),
    leftSentence: AREA,
    notLeft: rx(
      `(?:đất|diện tích) (?:nông nghiệp|lâm nghiệp|lúa|trồng|rừng|ở|canh tác|phi nông nghiệp|sản xuất|chưa sử dụng|chuyên dùng|mặt nước)`,
    ),
  },
  {
    // "- Diện tích 6.414,79 ha." in a commune's profile: the area with no other word is the whole.
    id: 'profile.area.bare',
    keys: ['profile.areaHa'],
    right: rx(String.raw`^(?:ha|héc[- ]?ta|hecta)\b`),
    left: rx(String.raw`^(?:[-–•+*|]\s*)?diện tích(?: là)?\s*[:|]?\s*$`),
  },
  {
    // "phường Phạm Ngũ Lão có 82,53 ha diện tích tự nhiên", "có 1,70 km² diện tích tự nhiên"
    id: 'profile.area.after',
    keys: ['profile.areaHa'],
    right: rx(String.raw`^(?:ha|héc[- ]?ta|hecta)\s+diện tích (?:đất )?tự nhiên`),
  },
  {
    id: 'profile.area.after.km2',
    keys: ['profile.areaHa'],
    right: rx(String.raw`^(?:km2|km²|km 2)\s+diện tích (?:đất )?tự nhiên`),
    transform: (km2) => Math.round(km2 * 10000) / 100,
  },
  {
    id: 'profile.area.bare.km2',
    keys: ['profile.areaHa'],
    right: rx(`^(?:km2|km²|km 2)`),
    left: rx(String.raw`^(?:[-–•+*|]\s*)?diện tích(?: là)?\s*[:|]?\s*$`),
    transform: (km2) => Math.round(km2 * 10000) / 100,
  },
  {
    id: 'profile.area.km2',
    keys: ['profile.areaHa'],
    right: rx(`^(?:km2|km²|km 2)`),
    leftSentence: AREA,
    transform: (km2) => Math.round(km2 * 10000) / 100,
  },
  {
    id: 'profile.minorityHouseholds',
    keys: ['profile.minorityHouseholds'],
    // "630 hộ dân là đồng bào dân tộc Khmer": a named minority.
    right: rx(String.raw`^hộ(?: dân)?(?: là)? (?:đồng bào )?(?:dân tộc (?:thiểu số|(?!Kinh\b)\p{Lu})|DTTS)`),
  },
  {
    // "Có 8 dân tộc thiểu số sống gồm: Khơme, Hoa, … với 349 hộ và 1589 khẩu"
    id: 'profile.minorityHouseholds.sentence',
    keys: ['profile.minorityHouseholds'],
    right: rx(String.raw`^hộ\b`),
    leftSentence: rx('(?:dân tộc thiểu số|DTTS)(?![^.;]*tôn giáo)[^.;]*$'),
  },
  {
    id: 'profile.households',
    keys: ['profile.households'],
    right: rx(
      String.raw`^hộ\b(?! (?:nghèo|cận nghèo|thoát nghèo|chính sách|có công|kinh doanh|sản xuất|được|bị|tham gia|đăng ký|vay|làm|đạt|có|đồng bào|dân tộc|gia đình (?:văn hóa|chính sách|có)))`,
    ),
    leftSentence: rx(
      String.raw`(?:dân số|quy mô|tổng số|nhân khẩu|(?:xã|phường|thị trấn|toàn xã|địa phương) có|thôn với|gồm|(?:ha|km2|km²)\s*,\s*$|(?:thôn|làng|ấp|bản|xóm|tổ dân phố),?\s*với\s*$)`,
    ),
    // "… diện tích tự nhiên là 8.326,97 ha, 1037 hộ, 4970 khẩu": the next item of the profile.
    // "Tổng số hộ nghèo: 391 hộ", "Tổng số hộ Thiên chúa giáo 21 hộ": a kind of household;
    // "Có 4 tôn giáo chính: … gồm 2.546 hộ": those of the religions.
    notLeftSentence: rx('(?:tôn giáo|theo đạo)'),
    notLeft: rx(String.raw`(?<![\p{L}])hộ\s+(?!(?:dân|gia đình|là|có)\b)\p{L}`),
  },
  {
    // "Tổng số hộ toàn phường: 2.148 người" (the unit mistyped): the households, by what is counted.
    id: 'profile.households.before',
    keys: ['profile.households'],
    left: rx(
      String.raw`(?:^|\s)(?:tổng )?số hộ(?: (?:dân|gia đình))?(?: (?:toàn|trên địa bàn) (?:xã|phường|thị trấn))?\s*(?:là)?\s*:?\s*$`,
    ),
    right: rx(String.raw`^(?:hộ|người|$)`),
  },
  {
    id: 'profile.population',
    keys: ['profile.population'],
    right: rx(String.raw`^(?:nhân khẩu|khẩu|người dân|dân(?! tộc)|người|nhân dân)\b`),
    // "1111 người/km²" is a density, "5.600 người trong độ tuổi lao động" a part of the population.
    notRight: rx(String.raw`^người\s*(?:\/|trong độ tuổi)`),
    // "Tổng số: 656 hộ 3.172 khẩu", "2.572 hộ ; 9.992 khẩu": people right after the households.
    leftStatement: rx(
      String.raw`(?:dân số|nhân khẩu|(?:toàn )?(?:xã|phường|thị trấn) có\b[^.;]*,\s*(?:trên|hơn|gần|khoảng)?\s*$|hộ (?:với|và|,|có)|\d hộ(?: gia đình| dân)?\s*[;,]?\s*(?:với|và|có|gồm)?\s*$|(?:ha|km2|km²) diện tích (?:đất )?tự nhiên\s*(?:,|và)\s*$)`,
    ),
    // Nor the people of a kind of household, of the minorities or of a religion.
    notLeftStatement: rx(
      String.raw`(?:hộ (?:nghèo|cận nghèo|chính sách|[^;.]{0,20}(?:giáo|đạo)\b)|dân tộc thiểu số|DTTS|tôn giáo)[^;]*$`,
    ),
    notLeft: rx(
      `(?:cán bộ|công chức|lao động|học sinh|đảng viên|hội viên|đoàn viên|thí sinh|trẻ|người cao tuổi)`,
    ),
  },
  {
    id: 'profile.villages.base',
    keys: ['profile.villages'],
    ofBase: true,
    right: rx(String.raw`^(?:thôn|ấp|bản|buôn|làng|xóm|khóm|tổ dân phố|khu dân cư|khu phố|TDP)\b`),
  },
  {
    // "Thị trấn Sông Mã được chia thành 12 tổ": the residential groups.
    id: 'profile.villages.divided',
    keys: ['profile.villages'],
    left: rx(String.raw`chia thành\s*:?\s*$`),
    right: rx(String.raw`^(?:tổ|khu|khối)\b(?! (?:hòa giải|hoà giải|công tác|tự quản|chức|chuyên))`),
  },
  {
    // "237 bản, khu phố trên địa bàn huyện đều có tổ hòa giải": all of them, by kind.
    id: 'profile.villages.kinds',
    keys: ['profile.villages'],
    rightSentence: rx(
      String.raw`^(?:${VILLAGE})(?:,? (?:và )?(?:${VILLAGE}))+ (?:trên địa bàn|của|trong|toàn) (?:huyện|xã|phường|thị trấn)\b`,
    ),
  },
  {
    // "trên 6 khu dân cư toàn xã": all the villages of the commune, whatever the words before.
    id: 'profile.villages.whole',
    keys: ['profile.villages'],
    right: rx(
      String.raw`^(?:thôn|ấp|bản|buôn|làng|xóm|khóm|tổ dân phố|khu dân cư|khu phố|TDP)\s+(?:của |trên |trong )?(?:(?:toàn|cả)|trên (?:khắp |toàn )?địa bàn) (?:xã|phường|thị trấn)\b`,
    ),
  },
  {
    id: 'profile.villages',
    keys: ['profile.villages'],
    right: rx(
      String.raw`^(?:đơn vị )?(?:thôn|ấp|bản|buôn|làng|xóm|khóm|tổ dân phố|khu dân cư|khu phố|TDP)\b`,
    ),
    // "còn 6 xóm hành chính" (after a merger), "ý kiến … của nhân dân trên địa bàn 8 ấp".
    // "phân chia làm 12 đơn vị thôn bản", "được bố trí theo 12 thôn bản".
    left: rx(
      String.raw`(?:có|gồm|với|chia thành|thành|chia làm|theo|tổng số|sinh sống ở|còn|trên địa bàn)\s*:?\s*$`,
    ),
    notLeft: rx(`trong (?:đó|số)`),
    // "7 thôn có 1.706 hộ" counts villages; "19 thôn có cụm loa" counts those with a facility.
    notRight: rx(
      String.raw`^(?:thôn|ấp|bản|buôn|làng|xóm|khóm|tổ dân phố|khu phố)\s+(?:có|được|đạt|đã|chưa|thuộc|nằm)\s+(?!\d)`,
    ),
  },
  {
    id: 'profile.ethnicGroups',
    keys: ['profile.ethnicGroups'],
    right: rx(String.raw`^dân tộc\b(?! thiểu số)`),
    left: rx(String.raw`(?:có|gồm|với|(?:có|gồm)[^,;]{0,30} và)\s*$`),
  },

  // ── procedure catalogue ───────────────────────────────────────────────────────────────────
  {
    id: 'procedures.sectors',
    keys: ['onestop.procedures.sectors'],
    right: rx(String.raw`^lĩnh vực\b`),
    // "UBND phường đã thực hiện niêm yết 12 lĩnh vực, với 145 thủ tục hành chính"
    left: rx(String.raw`(?:gồm|có|thuộc|trên|niêm yết|công khai)\s*$`),
    sentence: rx(PROCEDURE),
  },
  {
    id: 'procedures.onlineFull',
    keys: ['onestop.procedures.onlineFull'],
    right: rx(`^(?:${PROCEDURE}|dịch vụ công)[^,;]{0,40}(?:toàn trình|mức độ 4)`),
  },
  {
    id: 'procedures.onlinePartial',
    keys: ['onestop.procedures.onlinePartial'],
    right: rx(`^(?:${PROCEDURE}|dịch vụ công)[^,;]{0,40}(?:một phần|mức độ 3)`),
  },
  {
    id: 'procedures.published.after',
    keys: ['onestop.procedures.published'],
    right: rx(`^${PROCEDURE}[^,;]{0,30}(?:công khai|niêm yết)`),
  },
  {
    id: 'procedures.published.before',
    keys: ['onestop.procedures.published'],
    left: rx(`(?:công khai|niêm yết|^vớis*$)`),
    right: rx(String.raw`^(?:${PROCEDURE}|\.?$)`),
    notLeft: rx('trực tuyến'),
    // "…, với 145 thủ tục hành chính" after "niêm yết 12 lĩnh vực": the sentence says what is done.
    leftSentence: rx('(?:công khai|niêm yết)'),
    sentence: rx(PROCEDURE),
  },
  {
    id: 'procedures.total',
    keys: ['onestop.procedures.total'],
    right: rx(`^${PROCEDURE}`),
    left: rx(String.raw`(?:tổng số|có|gồm|là|được công bố|công bố)\s*:?\s*$`),
    notRight: rx(String.raw`^${PROCEDURE}(?: hành chính)?\s*(?:của |thuộc |trong )?(?:các )?lĩnh vực`),
    notSentence: rx(
      `(?:trực tuyến|phát sinh|liên thông|bưu chính|cắt giảm|đơn giản hóa|sửa đổi|bãi bỏ|hồ sơ)`,
    ),
  },

  // ── dossiers: state at the end of the period (before "resolved", which shares words) ──────
  {
    id: 'dossiers.pendingOverdue',
    keys: ['onestop.dossiers.pendingOverdue'],
    left: rx(`đang (?:được )?(?:giải quyết|xử lý)[^,;]{0,10}${LATE}[^,;]{0,6}$`),
  },
  {
    id: 'dossiers.pendingOverdue.noResult',
    keys: ['onestop.dossiers.pendingOverdue'],
    left: rx(String.raw`${LATE} (?:giải quyết|xử lý) nhưng chưa có kết quả(?: là)?\s*:?\s*$`),
    // "Hồ sơ đã trả kết quả nhưng chậm hạn và hồ sơ quá hạn … chưa có kết quả là 12": two kinds.
    notLeft: rx(`trả kết quả nhưng ${LATE}[^,;]* và `),
  },
  {
    id: 'dossiers.pendingOverdue.after',
    keys: ['onestop.dossiers.pendingOverdue'],
    right: rx(`${DOSSIER_HEAD}(?:còn )?đang (?:được )?(?:giải quyết|xử lý) ${LATE}`),
  },
  {
    id: 'dossiers.pendingWithin',
    keys: ['onestop.dossiers.pendingWithinDeadline'],
    left: rx(`đang (?:được )?(?:giải quyết|xử lý)[^,;]{0,6}(?:trong hạn|chưa đến hạn|còn hạn)[^,;]{0,6}$`),
  },
  {
    id: 'dossiers.pendingWithin.after',
    keys: ['onestop.dossiers.pendingWithinDeadline'],
    right: rx(
      `${DOSSIER_HEAD}(?:còn )?đang (?:được )?(?:giải quyết|xử lý) (?:trong hạn|chưa đến hạn|còn hạn)`,
    ),
  },
  {
    // "đang giải quyết 214 hồ sơ trong thời hạn"
    id: 'dossiers.pendingWithin.unit',
    keys: ['onestop.dossiers.pendingWithinDeadline'],
    left: rx(String.raw`đang (?:tiếp tục |được )?(?:giải quyết|xử lý)\s*:?\s*$`),
    right: rx(`^${DOSSIER} (?:trong|còn|chưa đến) (?:thời )?hạn`),
  },
  {
    // "đang giải quyết 1.089 HS (còn trong thời hạn giải quyết)"
    id: 'dossiers.pendingWithin.aside',
    keys: ['onestop.dossiers.pendingWithinDeadline'],
    left: rx(String.raw`đang (?:tiếp tục |được )?(?:giải quyết|xử lý)\s*:?\s*$`),
    right: rx(`^${DOSSIER}$`),
    rightSentence: rx(String.raw`^\S+ \(\s*(?:còn )?(?:trong|chưa đến) (?:thời )?hạn`),
  },
  {
    // "Trong số 3.405 hồ sơ đang giải quyết, số hồ sơ chưa đến hạn là 2.436 hồ sơ"
    id: 'dossiers.pendingWithin.named',
    keys: ['onestop.dossiers.pendingWithinDeadline'],
    left: dossierBefore('(?:trong hạn|chưa đến hạn|còn hạn|trong thời hạn)'),
    right: rx(`^(?:${DOSSIER}|$)`),
    leftStatement: rx('đang (?:tiếp tục |được )?(?:giải quyết|xử lý)'),
    notLeftSentence: rx('(?<!đang )(?:đã|được) giải quyết'),
  },
  {
    // "Trong số hồ sơ còn lại đang giải quyết gồm 7.172 hồ sơ, có 5.950 hồ sơ chưa đến hạn"
    id: 'dossiers.pendingWithin.sentence',
    keys: ['onestop.dossiers.pendingWithinDeadline'],
    right: rx(`${DOSSIER_HEAD}(?:còn )?(?:trong hạn|chưa đến hạn|còn hạn|trong thời hạn)`),
    leftStatement: rx('đang (?:tiếp tục |được )?(?:giải quyết|xử lý)'),
    notLeftSentence: rx('(?<!đang )(?:đã|được) giải quyết'),
  },
  {
    id: 'dossiers.pending',
    keys: ['onestop.dossiers.pending'],
    left: rx(String.raw`đang (?:tiếp tục |được )?(?:giải quyết|xử lý)(?: là| gồm| có)?\s*:?\s*$`),
    right: rx(`^(?:${DOSSIER}|$)`),
  },
  {
    id: 'dossiers.pending.after',
    keys: ['onestop.dossiers.pending'],
    right: rx(`${DOSSIER_HEAD}(?:còn )?đang (?:được )?(?:giải quyết|xử lý)`),
  },
  {
    id: 'dossiers.withdrawn',
    keys: ['onestop.dossiers.withdrawn'],
    left: rx(String.raw`(?:rút|rút lại)(?: hồ sơ)?\s*:?\s*$`),
    right: rx(`^(?:${DOSSIER}|$)`),
  },
  {
    id: 'dossiers.withdrawn.after',
    keys: ['onestop.dossiers.withdrawn'],
    right: rx(`${DOSSIER_HEAD}(?:bị |được |do )?(?:công dân |tổ chức, cá nhân |người dân )?(?:xin )?rút`),
  },
  {
    id: 'dossiers.rejected',
    keys: ['onestop.dossiers.rejected'],
    left: rx(`(?:trả lại|từ chối|không đủ điều kiện)[^,;]{0,10}$`),
    right: rx(`^(?:${DOSSIER}|$)`),
  },
  {
    id: 'dossiers.rejected.after',
    keys: ['onestop.dossiers.rejected'],
    right: rx(`${DOSSIER_HEAD}(?:bị )?(?:trả lại|từ chối)`),
  },
  {
    id: 'dossiers.carriedOver',
    keys: ['onestop.dossiers.carriedOver'],
    left: rx(
      `(?:kỳ trước chuyển (?:sang|qua)|tồn (?:từ )?kỳ trước|chuyển (?:từ|sang|qua) kỳ|tồn đọng|kỳ trước)[^,;]{0,10}$`,
    ),
    right: rx(`^(?:${DOSSIER}|$)`),
  },
  {
    id: 'dossiers.carriedOver.after',
    keys: ['onestop.dossiers.carriedOver'],
    right: rx(
      `${DOSSIER_HEAD}(?:tồn|của kỳ trước|(?:từ )?kỳ trước chuyển (?:sang|qua)|chuyển (?:từ|sang) kỳ)`,
    ),
  },
  {
    // "6.539 hồ sơ đang trong thời hạn giải quyết"
    id: 'dossiers.pendingWithin.term',
    keys: ['onestop.dossiers.pendingWithinDeadline'],
    right: rx(`${DOSSIER_HEAD}(?:còn )?đang (?:trong|còn) (?:thời )?hạn`),
  },

  // ── dossiers: results returned ────────────────────────────────────────────────────────────
  {
    id: 'dossiers.due',
    keys: ['onestop.dossiers.due'],
    left: rx(String.raw`đến hạn (?:giải quyết|trả kết quả)(?: là)?\s*:?\s*$`),
    notRight: rx(String.raw`^(?:đơn|vụ việc|vụ|lượt)\b`),
  },
  {
    id: 'dossiers.earlyOrOnTime',
    keys: ['onestop.dossiers.resolvedEarlyOrOnTime'],
    left: rx(String.raw`${EARLY_OR_ON_TIME}(?: là| có)?\s*:?\s*$`),
    notRight: rx(String.raw`^(?:đơn|vụ việc|vụ|lượt)\b`),
  },
  {
    id: 'dossiers.earlyOrOnTime.comma',
    keys: ['onestop.dossiers.resolvedEarlyOrOnTime'],
    leftSentence: rx(String.raw`trước (?:hạn|hẹn), đúng (?:hạn|hẹn)(?: là)?\s*:?\s*$`),
  },
  {
    id: 'dossiers.earlyOrOnTime.after',
    keys: ['onestop.dossiers.resolvedEarlyOrOnTime'],
    right: rx(`${DOSSIER_HEAD}${RESOLVE_VERB}${EARLY_OR_ON_TIME}`),
  },
  {
    id: 'dossiers.early',
    keys: ['onestop.dossiers.resolvedEarly'],
    left: dossierBefore('(?:trước hạn|trước hẹn|sớm hạn|sớm hẹn)'),
    notRight: rx(String.raw`^(?:đơn|vụ việc|vụ|lượt)\b`),
  },
  {
    id: 'dossiers.early.after',
    keys: ['onestop.dossiers.resolvedEarly'],
    right: rx(`${DOSSIER_HEAD}${RESOLVE_VERB}(?:trước|sớm) (?:hạn|hẹn)`),
  },
  {
    id: 'dossiers.onTime',
    keys: ['onestop.dossiers.resolvedOnTime'],
    left: dossierBefore('(?:đúng hạn|đúng hẹn)'),
    notRight: rx(String.raw`^(?:đơn|vụ việc|vụ|lượt)\b`),
  },
  {
    id: 'dossiers.onTime.after',
    keys: ['onestop.dossiers.resolvedOnTime'],
    right: rx(`${DOSSIER_HEAD}${RESOLVE_VERB}đúng (?:hạn|hẹn)`),
  },
  {
    // "Số hồ sơ đang được giải quyết là: 11.019 hồ sơ; trong đó, …, số hồ sơ chưa trả và quá hạn là: 333"
    id: 'dossiers.pendingOverdue.named',
    keys: ['onestop.dossiers.pendingOverdue'],
    left: dossierBefore(`(?:chưa trả(?: kết quả)?(?: và)? )?${LATE}`),
    leftStatement: rx('đang (?:tiếp tục |được )?(?:giải quyết|xử lý)'),
    notLeftSentence: rx('(?<!đang )(?:đã|được) giải quyết'),
  },
  {
    id: 'dossiers.late',
    keys: ['onestop.dossiers.resolvedLate'],
    left: dossierBefore(`${LATE}(?: còn)?`),
    right: rx(`^(?:${DOSSIER}|$)`),
  },
  {
    // "Số đang tiếp tục giải quyết là hơn 100 hồ sơ và chỉ có 1 hồ sơ quá hạn": overdue among pending.
    id: 'dossiers.pendingOverdue.sentence',
    keys: ['onestop.dossiers.pendingOverdue'],
    right: rx(`${DOSSIER_HEAD}(?:đã |bị )?${LATE}`),
    leftSentence: rx('đang (?:tiếp tục |được )?(?:giải quyết|xử lý)'),
    notLeftSentence: rx('(?:đã|được) giải quyết'),
  },
  {
    id: 'dossiers.late.after',
    keys: ['onestop.dossiers.resolvedLate'],
    // "102 hồ sơ bị trễ hạn", "Trên 7.600 hồ sơ bị quá hạn"
    right: rx(`${DOSSIER_HEAD}(?:bị )?${RESOLVE_VERB}${LATE}`),
  },

  // ── dossiers: taken in ────────────────────────────────────────────────────────────────────
  {
    id: 'dossiers.online',
    keys: ['onestop.dossiers.receivedOnline'],
    left: rx('(?:trực tuyến|qua mạng|dịch vụ công)[^,;()]{0,20}$'),
    right: rx(`^(?:${DOSSIER}|$)`),
  },
  {
    id: 'dossiers.online.after',
    keys: ['onestop.dossiers.receivedOnline'],
    right: rx(
      `${DOSSIER_HEAD}(?:được )?(?:nộp |tiếp nhận )?(?:trực tuyến|qua mạng(?! xã hội)|qua dịch vụ công)`,
    ),
  },
  {
    id: 'dossiers.direct',
    keys: ['onestop.dossiers.receivedDirect'],
    left: rx(`trực tiếp[^,;()]{0,12}$`),
    right: rx(`^(?:${DOSSIER}|$)`),
    sentence: rx(`(?:hồ sơ|tiếp nhận)`),
    notLeft: JOINED_CHANNELS,
  },
  {
    id: 'dossiers.direct.after',
    keys: ['onestop.dossiers.receivedDirect'],
    right: rx(`${DOSSIER_HEAD}(?:được )?(?:nộp |tiếp nhận )?trực tiếp`),
    // "38.613 hồ sơ trực tiếp và bưu chính": two channels together.
    notRight: JOINED_CHANNELS,
  },
  {
    id: 'dossiers.postal',
    keys: ['onestop.dossiers.receivedPostal'],
    left: rx(`(?:bưu chính(?: công ích)?|bưu điện)[^,;()]{0,12}$`),
    right: rx(`^(?:${DOSSIER}|$)`),
    notLeft: JOINED_CHANNELS,
  },
  {
    id: 'dossiers.postal.after',
    keys: ['onestop.dossiers.receivedPostal'],
    right: rx(`${DOSSIER_HEAD}(?:được )?(?:nộp |tiếp nhận )?qua (?:dịch vụ )?(?:bưu chính|bưu điện)`),
  },
  {
    id: 'dossiers.receivedAndResolved',
    keys: ['onestop.dossiers.received', 'onestop.dossiers.resolved'],
    // The sentence: "đã tiếp nhận, giải quyết gần 2.000 hồ sơ" has a comma inside.
    leftSentence: rx(
      String.raw`tiếp nhận(?: và|,) giải quyết(?: xong)?(?: được)?\s*:?\s*(?:gần|khoảng|trên|hơn)?\s*$`,
    ),
    right: rx(`^${DOSSIER}`),
  },
  {
    id: 'dossiers.received',
    keys: ['onestop.dossiers.received'],
    left: rx(
      String.raw`(?:(?:tiếp nhận|nhận được|đã nhận)(?: tổng số| tổng cộng| mới)?|tổng số hồ sơ(?: (?:được |đã )?tiếp nhận)?)(?: là| được)?\s*:?\s*$`,
    ),
    right: rx(`^(?:${DOSSIER}|$)`),
  },
  {
    // "có 178.661 hồ sơ yêu cầu giải quyết về thủ tục hành chính"
    id: 'dossiers.received.requested',
    keys: ['onestop.dossiers.received'],
    right: rx(String.raw`^(?:hồ sơ|HS)\b (?:yêu cầu|đề nghị) giải quyết`),
  },
  {
    // "Riêng các hồ sơ thuộc thẩm quyền cấp xã, có tổng số 2.760, với 2.602 hồ sơ …"
    id: 'dossiers.received.total',
    keys: ['onestop.dossiers.received'],
    left: rx(String.raw`^(?:có )?tổng (?:số|cộng)(?: là)?\s*:?\s*$`),
    right: rx(`^(?:${DOSSIER}|$)`),
    leftSentence: rx(String.raw`(?:hồ sơ|HS|TTHC)\b`),
  },
  {
    id: 'dossiers.received.after',
    keys: ['onestop.dossiers.received'],
    right: rx(String.raw`^(?:hồ sơ|HS)\b (?:được |đã )?tiếp nhận`),
    // "61 hồ sơ tiếp nhận qua mạng xã hội Zalo": those of one channel.
    notRight: rx(String.raw`^(?:hồ sơ|HS)\b (?:được |đã )?tiếp nhận (?:qua|trực|tại)\b`),
  },
  {
    id: 'dossiers.resolved',
    keys: ['onestop.dossiers.resolved'],
    left: rx(String.raw`(?:giải quyết|giải quyết xong|giải quyết được|trả kết quả)(?: là| được)?\s*:?\s*$`),
    right: rx(`^${DOSSIER}`),
    // "tổng số hồ sơ yêu cầu giải quyết là 10.455": those to handle.
    notLeft: rx('(?:yêu cầu|đề nghị|cần) giải quyết'),
  },
  {
    id: 'dossiers.resolved.hasResult',
    keys: ['onestop.dossiers.resolved'],
    leftSentence: rx(String.raw`^(?:số )?hồ sơ (?:đã )?có kết quả[^.;]*(?:đạt|là|:)\s*$`),
    right: rx(`^${DOSSIER}`),
  },
  {
    // "Số hồ sơ đã giải quyết: 9.986 (hồ sơ giải quyết đúng hạn …": the subject names the unit.
    id: 'dossiers.resolved.named',
    keys: ['onestop.dossiers.resolved'],
    left: dossierBefore('(?:đã |được )?giải quyết(?: xong)?'),
    leftSentence: rx(String.raw`^(?:tổng )?số hồ sơ (?:đã |được )?giải quyết`),
    right: rx(String.raw`^(?:${DOSSIER}|$)`),
  },
  {
    id: 'dossiers.resolved.total',
    keys: ['onestop.dossiers.resolved'],
    // "số hồ sơ được giải quyết tính từ … Tổng là: 1.133 hồ sơ"
    left: rx(String.raw`hồ sơ (?:đã |được )?giải quyết[^;]*(?:tổng|tổng số|tổng cộng)(?: là)?\s*:?\s*$`),
  },
  {
    id: 'dossiers.resolved.after',
    keys: ['onestop.dossiers.resolved'],
    right: rx(
      String.raw`^(?:hồ sơ|HS)\b (?:đã |được )?(?:giải quyết|trả kết quả)(?! (?:trước|đúng|quá|trễ|chậm|sớm))`,
    ),
  },

  // ── one-stop quality ──────────────────────────────────────────────────────────────────────
  { id: 'onestop.digitization', keys: ['onestop.digitizationRate'], percent: true, left: rx('số hóa') },
  {
    // "97,7% hồ sơ có thu phí, lệ phí được thanh toán trực tuyến"
    id: 'onestop.onlinePayment.after',
    keys: ['onestop.onlinePaymentRate'],
    percent: true,
    rightSentence: rx('^[^.;]{0,60}thanh toán trực tuyến'),
  },
  {
    id: 'onestop.onlinePayment',
    keys: ['onestop.onlinePaymentRate'],
    percent: true,
    left: rx('thanh toán trực tuyến'),
  },
  {
    id: 'onestop.apology',
    keys: ['onestop.apologyLetters'],
    right: rx(`^(?:thư|văn bản|phiếu|lượt) xin lỗi`),
  },
  {
    id: 'satisfaction.positive.after',
    keys: ['onestop.satisfaction.positiveRate'],
    percent: true,
    right: rx(`^(?:số )?(?:phiếu|người|ý kiến|tổ chức|công dân|lượt)?[^,;.]{0,40}(?:hài lòng|tốt|rất tốt)`),
    sentence: rx('(?:phiếu|hài lòng|đánh giá|khảo sát)'),
  },
  {
    id: 'satisfaction.positive.before',
    keys: ['onestop.satisfaction.positiveRate'],
    percent: true,
    left: rx(`(?:tỷ lệ|tỉ lệ|mức độ|chỉ số) hài lòng[^,;]{0,20}$`),
  },
  {
    // "Tổng số hồ sơ TTHC được tiếp nhận và giải quyết ở 3 cấp chính quyền … là 873.387 hồ sơ"
    id: 'dossiers.received.subject',
    keys: ['onestop.dossiers.received'],
    left: rx(String.raw`tổng số hồ sơ[^,;]{0,40}tiếp nhận[^,;]{0,80}(?: là|:)\s*$`),
    right: rx(`^${DOSSIER}`),
  },
  {
    // "với tổng số phiếu 721"
    id: 'satisfaction.surveys.before',
    keys: ['onestop.satisfaction.surveys'],
    left: rx(String.raw`tổng số phiếu(?: khảo sát| đánh giá)?(?: là| thu về| thu được)?\s*:?\s*$`),
  },
  {
    id: 'satisfaction.surveys',
    keys: ['onestop.satisfaction.surveys'],
    right: rx(String.raw`^phiếu\b`),
    sentence: rx('(?:hài lòng|khảo sát|ý kiến|đánh giá)'),
  },

  // ── citizen reception ─────────────────────────────────────────────────────────────────────
  {
    id: 'reception.crowds',
    keys: ['reception.crowds'],
    right: rx(String.raw`^(?:lượt )?đoàn\b`),
    sentence: rx('đông người'),
  },
  {
    id: 'reception.sessions',
    keys: reception('sessions'),
    right: rx(String.raw`^buổi\b`),
    sentence: rx(`tiếp (?:công )?dân`),
    notLeft: rx(String.raw`(?:mỗi|hàng|hằng|trong) (?:tuần|tháng)\s*$`),
    notRight: rx(String.raw`^buổi\s*(?:\/|trên|mỗi|một)\s*(?:tuần|tháng)`),
  },
  {
    // "tiếp thường xuyên 161/201 người": visits, then the people they brought; "tiếp định kỳ 04
    // đoàn với 08 công dân": four visits, each of a group.
    id: 'reception.citizens.byKind',
    keys: reception('citizens'),
    left: rx(String.raw`tiếp (?:thường xuyên|định kỳ|đột xuất)\s*$`),
    right: rx(String.raw`^(?:lượt|\/|người|công dân|đoàn\b)`),
  },
  {
    // "là 03 lượt (03 định kỳ)", "(02 thường xuyên, 01 đột xuất)": the visits by kind, in brackets.
    id: 'reception.citizens.byKind.aside',
    keys: reception('citizens'),
    right: rx(String.raw`^(?:lượt )?(?:thường xuyên|định kỳ|đột xuất)\b`),
    leftSentence: rx(String.raw`lượt\b[^()]{0,40}\((?:[^()]*,)?\s*$`),
    sentence: rx(`tiếp (?:công )?dân`),
  },
  {
    id: 'reception.citizens',
    keys: reception('citizens'),
    right: rx(String.raw`^lượt\b(?: (?:công dân|người|người dân))?`),
    sentence: rx(
      String.raw`tiếp (?:công )?dân|tiếp (?:được |nhận )?(?:[\d.]+ )?lượt|tiếp (?:thường xuyên|định kỳ|đột xuất)|tiếp và [\p{L} ]{1,20}[\d.]+ lượt|(?:buổi|phiên|cuộc) tiếp(?! xúc)\b`,
    ),
    notRight: rx(`^lượt (?:bài|thí sinh|tin|phát)`),
    // "đã tiếp 27 lượt với 31 lượt người": the people the visits brought.
    notLeftSentence: rx(String.raw`(?:so với (?:cùng kỳ|năm trước|kỳ trước)|\d lượt(?: công dân)? với\s*$)`),
    // "So với cùng kỳ năm trước giảm 146 lượt tiếp (… năm 2019 đã tiếp 1.012 lượt)": a comparison.
  },

  // Mediation requests come as "đơn": "các tổ hòa giải … đã tiếp nhận 49 đơn yêu cầu", "đưa ra hòa
  // giải 49 đơn". Before the petition rules, which would take them.
  {
    id: 'mediation.cases.requests',
    // "Trong 05 tháng đầu năm 2019, tiếp nhận 12 đơn" in a paragraph after the mediation's: requests
    // too, unless the sentence names petitions.
    keys: (c) =>
      MEDIATION_WORDS.test(c.leftSentence) || (c.aboutMediation && !PETITION_WORDS.test(c.sentence))
        ? ['mediation.cases']
        : [],
    right: rx(String.raw`^(?:đơn|trường hợp)\b`),
    // "30 đơn hòa giải thành và rút đơn", "1 đơn hòa giải không thành": outcomes.
    notRight: rx(String.raw`^(?:đơn|trường hợp)\b[^,;]{0,12}(?:hòa|hoà) giải (?:thành|không thành)`),
    notLeft: rx(String.raw`(?:hòa giải|hoà giải) (?:thành|không thành)(?: công)?(?: là)?\s*:?\s*$`),
  },

  ...PETITION_RULES,

  // ── dialogues, mediation, consultation ────────────────────────────────────────────────────
  {
    id: 'dialogues.conferences',
    keys: ['dialogues.conferences'],
    right: rx(`^(?:hội nghị|cuộc|buổi)[^,;]{0,30}đối thoại`),
  },
  {
    // "Ban Thường vụ Huyện ủy tổ chức được 2 hội nghị" in a text about dialogues.
    id: 'dialogues.conferences.topic',
    keys: (c) => (c.aboutDialogue ? ['dialogues.conferences'] : []),
    left: rx(String.raw`tổ chức(?: được)?\s*$`),
    right: rx(
      String.raw`^(?:hội nghị|cuộc|buổi)\b(?! (?:tuyên truyền|tập huấn|phổ biến|giao ban|sơ kết|tổng kết))`,
    ),
  },
  {
    // "đã trả lời 1 ý kiến tại hội nghị"
    id: 'dialogues.answered.atMeeting',
    keys: (c) => (c.aboutDialogue ? ['dialogues.answered'] : []),
    // "đại diện UBND phường đã trả lời 06 ý kiến", "… tại hội nghị", "trả lời 8/8 các ý kiến".
    left: rx(String.raw`(?:trả lời|giải đáp|giải trình)(?: trực tiếp| tại chỗ)?\s*:?\s*$`),
    right: rx(String.raw`^(?:lượt |các )?ý kiến\b`),
  },
  {
    // "đã có 6 nội dung được trả lời trực tiếp"
    id: 'dialogues.answered.after',
    keys: (c) => (c.aboutDialogue ? ['dialogues.answered'] : []),
    right: rx(
      String.raw`^(?:lượt )?(?:ý kiến|nội dung|câu hỏi|kiến nghị)\b[^,;]{0,12}(?:được )?(?:trả lời|giải đáp|giải trình|tiếp thu)(?: trực tiếp| tại chỗ| ngay| tại hội nghị)`,
    ),
  },
  {
    id: 'dialogues.answered',
    keys: ['dialogues.answered'],
    left: rx(`(?:trả lời|giải đáp|giải quyết|tiếp thu)(?: trực tiếp| tại chỗ| ngay)[^,;]{0,10}$`),
    sentence: rx('đối thoại'),
  },
  ...DIALOGUE_AUTHORITY_RULES,
  {
    id: 'dialogues.opinions',
    keys: ['dialogues.opinions'],
    right: rx(String.raw`^(?:ý kiến|lượt ý kiến|kiến nghị)\b`),
    sentence: rx('đối thoại'),
  },
  {
    // "Tại hội nghị đã có 8 lượt ý kiến của nhân dân", "nhân dân 2 thôn đã tham gia 16 ý kiến, kiến
    // nghị" in a news item about a dialogue.
    id: 'dialogues.opinions.topic',
    keys: (c) => (c.aboutDialogue ? ['dialogues.opinions'] : []),
    // "Tại buổi tiếp xúc có 16 câu hỏi đặt ra" at a dialogue.
    right: rx(String.raw`^(?:lượt ý kiến|ý kiến|câu hỏi)\b`),
    // "ghi nhận 03 ý kiến để đôn đốc giải quyết": some of them, kept for later.
    notRight: rx(String.raw`^(?:lượt )?ý kiến\b[^,;]{0,5} để\b`),
    notSentence: rx(String.raw`(?:dự thảo|góp ý|cử tri|tiếp công dân|đơn|tiếp (?:[\d.]+ )?lượt)`),
  },
  {
    id: 'mediation.successful',
    keys: ['mediation.successful'],
    left: rx(String.raw`hòa giải thành(?: công)?(?: là)?\s*:?\s*$`),
  },
  {
    id: 'mediation.successful.after',
    keys: ['mediation.successful'],
    // "6/8 vụ được hòa giải thành"
    right: rx(
      String.raw`^(?:vụ|vụ việc|trường hợp|đơn)\b(?:[^,;]{0,10}| (?:được|đã) (?:hòa|hoà) giải )thành(?: công)?`,
    ),
    notRight: rx('không thành'),
    sentence: rx('hòa giải'),
  },
  {
    id: 'mediation.cases',
    keys: ['mediation.cases'],
    right: rx(String.raw`^(?:vụ|vụ việc)\b`),
    // "103 vụ việc hòa giải không thành và 34 vụ việc chưa giải quyết xong": parts, not the total.
    notRight: rx(String.raw`^(?:vụ|vụ việc)\b[^,;]{0,20}(?:không thành|chưa giải quyết|chưa xong|đang)`),
    notLeft: rx(String.raw`(?:không thành(?: công)?|chưa giải quyết(?: xong)?)\s*:?\s*$`),
    sentence: rx('hòa giải'),
  },
  {
    id: 'consultation.drafts',
    keys: ['consultation.drafts'],
    right: rx(String.raw`^(?:dự thảo|văn bản dự thảo)\b`),
    sentence: rx('ý kiến'),
  },
  {
    id: 'consultation.opinions',
    keys: ['consultation.opinions'],
    right: rx(String.raw`^(?:ý kiến|lượt ý kiến)\b`),
    sentence: rx('(?:dự thảo|lấy ý kiến|góp ý)'),
    notSentence: rx('đối thoại'),
  },
  {
    id: 'disclosure.items',
    keys: ['disclosure.items'],
    right: rx(String.raw`^(?:nội dung|văn bản|thông tin)\b[^,;]{0,20}(?:được )?công khai`),
  },

  // ── initiatives and movements ─────────────────────────────────────────────────────────────
  {
    id: 'initiatives.total',
    right: rx(String.raw`^(?:lượt )?mô hình\b`),
    sentence: rx('dân vận khéo'),
    notRight: rx(String.raw`^mô hình\b[^,;]{0,12}(?:cá nhân|tập thể)`),
    // "nhân rộng được 39 mô hình": models copied elsewhere, not the count of models.
    notLeft: rx(String.raw`nhân rộng[^,;]{0,10}$`),
    keys: (c) => (registered(c) ? null : ['initiatives.total']),
  },
  {
    // "Hiện nay xã Tiên Lãnh có 114 mô hình" in a news item about "Dân vận khéo".
    id: 'initiatives.total.topic',
    right: rx(String.raw`^(?:lượt )?mô hình\b`),
    left: rx(String.raw`(?:có|hiện có|tổng số|xây dựng được|công nhận|duy trì)\s*:?\s*$`),
    notRight: rx(String.raw`^mô hình\b[^,;]{0,12}(?:cá nhân|tập thể)`),
    keys: (c) => (c.aboutInitiatives && !registered(c) ? ['initiatives.total'] : []),
  },
  {
    id: 'movements.launched',
    keys: ['movements.launched'],
    right: rx(String.raw`^phong trào\b`),
    left: rx(String.raw`phát động\s*$`),
  },

  // ── friendly-government letters ───────────────────────────────────────────────────────────
  {
    id: 'letters.newborn',
    keys: ['letters.newborn'],
    right: rx(String.raw`^(?:lá )?thư\b(?: chúc mừng)?[^,;]{0,40}(?:trẻ|sinh|khai sinh|thành viên mới)`),
  },
  {
    id: 'letters.marriage',
    keys: ['letters.marriage'],
    right: rx(
      String.raw`^(?:lá )?thư\b(?: chúc mừng)?[^,;]{0,40}(?:kết hôn|vợ chồng|cưới|hôn nhân|hạnh phúc)`,
    ),
  },
  {
    id: 'letters.condolence',
    keys: ['letters.condolence'],
    right: rx(String.raw`^(?:lá )?thư\b[^,;]{0,40}(?:chia buồn|phân ưu|qua đời|từ trần|khai tử|tạ thế)`),
  },

  // ── staff ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'staff.byDegree',
    keys: degree,
    left: rx(String.raw`(?:đại học|cao đẳng|trung cấp|thạc sĩ|sau đại học|tiến sĩ)\s*:?\s*$`),
    right: rx(String.raw`^(?:người|đồng chí|CBCC|cán bộ|công chức|đ\/c)\b`),
    notSentence: rx('(?:lý luận|chính trị|quản lý nhà nước|tin học|ngoại ngữ|tiếng)'),
    notLeftStatement: POLITICAL_TRAINING,
  },
  {
    id: 'staff.byDegree.after',
    keys: degree,
    right: rx(
      String.raw`^(?:người|đồng chí|CBCC)\b[^,;]{0,20}(?:trình độ )?(?:chuyên môn )?(?:đại học|cao đẳng|trung cấp|thạc sĩ|sau đại học|tiến sĩ)`,
    ),
    notSentence: rx('(?:lý luận|chính trị|quản lý nhà nước|tin học|ngoại ngữ|tiếng)'),
    notLeftStatement: POLITICAL_TRAINING,
  },
  {
    // "22 cán bộ, công chức, (20 đại học; 02 trung cấp; 22 đảng viên)": degrees in brackets.
    id: 'staff.byDegree.aside',
    keys: degree,
    right: rx(String.raw`^(?:đại học|cao đẳng|trung cấp|thạc sĩ|sau đại học|tiến sĩ)\b`),
    leftStatement: rx(String.raw`(?:cán bộ|công chức|CBCC)[^()]*\([^()]*$`),
    notLeftStatement: POLITICAL_TRAINING,
  },
  {
    id: 'staff.total',
    // "công chức cấp xã có 6.552 người": the civil servants alone. The sentence's tail is read:
    // "Cán bộ, công chức làm việc tại UBND xã có 18 người" has a comma inside.
    keys: (c) =>
      /(?:cán bộ,? công chức|CBCC|biên chế)[^,;()]{0,40}$/iu.test(c.leftSentence)
        ? ['staff.total']
        : ['staff.civilServants'],
    right: rx(String.raw`^(?:người|đồng chí|cán bộ,? công chức|CBCC)\b`),
    left: rx(
      String.raw`(?:cán bộ,? công chức|công chức|CBCC|biên chế)[^,;()]{0,40}(?:có|là|gồm|tổng số)\s*:?\s*$`,
    ),
    notLeft: rx(`(?:bộ phận|một cửa|trình độ|tham gia|đánh giá|được)`),
  },
  {
    // "có 22 cán bộ, công chức, (20 đại học; …": the clause ends at the comma inside the unit.
    id: 'staff.total.after',
    keys: ['staff.total'],
    left: rx(String.raw`(?:có|gồm|tổng số|là)\s*:?\s*$`),
    rightSentence: rx(
      // Not "…, người hoạt động không chuyên trách", counted with them.
      String.raw`^(?:cán bộ,? công chức|CBCC)\b(?! (?:được|đã|tham gia|đạt|có trình độ|là nữ|nữ)\b)(?!,? (?:người hoạt động|viên chức))`,
    ),
    notLeft: rx(`(?:bộ phận|một cửa|trình độ|tham gia|đánh giá|được)`),
  },
  {
    // "đã bố trí 2.813/3.050 cán bộ, công chức": the staff in post, of the posts allotted.
    id: 'staff.total.posts',
    keys: (c) => (c.ratio ? ['staff.total'] : []),
    left: rx(String.raw`bố trí(?: được)?\s*:?\s*$`),
    rightSentence: rx(String.raw`^(?:cán bộ,? công chức|CBCC)\b`),
  },
  {
    // "Toàn tỉnh hiện có 1.346 công chức cấp xã": civil servants without their cadres.
    id: 'staff.civilServants.total',
    keys: ['staff.civilServants'],
    right: rx(String.raw`^công chức(?: cấp xã)?\b(?! chuyên)`),
    left: rx(String.raw`(?:hiện có|tổng số|toàn (?:tỉnh|huyện|xã|phường)[^,;]{0,15}có)\s*:?\s*$`),
  },
  {
    id: 'staff.cadres',
    keys: ['staff.cadres'],
    // "1.483 cán bộ chuyên trách": the cadres; not "cán bộ chuyên môn", "… không chuyên trách".
    right: rx(String.raw`^cán bộ\b(?!,? công chức| chuyên (?!trách)| không chuyên)`),
    notRightCased: rxCased(String.raw`^\S+ \S+ \p{Lu}`),
    left: rx(String.raw`(?:có|gồm|trong đó|:)\s*:?\s*$`),
  },
  {
    id: 'staff.cadres.heading',
    keys: ['staff.cadres'],
    left: rx(String.raw`về cán bộ(?: là)?\s*:?\s*$`),
    right: rx(String.raw`^người\b`),
  },
  {
    id: 'staff.civilServants',
    keys: ['staff.civilServants'],
    right: rx(String.raw`^công chức\b(?! chuyên| cấp (?!xã))`),
    notRightCased: rxCased(String.raw`^\S+ \S+ \p{Lu}`),
    left: rx(String.raw`(?:có|gồm|trong đó|:|^|và)\s*:?\s*$`),
    sentence: rx(`cán bộ`),
  },

  // ── inspections and communication ─────────────────────────────────────────────────────────
  {
    id: 'supervision.council',
    keys: ['supervision.councilRounds'],
    right: rx(String.raw`^(?:cuộc|đợt)\b[^,;]{0,20}giám sát`),
    sentence: rx('(?:HĐND|Hội đồng nhân dân)'),
  },
  {
    id: 'inspections.self',
    keys: ['inspections.selfRounds'],
    right: rx(String.raw`^(?:cuộc|đợt)\b[^,;]{0,20}(?:tự )?kiểm tra`),
  },
  {
    id: 'communication.banners',
    keys: ['communication.banners'],
    // Not billboards ("5 panô"): banners and slogans only.
    right: rx(`^(?:băng rôn|băng zôn|băng-rôn|băng rol|khẩu hiệu)`),
  },
  {
    id: 'communication.broadcasts',
    keys: ['communication.broadcasts'],
    right: rx(String.raw`^(?:tin|bài|tin bài|tin, bài|chương trình|buổi phát thanh)\b`),
    sentence: rx('(?:truyền thanh|phát thanh|loa)'),
  },
  {
    id: 'communication.conferences',
    keys: ['communication.conferences'],
    right: rx(String.raw`^(?:hội nghị|buổi|cuộc)\b`),
    sentence: rx('(?:tuyên truyền|phổ biến|quán triệt|tập huấn)'),
    notSentence: rx('(?:đối thoại|tiếp (?:công )?dân|giám sát|kiểm tra)'),
  },
];

export const ZERO_RULES: readonly ZeroRule[] = [
  {
    id: 'zero.dossiers.late',
    keys: ['onestop.dossiers.resolvedLate'],
    pattern: rx(
      String.raw`(?:không có|không để|không phát sinh)\s+(?:hồ sơ|TTHC|trường hợp|thủ tục)(?:\s+nào)?\s+(?:(?:bị|giải quyết)\s+)?${LATE}`,
    ),
  },
  {
    id: 'zero.reception.citizens',
    keys: ['reception.citizens.total'],
    pattern: rx('(?:không có|không phát sinh) (?:lượt )?(?:công dân|người dân)(?: nào)? (?:đến|tới)'),
  },
  {
    id: 'zero.complaintsAndDenunciations',
    keys: ['complaints.received', 'denunciations.received'],
    pattern: rx(
      String.raw`(?:không có|không phát sinh|không nhận được|chưa nhận được)\s+(?:đơn(?:\s+thư)?|vụ việc)\s+khiếu nại,?\s+(?:và\s+)?tố cáo`,
    ),
  },
];
