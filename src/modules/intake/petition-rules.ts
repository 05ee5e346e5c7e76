import type { IndicatorKey } from './indicator-keys.ts';
import type { IndicatorRule, NumberContext } from './indicator-rules.ts';
import { rx } from './rx.ts';

// Petitions (đơn thư) are counted by step (received, fit to handle, in authority, transferred,
// resolved) and by kind (khiếu nại / tố cáo / kiến nghị, phản ánh), often both in one sentence.
// A kind's step is that of the count it breaks down: "Đã giải quyết 458 đơn …, gồm 68 khiếu nại"
// are complaints resolved, "tiếp nhận giải quyết theo thẩm quyền 2.886 đơn (gồm 359 đơn khiếu nại"
// complaints in authority, which no key holds.

const UNIT = '(?:đơn|vụ việc|vụ)(?: thư)?';
const COMPLAINT = String.raw`(?:khiếu nại|KN)\b`;
const DENUNCIATION = String.raw`(?:tố cáo|TC)\b`;
const FEEDBACK_WORD = String.raw`(?:kiến nghị|phản ánh|phản ảnh|đề nghị)\b`;
const FEEDBACK = `${FEEDBACK_WORD}(?:,? ${FEEDBACK_WORD})*`;
const KIND = `(?:${COMPLAINT}|${DENUNCIATION}|${FEEDBACK})`;
const NUMBER = String.raw`\d[\d.,/]*`;
// Two kinds side by side name all petitions: "7.156 đơn khiếu nại, tố cáo, kiến nghị, phản ảnh".
const KINDS_TOGETHER = `(?:KNTC\\b|${COMPLAINT},? (?:và )?${DENUNCIATION}|${DENUNCIATION},? (?:và )?${COMPLAINT}|(?:${COMPLAINT}|${DENUNCIATION}),? (?:và )?${FEEDBACK_WORD})`;
// The authority of a level above the commune's.
const HIGHER = String.raw`(?:UBND |Ủy ban nhân dân |Chủ tịch UBND |cấp )?(?:huyện|quận|thị xã|thành phố|tỉnh|trung ương|cấp trên)\b`;

type Step = 'received' | 'resolved' | 'inAuthority' | 'pending';

// An earlier item of the same list: "651 đơn khiếu nại, ", "32/52 vụ việc KN, ", "KN 76, TC 143 và ".
const ITEM_BEFORE = rx(
  String.raw`(?:${NUMBER} (?:${UNIT} )?${KIND}|${KIND} ${NUMBER}(?: ${UNIT}\b)?)\s*[,;]?\s*(?:và\s*)?$`,
);
// What opens a breakdown of the count before it: "…, gồm ", "… (", "trong đó có ", "với ".
const OPENER = rx(String.raw`(?:\(|(?:^|[\s(])(?:gồm|bao gồm|với|trong đó(?: có)?)|:)\s*:?\s*$`);
const HEAD = rx(String.raw`(${NUMBER}) ${UNIT}\b[^\d]*$`);
const IN_AUTHORITY = rx('(?:(?<!không )thuộc|theo) thẩm quyền');
const RESOLVE = rx('(?<!thẩm quyền |chưa |đang |việc |trình |xét |thụ lý )giải quyết');
// "đang xem xét giải quyết 74 đơn còn trong hạn (19 khiếu nại, …": pending, which no key holds.
const PENDING = rx('(?:đang|chưa)(?: \\p{L}+){0,3} giải quyết');
const LIST_AFTER = rx(String.raw`^(?:${UNIT} )?${KIND}[^\d;.]{0,12}?(?:,|và) ${NUMBER} (?:${UNIT} )?${KIND}`);

