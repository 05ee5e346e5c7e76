export const home = {
  province: 'Tỉnh, thành phố',
  district: 'Huyện (trước 01/7/2025)',
  profileTitle: 'Thông tin chung',
  profileAsOf: (date: string) => `Số liệu tính đến ngày ${date}`,
  noProfile: 'Chưa có số liệu thông tin chung của đơn vị.',
  villagesTitle: 'Thôn, tổ dân phố',
  noVillages: 'Chưa có danh sách thôn, tổ dân phố.',
  noCommune: 'Tài khoản chưa được gán đơn vị cấp xã nào. Vui lòng liên hệ quản trị viên.',
} as const;

/** Profile indicators shown on the home page, in this order, with their decimals. */
export const profileIndicators = [
  { key: 'profile.areaHa', label: 'Diện tích tự nhiên (ha)', decimals: 2 },
  { key: 'profile.households', label: 'Số hộ', decimals: 0 },
  { key: 'profile.population', label: 'Nhân khẩu', decimals: 0 },
  { key: 'profile.villages', label: 'Số thôn, tổ dân phố', decimals: 0 },
] as const;
