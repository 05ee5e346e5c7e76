import type { CommunicationKind } from './types.ts';

// Labels mirror the server's (src/modules/initiatives/schema.ts), word for word.
export const kindLabels: Record<CommunicationKind, string> = {
  broadcast: 'Tin, bài phát trên hệ thống truyền thanh',
  banner: 'Băng rôn, khẩu hiệu, pa nô',
  conference: 'Hội nghị tuyên truyền',
  webPost: 'Tin, bài trên trang thông tin điện tử',
  contest: 'Cuộc thi',
};

export const common = {
  year: 'Năm',
  required: 'Không được để trống',
  dateInvalid: 'Ngày không hợp lệ (dd/mm/yyyy)',
  numberInvalid: 'Số không hợp lệ',
  endBeforeStart: 'Ngày kết thúc phải sau ngày bắt đầu',
  save: 'Lưu',
  cancel: 'Hủy',
  edit: 'Sửa',
  saved: 'Đã lưu.',
};

export const movements = {
  title: 'Phong trào thi đua',
  intro: 'Các phong trào thi đua được phát động trong năm, kế hoạch phát động và thời gian thực hiện.',
  add: 'Phát động phong trào',
  count: (n: string) => `${n} phong trào`,
  empty: 'Chưa có phong trào nào trong năm.',
  colName: 'Tên phong trào',
  colPlan: 'Kế hoạch phát động',
  colPeriod: 'Thời gian',
  colActions: 'Thao tác',
  noPlan: 'Chưa gắn văn bản',
  ongoing: 'nay',
  createTitle: 'Phát động phong trào thi đua',
  editTitle: 'Sửa phong trào thi đua',
  name: 'Tên phong trào',
  plan: 'Kế hoạch phát động (sổ văn bản)',
  planHint: 'Gõ số hoặc trích yếu để tìm',
  noPlanOption: 'Không gắn văn bản',
  startsOn: 'Ngày phát động',
  endsOn: 'Ngày kết thúc',
  description: 'Nội dung, chỉ tiêu',
};

export const communication = {
  title: 'Nhật ký tuyên truyền',
  intro:
    'Tin bài phát trên truyền thanh, băng rôn khẩu hiệu, hội nghị tuyên truyền, tin trên trang thông tin điện tử, cuộc thi.',
  add: 'Ghi hoạt động tuyên truyền',
  kind: 'Hình thức',
  allKinds: 'Mọi hình thức',
  count: (n: string) => `${n} hoạt động`,
  empty: 'Chưa ghi hoạt động tuyên truyền nào.',
  totals: 'Tổng hợp theo hình thức',
  sum: 'Cộng',
  colKind: 'Hình thức',
  colTimes: 'Số lần ghi',
  colQuantity: 'Số lượng',
  colParticipants: 'Người tham dự',
  colEntries: 'Bài dự thi',
  colDate: 'Ngày',
  colTitle: 'Nội dung',
  colMovement: 'Thuộc phong trào',
  colActions: 'Thao tác',
  createTitle: 'Ghi hoạt động tuyên truyền',
  editTitle: 'Sửa hoạt động tuyên truyền',
  date: 'Ngày',
  titleField: 'Nội dung, tên hoạt động',
  quantity: 'Số lượng (lượt phát, băng rôn…)',
  participants: 'Số người tham dự',
  entries: 'Số bài dự thi',
  movement: 'Thuộc phong trào',
  noMovement: 'Không thuộc phong trào nào',
  note: 'Ghi chú',
  truncated: (shown: string, total: string) =>
    `Đang hiện ${shown} trong ${total} hoạt động; thu hẹp bộ lọc để xem hết.`,
};