/** The step of a kind's count, and whether it stands in a list or breakdown of kinds. */
function stepOf(before: string, rightSentence: string): { step: Step; listed: boolean } {
  let s = before;
  let listed = LIST_AFTER.test(rightSentence);
  while (ITEM_BEFORE.test(s)) {
    s = s.replace(ITEM_BEFORE, '');
    listed = true;
  }
  let verb = s;
  let headWords = '';
  const opener = OPENER.exec(s);
  if (opener) {
    listed = true;
    const rest = s.slice(0, opener.index).replace(/[\s,]+$/u, '');
    const head = HEAD.exec(rest);
    if (head) verb = rest.slice(0, head.index);
    headWords = head ? rest.slice(head.index) : '';
  }
  // Only the words since the number before count: "… 780 đơn, chuyển … giải quyết 1.742 đơn".
  verb = verb.replace(/^[\s\S]*\d/u, '');
  // "đã giải quyết 15 đơn. Trong đó, đã ra quyết định giải quyết 2 khiếu nại": a breakdown.
  if (/(?:^|[\s,;:(])trong đó(?![\p{L}])/iu.test(verb)) listed = true;
  if (IN_AUTHORITY.test(verb)) return { step: 'inAuthority', listed };
  if (PENDING.test(verb)) return { step: 'pending', listed };
  if (RESOLVE.test(verb)) return { step: 'resolved', listed };
  // "6.343 đơn thuộc thẩm quyền giải quyết … (1.054 đơn khiếu nại, …": kinds in authority.
  if (IN_AUTHORITY.test(headWords)) return { step: 'inAuthority', listed };
  return { step: 'received', listed };
}

function kindFamily(word: string): 'complaints' | 'denunciations' | 'feedback' {
  if (/^(?:khiếu nại|KN)/iu.test(word)) return 'complaints';
  if (/^(?:tố cáo|TC)/iu.test(word)) return 'denunciations';
  return 'feedback';
}

/** Keys of a kind's count from its step; kinds in authority have no key. */
function kindKeys(family: ReturnType<typeof kindFamily>, before: string, c: NumberContext) {
  const { step, listed } = stepOf(before, c.rightSentence);
  if (step === 'inAuthority' || step === 'pending') return null;
  // "Trong 7 đơn kiến nghị thuộc thẩm quyền của UBND xã": the petitions in authority, of one kind.
  if (
    !listed &&
    step === 'received' &&
    /^(?:đơn )?[^\d,;]{0,30}(?<!không )thuộc thẩm quyền/u.test(c.rightSentence)
  )
    return ['petitions.inAuthority'] as IndicatorKey[];
  // A lone kind after a resolve verb, out of a number of petitions stated before, names them all by
  // their main kind ("tiếp nhận 258 đơn thư …; đã giải quyết xong 242/258 đơn kiến nghị, phản ánh",
  // two of them denunciations); otherwise it is that kind's ("Giải quyết 1/2 đơn tố cáo").
  if (step === 'resolved')
    return [!listed && c.petitionsBefore ? 'petitions.resolved' : `${family}.resolved`] as IndicatorKey[];
  return [`${family}.received`] as IndicatorKey[];
}

const KIND_WORDS = /(?:khiếu nại|KN|tố cáo|TC|kiến nghị|phản ánh|phản ảnh|đề nghị)(?![\p{L}])/giu;
const KIND_AFTER = rx(`^(?:${UNIT} )?(${KIND})`);
const KIND_BEFORE = rx(String.raw`(^|[\s,(;:])(?:và )?(${KIND})\s*:?\s*$`);

// "có 6.687 đơn đủ điều kiện xử lý, trong đó có 2.478 đơn KN, TC": complaints and denunciations
// among the petitions fit to handle are not all the petitions received. (Kinds one by one among
// them are the kinds received: "1.180 đơn đủ điều kiện xử lý, gồm 167 khiếu nại".)
const AMONG_STEP_NONE = rx(
  String.raw`\d ${UNIT}\b[^\d]*(?:đủ điều kiện|đôn đốc|lưu đơn|trùng)[^\d]*(?:trong đó(?: có)?|gồm|bao gồm|\()\s*:?\s*$`,
);

const RECEIVED_AND_RESOLVED = rx(String.raw`tiếp nhận,? (?:và )?giải quyết(?: xong| được)?\s*:?\s*$`);

function petitionsByStep(c: NumberContext): readonly IndicatorKey[] | null {
  if (AMONG_STEP_NONE.test(c.leftStatement)) return null;
  // "có 1377 đơn khiếu nại, tố cáo thuộc thẩm quyền của các cơ quan hành chính"
  if (/^[^\d]{0,40}(?<!không )thuộc thẩm quyền/u.test(c.rightSentence)) {
    // "80 đơn thư … thuộc thẩm quyền cấp xã giải quyết" in a district's text: the communes' part.
    if (
      !c.commune &&
      /^[^\d]{0,60}thẩm quyền(?: giải quyết)?(?: của)? (?:cấp xã|UBND (?:các )?xã)/u.test(c.rightSentence)
    )
      return null;
    return ['petitions.inAuthority'];
  }
  // "đã tiếp nhận và giải quyết 1.354 đơn khiếu nại, tố cáo, kiến nghị phản ánh": both.
  if (RECEIVED_AND_RESOLVED.test(c.left)) return ['petitions.received', 'petitions.resolved'];
  const { step } = stepOf(c.leftStatement, '');
  return step === 'pending' ? null : [`petitions.${step}`];
}

export const PETITION_RULES: readonly IndicatorRule[] = [
  // ── steps no key holds ──
  {
    // "1.180 đơn đủ điều kiện xử lý", "183 đơn đôn đốc việc giải quyết", "đơn lưu …"
    id: 'petitions.step.none',
    keys: [],
    right: rx(`^${UNIT} (?:có )?(?:đủ điều kiện|không đủ điều kiện|đôn đốc|lưu|trùng)`),
  },
  {
    // "có công văn đôn đốc giải quyết 409 đơn"; "(đơn kỳ trước chuyển sang là 302 đơn)": carried
    // over, which no petitions key holds, not transferred.
    id: 'petitions.step.none.verb',
    keys: [],
    left: rx(
      String.raw`(?:đôn đốc[^,;]{0,30}|(?:kỳ trước |cũ |tồn )chuyển (?:sang|qua)(?: là)?|tồn (?:từ )?kỳ trước(?: là)?)\s*:?\s*$`,
    ),
    right: rx(String.raw`^(?:${UNIT}\b|$)`),
  },
  {
    // "đơn có đủ điều kiện xử lý là 3.321 đơn", "… không đủ điều kiện xử lý là 346 đơn"
    id: 'petitions.step.none.before',
    keys: [],
    left: rx(String.raw`đủ điều kiện(?: xử lý| giải quyết)?(?: là| có)?\s*:?\s*$`),
    right: rx(String.raw`^(?:${UNIT}\b|$|\()`),
  },
  {
    // "11 đơn khiếu nại đúng", "7 vụ KN, 12 vụ TC đúng", "11 đơn tố cáo được rút": outcomes.
    id: 'petitions.outcome.none',
    keys: [],
    rightSentence: rx(
      String.raw`^(?:${UNIT} )?${KIND}(?:,? (?:và )?${NUMBER} (?:${UNIT} )?${KIND})*,? (?:có )?(?:đúng|sai|được rút|rút|đã rút|không có cơ sở)\b`,
    ),
  },
  {
    // "chuyển trả và hướng dẫn công dân gửi 31 đơn đến cơ quan có thẩm quyền": both in one figure.
    id: 'petitions.transferred.both',
    keys: ['petitions.transferred'],
    left: rx('(?:chuyển[^,;]{0,20}(?:và|,) hướng dẫn|hướng dẫn[^,;]{0,20}(?:và|,) chuyển)[^,;]{0,60}$'),
    right: rx(String.raw`^đơn\b`),
  },
  {
    // Guided (hướng dẫn) and transferred (chuyển) given apart are two halves of petitions.transferred.
    id: 'petitions.transferred.half',
    keys: [],
    left: rx('(?:hướng dẫn|chuyển)[^,;]*$'),
    right: rx(String.raw`^(?:đơn\b|$)`),
    statement: rx('hướng dẫn[\\s\\S]*chuyển|chuyển[\\s\\S]*hướng dẫn'),
  },

  // ── authority and transfer ──
  {
    // In a commune's report, "3 đơn thuộc thẩm quyền của UBND huyện" are not the commune's.
    id: 'petitions.outsideAuthority',
    keys: (c) => (c.commune ? ['petitions.transferred'] : []),
    right: rx(
      String.raw`^(?:đơn|vụ việc|vụ)\b[^,;]{0,20}thuộc thẩm quyền(?: giải quyết)?(?: của)? ${HIGHER}`,
    ),
  },
  {
    // "số đơn không thuộc thẩm quyền giải quyết 470"
    id: 'petitions.transferred.notInAuthority',
    keys: ['petitions.transferred'],
    left: rx(String.raw`không thuộc thẩm quyền(?: giải quyết)?(?: là| có)?\s*:?\s*$`),
    right: rx(String.raw`^(?:đơn\b|\.?$)`),
    leftSentence: rx(String.raw`đơn\b`),
  },
  {
    // "đơn thuộc thẩm quyền giải quyết của UBND Phường là 7 đơn", "Số đơn thuộc thẩm quyền giải
    // quyết 710", "tiếp nhận giải quyết theo thẩm quyền 2.886 đơn"
    id: 'petitions.inAuthority.before',
    keys: ['petitions.inAuthority'],
    left: rx(String.raw`(?:(?<!không )thuộc|theo) thẩm quyền[^,;]{0,40}?(?: là| có)?\s*:?\s*$`),
    right: rx(String.raw`^(?:(?:đơn|vụ việc|vụ)\b|\.?$)`),
    sentence: rx(String.raw`(?:đơn|vụ việc)\b`),
  },
  {
    // "tiếp nhận 66 đơn … Trong đó, đã chuyển 41 đơn …, thụ lý giải quyết 25 đơn": those kept, in
    // authority. With no number received before it, "thụ lý" is the petitions taken in.
    id: 'petitions.acceptedOf',
    keys: ['petitions.inAuthority'],
    left: rx(String.raw`thụ lý(?: giải quyết)?\s*:?\s*$`),
    right: rx(String.raw`^(?:đơn|vụ việc)\b`),
    leftNear: rx(String.raw`(?:tiếp nhận|nhận được|nhận)[^\d]{0,30}\d[\d.]* (?:đơn|vụ việc)`),
  },
  {
    // "hướng dẫn công dân … 780 đơn", "chuyển cơ quan có thẩm quyền giải quyết 1.742 đơn"
    id: 'petitions.transferred.before',
    keys: ['petitions.transferred'],
    left: rx('(?:hướng dẫn|chuyển)[^,;]{0,60}$'),
    // "giao, chuyển 85 vụ việc"
    right: rx(String.raw`^(?:đơn|vụ việc)\b`),
  },

  // ── kinds ──
  {
    // "tiếp nhận 7.156 đơn khiếu nại, tố cáo, kiến nghị, phản ảnh", "836 đơn thư khiếu nại, tố cáo"
    id: 'petitions.allKinds',
    keys: petitionsByStep,
    rightSentence: rx(`^${UNIT} ${KINDS_TOGETHER}`),
  },
  {
    // "651 đơn khiếu nại", "gồm 167 khiếu nại, 22 tố cáo và 991 kiến nghị", "32/52 vụ việc KN"
    id: 'petitions.kind.after',
    keys: (c) => kindKeys(kindFamily(KIND_AFTER.exec(c.right)?.[1] ?? ''), c.leftStatement, c),
    right: KIND_AFTER,
    // "Đã giải quyết được 1.266/1.322 vụ khiếu nại và 53/55 vụ tố cáo"
    statement: rx(String.raw`(?:đơn|vụ việc|vụ)\b`),
  },
  {
    // "(KN 76, TC 143 và kiến nghị, đề nghị 3.448 đơn)", "trong đó: tố cáo 2 đơn"
    id: 'petitions.kind.before',
    keys: (c) => {
      const m = KIND_BEFORE.exec(c.leftStatement);
      if (!m) return [];
      return kindKeys(kindFamily(m[2] ?? ''), c.leftStatement.slice(0, m.index + (m[1] ?? '').length), c);
    },
    leftSentence: KIND_BEFORE,
    right: rx(String.raw`^(?:(?:đơn|vụ việc|vụ)\b|và\b|$)`),
    // "101 đơn (khiếu nại 20; tố cáo 02; kiến nghị, phản ánh 79)": the statement names the unit.
    statement: rx(String.raw`(?:đơn|vụ việc)\b`),
  },

  // ── steps ──
  {
    // "Về giải quyết đơn khiếu nại tranh chấp đất đai đã giải quyết 04 đơn": the topic names the kind.
    id: 'petitions.resolved.ofKind',
    keys: (c) => {
      const kinds = c.left.match(KIND_WORDS) ?? [];
      const families = new Set(kinds.map(kindFamily));
      return families.size === 1 ? [`${[...families][0]}.resolved` as IndicatorKey] : ['petitions.resolved'];
    },
    left: rx(
      String.raw`đơn (?:thư )?${KIND}[^\d,;]*(?<!chưa |đang |thẩm quyền )giải quyết(?: xong| dứt điểm| được)?\s*:?\s*$`,
    ),
    right: rx(String.raw`^(?:đơn|vụ việc|vụ)\b(?! (?:thư )?${KIND})`),
  },
  {
    id: 'petitions.resolved',
    keys: ['petitions.resolved'],
    left: rx(String.raw`(?:giải quyết(?: xong| dứt điểm| được)?)\s*:?\s*$`),
    notLeft: rx(
      String.raw`(?:(?:chưa|đang|thẩm quyền)(?: \p{L}+){0,3}|thụ lý) giải quyết(?: xong)?\s*:?\s*$`,
    ),
    right: rx(String.raw`^(?:đơn|vụ việc|vụ)\b`),
  },
  {
    id: 'petitions.inAuthority',
    keys: ['petitions.inAuthority'],
    right: rx(`^(?:đơn|vụ việc|vụ)[^,;]{0,20}(?<!không )thuộc thẩm quyền`),
  },
  {
    id: 'petitions.transferred',
    keys: ['petitions.transferred'],
    right: rx(`^(?:đơn|vụ việc|vụ)[^,;]{0,20}(?:không thuộc thẩm quyền|chuyển|hướng dẫn)`),
    // "tiếp nhận 45 đơn và đã chuyển đơn xử lý": a second clause, not what the 45 are.
    notRight: rx(String.raw`^(?:đơn|vụ việc|vụ)(?: thư)? và\b`),
  },
  {
    // "Tình hình đơn thư khiếu nại, tố cáo, … phát sinh trên địa bàn … năm 2021 là 8.722 đơn": the
    // petitions are the subject of the sentence, their number its predicate.
    id: 'petitions.received.subject',
    keys: ['petitions.received'],
    left: rx(String.raw`(?:^|\s)là\s*:?\s*$`),
    right: rx(String.raw`^(?:đơn|đơn thư|lượt đơn)\b`),
    leftSentence: rx(String.raw`^(?:tình hình |tổng )?(?:số (?:lượng )?)?đơn(?: thư)?\b`),
    notLeftSentence: rx('(?:giải quyết|chuyển|thẩm quyền|hướng dẫn|rút|tồn|trả lời|lưu|đủ điều kiện)'),
  },
  {
    id: 'petitions.received',
    keys: ['petitions.received'],
    right: rx(String.raw`^(?:đơn|lượt đơn|đơn thư)\b`),
    // "Có 1 đơn hòa giải không thành": a request for mediation.
    notRight: rx(String.raw`^đơn (?:hòa|hoà) giải\b`),
    // "Toàn thành phố nhận 8.950 đơn thư các loại"
    // "thụ lý giải quyết 81 đơn": taken up. "có" only right before the number ("đã có kết luận 1 đơn").
    left: rx(
      `(?:(?:tiếp nhận|(?:^|\\s)(?<!xác |công )nhận|nhận được|tổng số|tổng|thụ lý)[^,;]{0,20}|(?:^|\\s)có\\s*:?)$`,
    ),
  },
];

// ── dialogue opinions by authority (a commune's report) ──

export const DIALOGUE_AUTHORITY_RULES: readonly IndicatorRule[] = [
  {
    // "02 ý kiến thuộc thẩm quyền giải quyết của thành phố": sent up.
    id: 'dialogues.escalated.authority',
    keys: (c) => (c.commune || /cấp trên/iu.test(c.right) ? ['dialogues.escalated'] : []),
    right: rx(
      String.raw`^(?:ý kiến|kiến nghị)\b[^,;]{0,30}thuộc thẩm quyền(?: giải quyết)?(?: của)? ${HIGHER}`,
    ),
    sentence: rx('đối thoại'),
  },
  {
    // "18 ý kiến thuộc thẩm quyền của phường": the commune's own, answered or not (no key says).
    id: 'dialogues.ownAuthority.none',
    keys: (c) => (c.commune ? null : []),
    right: rx(
      String.raw`^(?:ý kiến|kiến nghị)\b[^,;]{0,30}thuộc thẩm quyền(?: giải quyết)?(?: của)? (?:UBND |cấp )?(?:xã|phường|thị trấn)\b`,
    ),
    sentence: rx('đối thoại'),
  },
];
