// Statutory time limits seeded from RULES.md §4, keys exactly as written there. Tags are RULES.md's;
// where an effective date was not checked against the text, the note says so.

import type { DeadlineRule } from './rule.ts';

const COMPLAINT_LAW = 'Luật Khiếu nại 2011';
const COMPLAINT_LAW_IN_FORCE = '2012-07-01';
const DENUNCIATION_LAW = 'Luật Tố cáo 2018';
const DENUNCIATION_LAW_IN_FORCE = '2019-01-01';

export const seededDeadlineRules: readonly DeadlineRule[] = [
  {
    key: 'complaint.filingLimit',
    name: 'Thời hiệu khiếu nại',
    count: 90,
    unit: 'calendar',
    startEvent: 'knowledge',
    source: `${COMPLAINT_LAW}, Điều 9`,
    tag: 'V',
    effectiveFrom: COMPLAINT_LAW_IN_FORCE,
    note: 'Thời gian ốm đau, thiên tai, địch họa, đi công tác, học tập ở nơi xa… không tính vào thời hiệu.',
  },
  {
    key: 'complaint.accept',
    name: 'Thời hạn thụ lý giải quyết khiếu nại',
    count: 10,
    // The statute says "ngày"; some provinces count working days — edit the unit there.
    unit: 'calendar',
    startEvent: 'receipt',
    source: `${COMPLAINT_LAW}, Điều 27`,
    tag: 'V',
    effectiveFrom: COMPLAINT_LAW_IN_FORCE,
    note: 'Luật ghi "ngày"; một số tỉnh áp dụng ngày làm việc (có thể cấu hình).',
  },
  {
    key: 'complaint.firstInstance',
    name: 'Thời hạn giải quyết khiếu nại lần đầu',
    count: 30,
    unit: 'calendar',
    startEvent: 'acceptance',
    variants: { complex: 45, remote: 45, remoteComplex: 60 },
    source: `${COMPLAINT_LAW}, Điều 28`,
    tag: 'V',
    effectiveFrom: COMPLAINT_LAW_IN_FORCE,
  },
  {
    key: 'complaint.secondFilingWindow',
    name: 'Thời hạn khiếu nại lần hai',
    count: 30,
    unit: 'calendar',
    startEvent: 'firstDecisionOrExpiry',
    variants: { remote: 45 },
    source: `${COMPLAINT_LAW}, Điều 33`,
    tag: 'V',
    effectiveFrom: COMPLAINT_LAW_IN_FORCE,
  },
  {
    key: 'complaint.secondInstance',
    name: 'Thời hạn giải quyết khiếu nại lần hai',
    count: 45,
    unit: 'calendar',
    startEvent: 'acceptance',
    variants: { complex: 60, remote: 60, remoteComplex: 70 },
    source: `${COMPLAINT_LAW}, Điều 37`,
    tag: 'V',
    effectiveFrom: COMPLAINT_LAW_IN_FORCE,
  },
  {
    key: 'denunciation.intake',
    name: 'Thời hạn xử lý ban đầu thông tin tố cáo',
    count: 7,
    unit: 'working',
    startEvent: 'receipt',
    extension: {
      maxDays: 3,
      maxTimes: 1,
      condition: 'Trường hợp phải kiểm tra, xác minh tại nhiều địa điểm: không quá 10 ngày làm việc.',
    },
    source: `${DENUNCIATION_LAW}, Điều 24`,
    tag: 'U',
    effectiveFrom: DENUNCIATION_LAW_IN_FORCE,
  },
  {
    key: 'denunciation.notifyAfterAccept',
    name: 'Thời hạn thông báo việc thụ lý tố cáo',
    count: 5,
    unit: 'working',
    startEvent: 'acceptanceDecision',
    source: `${DENUNCIATION_LAW}, Điều 29`,
    tag: 'V',
    effectiveFrom: DENUNCIATION_LAW_IN_FORCE,
  },
  {
    key: 'denunciation.settle',
    name: 'Thời hạn giải quyết tố cáo',
    count: 30,
    unit: 'calendar',
    startEvent: 'acceptance',
    extension: {
      maxDays: 30,
      maxTimes: 2,
      condition:
        'Vụ việc phức tạp: gia hạn một lần; đặc biệt phức tạp: gia hạn hai lần; mỗi lần không quá 30 ngày, bằng văn bản và thông báo cho người tố cáo, người bị tố cáo.',
    },
    source: `${DENUNCIATION_LAW}, Điều 30`,
    tag: 'V',
    effectiveFrom: DENUNCIATION_LAW_IN_FORCE,
  },
  {
    key: 'feedback.forward',
    name: 'Thời hạn chuyển phản ánh, kiến nghị không thuộc thẩm quyền',
    count: 5,
    unit: 'working',
    startEvent: 'receipt',
    source: 'Nghị định 20/2008/NĐ-CP, sửa đổi bởi Nghị định 92/2017/NĐ-CP',
    tag: 'V',
    effectiveFrom: '2017-09-25',
    note: 'Ngày hiệu lực của Nghị định 92/2017/NĐ-CP chưa đối chiếu văn bản.',
  },
  {
    key: 'feedback.answerInCompetence',
    name: 'Thời hạn xử lý phản ánh, kiến nghị thuộc thẩm quyền',
    count: 15,
    unit: 'calendar',
    startEvent: 'receipt',
    source: 'Công điện 89/CĐ-TTg năm 2025',
    tag: 'P',
    effectiveFrom: '2025-07-01',
    note: 'Ngày áp dụng chưa xác minh; đặt theo mốc chính quyền hai cấp 01/7/2025.',
  },
  {
    key: 'dossier.due',
    name: 'Thời hạn giải quyết hồ sơ thủ tục hành chính',
    // Each procedure sheet sets N; the case passes it as `count`.
    unit: 'working',
    startEvent: 'completeDossier',
    sameDayCutoff: '15:00',
    source: 'Phiếu thủ tục hành chính; Nghị định 61/2018/NĐ-CP (nay Nghị định 118/2025/NĐ-CP)',
    tag: 'P',
    effectiveFrom: '2018-06-21',
    note: 'Thủ tục giải quyết trong ngày: hồ sơ nhận sau 15 giờ trả kết quả ngày làm việc tiếp theo.',
  },
];
