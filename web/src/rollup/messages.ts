import type { Mark, Source } from './types.ts';

export const rollup = {
  title: 'Tổng hợp toàn tỉnh',
  province: 'Tỉnh',
  genre: 'Loại báo cáo',
  period: 'Kỳ báo cáo',
  periodHalf: '6 tháng',
  periodYear: 'Cả năm',
  periodYears: 'Nhiều năm',
  indicators: 'Chỉ tiêu hiển thị',
  indicatorsHint: 'Chọn các chỉ tiêu cần so sánh giữa các xã (tối đa 40).',
  provinceOnly: 'Bảng tổng hợp các xã chỉ dành cho cán bộ cấp tỉnh (Sở Nội vụ) và quản trị hệ thống.',
  noProvince: 'Tài khoản chưa được gắn với tỉnh nào.',
  colCommune: 'Xã, phường',
  colSource: 'Nguồn số liệu',
  colReport: 'Báo cáo',
  total: 'Toàn tỉnh',
  average: 'Bình quân',
  sortBy: (label: string) => `Sắp xếp theo ${label}`,
  caption: (period: string, n: number) => `Số liệu ${period} của ${n} xã, phường`,
  empty: 'Tỉnh chưa có xã, phường nào.',
  downloadXlsx: 'Tải bảng (Excel)',
  downloadDocx: 'Tải báo cáo tổng hợp (DOCX)',
  notFinalisedTitle: 'Chưa ban hành báo cáo',
  notFinalisedNone: 'Tất cả các xã, phường đã ban hành báo cáo kỳ này.',
  notFinalisedCount: (n: number) => `${n} xã, phường chưa ban hành báo cáo kỳ này:`,
  draftOpen: 'xem dự thảo',
  noReport: 'chưa lập',
  reportFinal: (reference: string | null) => (reference ? `Số ${reference}` : 'Đã ban hành'),
  reportDraft: 'Dự thảo',
  reportNone: 'Chưa lập',
  outliers: 'Đánh dấu bất thường',
  chartTitle: 'So sánh giữa các xã',
  chartIndicator: 'Chỉ tiêu',
  chartAverage: (v: string) => `Vạch đứng: bình quân các xã (${v}).`,
  missing: '—',
  missingLabel: 'không có số liệu',
} as const;

export const sourceLabels: Record<Source, string> = {
  data: 'Dữ liệu Dân Vận',
  intake: 'Theo báo cáo',
  none: 'Chưa có số liệu',
};

export const sourceHints: Record<Source, string> = {
  data: 'Tính từ các sổ theo dõi của xã trên Dân Vận.',
  intake: 'Số liệu đọc từ báo cáo do xã gửi lên (xã chưa ghi sổ trên Dân Vận).',
  none: 'Xã chưa ghi sổ trên Dân Vận và chưa gửi báo cáo kỳ này.',
};

export const markLabels: Record<Mark, string> = {
  high: 'Cao bất thường',
  low: 'Thấp bất thường',
};
