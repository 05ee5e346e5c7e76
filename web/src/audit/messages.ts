import type { AuditAction } from '../lib/types.ts';

export const audit = {
  title: 'Nhật ký thay đổi',
  intro: 'Mọi thao tác tạo, sửa, xóa dữ liệu đều được ghi lại tại đây.',
  filters: 'Bộ lọc',
  entity: 'Đối tượng',
  action: 'Hành động',
  actor: 'Người thực hiện',
  from: 'Từ ngày',
  to: 'Đến ngày',
  all: 'Tất cả',
  apply: 'Lọc',
  clear: 'Xóa bộ lọc',
  filterByActor: (name: string) => `Lọc theo người thực hiện: ${name}`,
  dateOrder: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.',
  invalidDate: 'Ngày không hợp lệ, hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/01/2025.',
  colTime: 'Thời gian',
  colCommune: 'Đơn vị',
  scope: 'Phạm vi',
  scopeCommune: 'Xã đang chọn',
  scopeAll: 'Mọi xã và hệ thống',
  noCommuneEntry: 'Toàn hệ thống',
  colActor: 'Người thực hiện',
  colEntity: 'Đối tượng',
  colAction: 'Hành động',
  colDetail: 'Chi tiết',
  system: 'Hệ thống',
  showDiff: 'Xem thay đổi',
  hideDiff: 'Ẩn thay đổi',
  diffCaption: (entity: string, time: string) => `Nội dung thay đổi của ${entity} lúc ${time}`,
  field: 'Trường',
  before: 'Trước',
  after: 'Sau',
  emptyValue: '(trống)',
  noChanges: 'Không có trường nào thay đổi.',
  empty: 'Không có bản ghi nào phù hợp.',
  range: (first: string, last: string, total: string) => `Hiển thị ${first}–${last} trong ${total} bản ghi`,
  pagination: 'Phân trang nhật ký',
  pageN: (n: number) => `Trang ${n}`,
  pageControls: { first: 'Trang đầu', previous: 'Trang trước', next: 'Trang sau', last: 'Trang cuối' },
  noCommune: 'Tài khoản chưa được gán đơn vị cấp xã nào.',
  requestId: 'Mã yêu cầu',
  forbiddenTitle: 'Không có quyền xem nhật ký',
  forbiddenText: 'Chỉ lãnh đạo UBND và quản trị viên được xem nhật ký thay đổi.',
  unknownActor: (id: string) => `Người dùng ${id}`,
} as const;

export const actionLabels: Record<AuditAction, string> = {
  create: 'Tạo',
  update: 'Sửa',
  delete: 'Xóa',
};

export const actionColors: Record<AuditAction, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
};

/** Vietnamese names of the audited entities; an unknown entity shows its code. Extend as modules land. */
export const entityLabels: Record<string, string> = {
  commune: 'Đơn vị cấp xã',
  village: 'Thôn, tổ dân phố',
  user: 'Tài khoản',
  province: 'Tỉnh, thành phố',
  district: 'Huyện',
};

export function entityLabel(entity: string): string {
  return entityLabels[entity] ?? entity;
}
