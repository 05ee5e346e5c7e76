import type { DayKind, Verification } from './types.ts';

export const calendar = {
  nav: 'Lịch làm việc',
  title: 'Lịch làm việc và thời hạn',
  intro:
    'Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù dùng để tính ngày hẹn trả và mọi thời hạn theo ngày làm việc.',
  year: 'Năm',
  prevYear: 'Năm trước',
  nextYear: 'Năm sau',
  legend: 'Chú thích',
  monthCaption: (month: number, year: number) => `Tháng ${month}/${year}`,
  weekdays: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'],
  weekdayNames: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'],
  daysOffTitle: 'Ngày nghỉ trong năm (ngoài thứ Bảy, Chủ nhật)',
  makeUpTitle: 'Ngày làm bù',
  none: 'Không có.',
  colDate: 'Ngày',
  colName: 'Tên',
  workingCount: (n: string) => `${n} ngày làm việc trong năm`,
  overrideTitle: 'Lịch nghỉ đã công bố của năm',
  overrideIntro:
    'Ghi theo thông báo chính thức hằng năm (thường là lịch nghỉ Tết và hoán đổi ngày làm việc). Các ngày lễ được chọn dưới đây sẽ lấy theo đợt nghỉ đã khai báo thay cho ngày mặc định.',
  noOverride: 'Năm này chưa có lịch công bố: áp dụng quy tắc mặc định của Bộ luật Lao động.',
  updated: (at: string, by: string | null) => `Cập nhật lần cuối ${at}${by ? ` bởi ${by}` : ''}`,
  replaces: 'Thay ngày mặc định của các ngày lễ',
  daysOff: 'Các đợt nghỉ',
  workingDays: 'Ngày làm bù (thường là thứ Bảy)',
  from: 'Từ ngày',
  to: 'Đến ngày',
  date: 'Ngày',
  name: 'Tên',
  source: 'Căn cứ, nguồn',
  tag: 'Mức xác minh',
  addDaysOff: 'Thêm đợt nghỉ',
  addWorkingDay: 'Thêm ngày làm bù',
  remove: 'Xóa dòng',
  save: 'Lưu lịch năm',
  reset: 'Hoàn tác',
  deleteOverride: 'Bỏ lịch công bố, dùng quy tắc mặc định',
  confirmDelete: 'Bỏ lịch công bố của năm này? Các ngày nghỉ sẽ tính theo quy tắc mặc định.',
  saved: 'Đã lưu lịch năm.',
  required: 'Không được để trống.',
  invalidDate: 'Ngày không hợp lệ (dd/mm/yyyy).',
  outsideYear: (year: number) => `Ngày phải thuộc năm ${year}.`,
  dateOrder: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.',
  readOnly: 'Chỉ quản trị viên được sửa lịch làm việc và thời hạn.',
  rulesTitle: 'Quy định thời hạn',
  rulesIntro:
    'Mỗi quy định có thể có nhiều phiên bản theo ngày hiệu lực; vụ việc bắt đầu trước ngày hiệu lực giữ phiên bản cũ.',
  colRule: 'Quy định',
  colLimit: 'Thời hạn',
  colStart: 'Tính từ',
  colFrom: 'Áp dụng từ',
  colSource: 'Căn cứ',
  colTag: 'Xác minh',
  inForce: 'Đang áp dụng',
  oldVersion: 'Phiên bản cũ',
  days: (n: string, unit: 'working' | 'calendar') => `${n} ${unit === 'working' ? 'ngày làm việc' : 'ngày'}`,
  perProcedure: 'Theo từng thủ tục',
  variants: 'Trường hợp riêng',
  extension: (days: string, times: string) => `Gia hạn tối đa ${days} ngày, ${times} lần`,
  cutoff: (time: string) => `Nhận sau ${time} tính từ ngày làm việc tiếp theo`,
} as const;

export const dayKindLabels: Record<DayKind, string> = {
  working: 'Ngày làm việc',
  weekend: 'Thứ Bảy, Chủ nhật',
  holiday: 'Ngày lễ, Tết',
  compensatory: 'Nghỉ bù',
  officialDayOff: 'Nghỉ theo thông báo',
  makeUpWorkingDay: 'Làm bù',
};

export const dayKindColors: Record<DayKind, { bg: string; fg: string }> = {
  working: { bg: '#ffffff', fg: '#212529' },
  weekend: { bg: '#e9ecef', fg: '#495057' },
  holiday: { bg: '#c92a2a', fg: '#ffffff' },
  compensatory: { bg: '#f08c00', fg: '#000000' },
  officialDayOff: { bg: '#ffc9c9', fg: '#7a1010' },
  makeUpWorkingDay: { bg: '#1971c2', fg: '#ffffff' },
};

export const verificationLabels: Record<Verification, string> = {
  V: 'đã xác minh',
  P: 'xác minh một phần',
  U: 'chưa xác minh',
};

export const verificationColors: Record<Verification, string> = {
  V: 'green',
  P: 'yellow',
  U: 'red',
};

export const variantLabels: Record<string, string> = {
  complex: 'vụ việc phức tạp',
  remote: 'vùng sâu, vùng xa',
  remoteComplex: 'vùng sâu, vùng xa, phức tạp',
};
