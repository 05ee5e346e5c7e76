import { daysBetween } from '../../domain/calendar/index.ts';
import type { Verification } from '../../domain/verification.ts';

/**
 * Luật Thực hiện dân chủ ở cơ sở 2022 (in force 1 July 2023), art. 11: what the commune must
 * disclose (RULES.md §7). Items 1–3 were read in the law (V); the rest of the list is shipped as
 * an editable default (U). A commune edits names, marks categories not required or adds its own;
 * its rows override these by code.
 */
export interface CategoryDefault {
  code: string;
  name: string;
  required: boolean;
  source: string;
  tag: Verification;
}

const LAW = 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 11';

export const defaultCategories: readonly CategoryDefault[] = [
  {
    code: 'socioEconomicPlan',
    name: 'Kế hoạch phát triển kinh tế - xã hội hằng năm và kết quả thực hiện',
    required: true,
    source: `${LAW}, khoản 1`,
    tag: 'V',
  },
  {
    code: 'budget',
    name: 'Dự toán, tình hình thực hiện dự toán ngân sách (quý, 6 tháng, năm), quyết toán ngân sách, kết quả kiểm toán',
    required: true,
    source: `${LAW}, khoản 2`,
    tag: 'V',
  },
  {
    code: 'investmentLand',
    name: 'Dự án đầu tư; thu hồi đất, bồi thường, hỗ trợ, tái định cư; quy hoạch sử dụng đất, quy hoạch xây dựng',
    required: true,
    source: `${LAW}, khoản 3`,
    tag: 'V',
  },
  {
    code: 'fees',
    name: 'Các khoản phí, lệ phí, các khoản thu và đóng góp của Nhân dân',
    required: true,
    source: LAW,
    tag: 'U',
  },
  {
    code: 'beneficiaries',
    name: 'Danh sách hộ nghèo, hộ cận nghèo và đối tượng được hưởng chính sách an sinh xã hội',
    required: true,
    source: LAW,
    tag: 'U',
  },
  {
    code: 'policies',
    name: 'Chủ trương, chính sách, chế độ đối với người dân và việc tổ chức thực hiện',
    required: true,
    source: LAW,
    tag: 'U',
  },
  {
    code: 'receptionSchedule',
    name: 'Lịch tiếp công dân; kết quả giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh',
    required: true,
    source: LAW,
    tag: 'U',
  },
  {
    code: 'procedures',
    name: 'Thủ tục hành chính, quy tắc ứng xử và kết quả giải quyết tại Bộ phận Một cửa',
    required: true,
    source: LAW,
    tag: 'U',
  },
  {
    code: 'inspectionResults',
    name: 'Kết quả thanh tra, kiểm tra, giải quyết vụ việc tiêu cực, tham nhũng của cán bộ, công chức xã',
    required: true,
    source: LAW,
    tag: 'U',
  },
  {
    code: 'consultationResults',
    name: 'Kết quả lấy ý kiến Nhân dân và việc tiếp thu, giải trình',
    required: false,
    source: LAW,
    tag: 'U',
  },
];

/** Forms of disclosure (RULES.md §7, U): where an item was made public. */
export const disclosurePlaces = [
  'committeeBoard',
  'villageHouse',
  'webPortal',
  'loudspeaker',
  'meeting',
  'villageHead',
  'massMedia',
] as const;
export type DisclosurePlace = (typeof disclosurePlaces)[number];

export const placeLabels: Record<DisclosurePlace, string> = {
  committeeBoard: 'Niêm yết tại trụ sở UBND',
  villageHouse: 'Niêm yết tại nhà văn hóa thôn, tổ dân phố',
  webPortal: 'Trang thông tin điện tử',
  loudspeaker: 'Hệ thống truyền thanh',
  meeting: 'Hội nghị, cuộc họp',
  villageHead: 'Qua trưởng thôn, tổ trưởng tổ dân phố',
  massMedia: 'Phương tiện thông tin đại chúng',
};

/** Posting (niêm yết) is what the minimum duration applies to. */
export const postingPlaces: readonly DisclosurePlace[] = ['committeeBoard', 'villageHouse'];

export const postingRule = {
  name: 'Thời gian niêm yết công khai tối thiểu',
  defaultDays: 30,
  source: 'Luật Thực hiện dân chủ ở cơ sở 2022 (thời hạn niêm yết)',
  tag: 'U' as Verification,
};

/** Consecutive calendar days from the first to the last, both included. */
export const spanDays = (from: string, to: string) => daysBetween(from, to) + 1;

/**
 * Drafts put to the people for opinions (art. 25, U). The example reports post them for at
 * least 20 consecutive days; the minimum is a per-type setting a commune may raise or lower.
 */
export const draftTypes = [
  'plan',
  'landUse',
  'boundary',
  'compensation',
  'investment',
  'rules',
  'other',
] as const;
export type DraftType = (typeof draftTypes)[number];

export const draftTypeLabels: Record<DraftType, string> = {
  plan: 'Kế hoạch, chương trình phát triển kinh tế - xã hội',
  landUse: 'Quy hoạch, kế hoạch sử dụng đất',
  boundary: 'Thành lập, nhập, chia, điều chỉnh địa giới đơn vị hành chính',
  compensation: 'Phương án bồi thường, hỗ trợ, tái định cư',
  investment: 'Dự án đầu tư, công trình do Nhân dân đóng góp',
  rules: 'Dự thảo quy định, quy chế, hương ước, quy ước',
  other: 'Nội dung khác',
};

export const consultationRule = {
  name: 'Thời gian lấy ý kiến Nhân dân tối thiểu',
  defaultDays: 20,
  source: 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 25; các báo cáo mẫu niêm yết dự thảo 20 ngày liên tục',
  tag: 'U' as Verification,
};
