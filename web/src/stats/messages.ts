export const statsPage = {
  nav: 'Thống kê chung',
  title: 'Thống kê chung',
  intro:
    'Mọi chỉ tiêu của xã trong kỳ, tính từ dữ liệu đã ghi: đúng những con số báo cáo định kỳ trích dẫn. Số hồ sơ một cửa chi tiết theo tháng, lĩnh vực: xem Thống kê một cửa.',
  noCommune: 'Chọn một xã để xem thống kê.',
  indicator: 'Chỉ tiêu',
  value: 'Số liệu',
  key: 'Mã chỉ tiêu',
} as const;
