// The rules of RULES.md §4 that set no time limit (how a matter is handled, how often citizens are
// received). Kept beside the deadlines so every §4 key has one home and a source.

import type { IsoDate } from '../calendar/local-date.ts';
import type { Verification } from '../verification.ts';

export interface ProceduralRule {
  key: string;
  name: string;
  /** The rule in Vietnamese, as shown to staff. */
  text: string;
  source: string;
  tag: Verification;
  effectiveFrom: IsoDate;
}

const RECEPTION_LAW_IN_FORCE = '2014-07-01';

export const seededProceduralRules: readonly ProceduralRule[] = [
  {
    key: 'denunciation.anonymous',
    name: 'Tố cáo nặc danh',
    text: 'Không xử lý như tố cáo; nếu nội dung vi phạm cụ thể, có tài liệu chứng cứ cụ thể và có cơ sở thẩm tra, xác minh thì tiến hành thanh tra, kiểm tra phục vụ công tác quản lý.',
    source: 'Luật Tố cáo 2018, Điều 25',
    tag: 'V',
    effectiveFrom: '2019-01-01',
  },
  {
    key: 'denunciation.identity',
    name: 'Bảo mật thông tin người tố cáo',
    text: 'Họ tên, địa chỉ, bút tích và các thông tin cá nhân khác của người tố cáo phải được giữ bí mật.',
    source: 'Luật Tố cáo 2018, Điều 8, Điều 9 khoản 1 điểm b, Chương V',
    tag: 'V',
    effectiveFrom: '2019-01-01',
  },
  {
    key: 'reception.chairmanMinimum',
    name: 'Lịch tiếp công dân của Chủ tịch UBND cấp xã',
    text: 'Chủ tịch UBND cấp xã tiếp công dân ít nhất 01 ngày trong 01 tuần tại trụ sở UBND.',
    source: 'Luật Tiếp công dân 2013, Điều 15 khoản 2 điểm d',
    tag: 'V',
    effectiveFrom: RECEPTION_LAW_IN_FORCE,
  },
  {
    key: 'reception.kinds',
    name: 'Các hình thức tiếp công dân',
    text: 'Tiếp công dân thường xuyên (cán bộ được phân công, mọi ngày làm việc), định kỳ (người đứng đầu) và đột xuất (vụ việc khẩn cấp, phức tạp, nhiều người tham gia).',
    source: 'Luật Tiếp công dân 2013, Điều 18; Thông tư 04/2021/TT-TTCP',
    tag: 'P',
    effectiveFrom: RECEPTION_LAW_IN_FORCE,
  },
  {
    key: 'reception.conclusionNotice',
    name: 'Thông báo kết luận tiếp công dân',
    text: 'Sau khi tiếp công dân, người đứng đầu ban hành văn bản thông báo kết luận.',
    source: 'Thông tư 04/2021/TT-TTCP',
    tag: 'V',
    // Date the circular applies from not checked against its text.
    effectiveFrom: '2021-11-15',
  },
];
