import type { Authority, Genre, ReportStatus } from './types.ts';

// Labels mirror the server's (src/modules/reports/model.ts genreTitles), shortened for menus.

export const genreLabels: Record<Genre, string> = {
  'dan-van': 'Báo cáo công tác dân vận chính quyền',
  'so-ket': 'Báo cáo sơ kết dân vận chính quyền (nhiều năm)',
  cchc: 'Báo cáo cải cách hành chính',
};

export const statusLabels: Record<ReportStatus, string> = {
  draft: 'Dự thảo',
  final: 'Đã ban hành',
};

export const authorityLabels: Record<Authority, string> = {
  'TM.': 'TM. (thay mặt)',
  'KT.': 'KT. (ký thay)',
  'Q.': 'Q. (quyền)',
};

export const nav = {
  reports: 'Báo cáo',
  rollup: 'Tổng hợp toàn tỉnh',
};

export const list = {
  title: 'Báo cáo định kỳ',
  colGenre: 'Loại báo cáo',
  colPeriod: 'Kỳ báo cáo',
  colStatus: 'Trạng thái',
  colNumber: 'Số, ký hiệu',
  colUpdated: 'Cập nhật',
  version: (n: number) => `lần ${n}`,
  empty: 'Xã chưa lập báo cáo nào. Chọn loại báo cáo và kỳ báo cáo để Dân Vận soạn dự thảo từ số liệu.',
  emptyFiltered: 'Không có báo cáo nào khớp bộ lọc.',
  filterGenre: 'Lọc theo loại',
  filterAll: 'Tất cả',
  newTitle: 'Lập báo cáo mới',
  newHint:
    'Dân Vận soạn dự thảo từ số liệu của xã trong kỳ; các mục đánh giá được điền sẵn từ báo cáo cùng loại kỳ trước (nếu có).',
  genre: 'Loại báo cáo',
  period: 'Kỳ báo cáo',
  periodKind: 'Loại kỳ',
  periodHalf: '6 tháng',
  periodYear: 'Cả năm',
  periodYears: 'Nhiều năm',
  create: 'Soạn dự thảo',
  creating: 'Đang soạn dự thảo…',
  readOnly: 'Tài khoản của bạn chỉ được xem báo cáo.',
  page: (from: number, to: number, total: number) => `${from}–${to} / ${total}`,
  previous: 'Trang trước',
  next: 'Trang sau',
} as const;

export const view = {
  back: 'Danh sách báo cáo',
  number: (reference: string) => `Số: ${reference}`,
  noNumber: 'Chưa có số (cấp khi ban hành)',
  version: (n: number) => `Lần ${n}`,
  updated: (by: string | null, at: string) => `Cập nhật ${at}${by ? ` bởi ${by}` : ''}`,
  finalisedAt: (at: string) => `Ban hành ${at}`,
  downloadDocx: 'Tải về (DOCX)',
  preview: 'Xem bản in A4',
  previewHint: 'Mở trong thẻ mới; dùng lệnh In của trình duyệt để lưu thành PDF.',
  readOnly: 'Bạn đang xem báo cáo ở chế độ chỉ đọc.',
  frozen:
    'Báo cáo đã ban hành: nội dung và số liệu được giữ nguyên như lúc ban hành. Muốn sửa, tạo phiên bản mới (được cấp số mới).',
  empty: '(Chưa có nội dung)',
  figureHint: (label: string) => `Số liệu lấy từ dữ liệu: ${label}`,
  headerTitle: 'Thông tin văn bản',
  summary: 'Trích yếu',
  place: 'Địa danh',
  placeDate: 'Địa danh, ngày tháng',
  date: 'Ngày báo cáo',
  dateHint: 'Khi ban hành, ngày ghi trên báo cáo là ngày ban hành.',
  recipients: 'Nơi nhận',
  recipientsHint: 'Mỗi dòng một nơi nhận, ví dụ: UBND tỉnh; Sở Nội vụ; Lưu: VT.',
  authority: 'Thẩm quyền ký',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Họ và tên người ký',
  saveHeader: 'Lưu thông tin văn bản',
  headerSaved: 'Đã lưu thông tin văn bản.',
  invalidDate: 'Ngày không hợp lệ (dd/mm/yyyy).',
  required: 'Không được để trống.',
} as const;

export const editor = {
  paragraph: (section: string, n: number) => `${section} — đoạn ${n}`,
  generatedBadge: 'Từ số liệu',
  judgementBadge: 'Đánh giá của xã',
  editedBadge: 'Đã sửa tay',
  edit: 'Sửa đoạn này',
  saving: 'Đang lưu…',
  saved: (time: string) => `Đã lưu lúc ${time}`,
  unsaved: 'Chưa lưu',
  saveFailed: 'Chưa lưu được',
  conflict: 'Mục này vừa được người khác sửa. Đã tải lại nội dung mới nhất của mục.',
  placeholder: 'Nhập nội dung đánh giá của xã…',
  drifted: 'Số liệu trong đoạn không còn khớp với dữ liệu:',
  driftEdited: (label: string, from: string, to: string) =>
    `${label}: dữ liệu là ${from}, đoạn văn ghi ${to}.`,
  driftMissing: (label: string, from: string) => `${label} (${from}) không còn trong đoạn văn.`,
  regenerate: 'Cập nhật số liệu',
  regenerated: (kept: number) =>
    kept > 0
      ? `Đã cập nhật số liệu từ dữ liệu. Giữ nguyên ${kept} đoạn do cán bộ đã sửa.`
      : 'Đã cập nhật số liệu từ dữ liệu.',
  overwrite: (n: number) => `Thay cả ${n} đoạn đã sửa bằng số liệu mới`,
  check: 'Kiểm tra',
  checksTitle: 'Kết quả kiểm tra',
  checksOk: 'Không phát hiện lỗi. Báo cáo có thể ban hành.',
  checksSummary: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} lưu ý`,
  error: 'Lỗi',
  warning: 'Lưu ý',
  goTo: 'Đến đoạn văn',
  finalise: 'Ban hành',
  finaliseTitle: 'Ban hành báo cáo',
  finaliseText:
    'Khi ban hành, báo cáo được cấp số từ sổ văn bản đi (…/BC-UBND) và giữ nguyên nội dung, số liệu. Sau đó chỉ có thể sửa bằng phiên bản mới.',
  finaliseDate: 'Ngày ban hành',
  finaliseConfirm: 'Cấp số và ban hành',
  finalised: (reference: string) => `Đã ban hành báo cáo Số: ${reference}.`,
  finaliseRefused:
    'Chưa thể ban hành: xem các lỗi trong khung Kết quả kiểm tra và sửa các đoạn văn được chỉ ra.',
  newVersion: 'Tạo phiên bản mới',
  delete: 'Xóa dự thảo',
  deleteTitle: 'Xóa dự thảo báo cáo',
  deleteText: 'Dự thảo sẽ bị xóa (nội dung vẫn được lưu trong nhật ký). Tiếp tục?',
  cancel: 'Hủy',
  requiredEmpty: 'Mục bắt buộc, chưa có nội dung',
  addParagraph: 'Thêm đoạn',
  removeParagraph: 'Xóa đoạn',
} as const;
