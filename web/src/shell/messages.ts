import type { Duty, Role } from '../lib/types.ts';

export const appName = 'Dân Vận';

export const roleLabels: Record<Role, string> = {
  officer: 'Cán bộ, công chức',
  leader: 'Lãnh đạo UBND',
  province: 'Chuyên viên tỉnh',
  admin: 'Quản trị',
};

export const dutyLabels: Record<Duty, string> = {
  onestop: 'Một cửa',
  justice: 'Tư pháp – hộ tịch',
  land: 'Địa chính – xây dựng',
  culture: 'Văn hóa – xã hội',
  office: 'Văn phòng – thống kê',
};

export const nav = {
  label: 'Điều hướng chính',
  home: 'Trang chủ',
  audit: 'Nhật ký thay đổi',
  password: 'Đổi mật khẩu',
  logout: 'Đăng xuất',
  openMenu: 'Mở menu',
  closeMenu: 'Đóng menu',
  skipToContent: 'Bỏ qua, đến nội dung chính',
} as const;

export const login = {
  title: 'Đăng nhập',
  subtitle: 'Phần mềm dân vận chính quyền và cải cách hành chính',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  submit: 'Đăng nhập',
  usernameRequired: 'Vui lòng nhập tên đăng nhập.',
  passwordRequired: 'Vui lòng nhập mật khẩu.',
  wrongCredentials: 'Sai tên đăng nhập hoặc mật khẩu.',
  tooManyAttempts: 'Quá nhiều lần thử đăng nhập. Vui lòng đợi một lát rồi thử lại.',
  tooManyAttemptsWait: (seconds: number) =>
    `Quá nhiều lần thử đăng nhập. Vui lòng thử lại sau ${Math.ceil(seconds / 60)} phút.`,
  portalLink: 'Cổng thông tin công dân',
  portalHint: 'Bạn là người dân?',
} as const;

export const password = {
  title: 'Đổi mật khẩu',
  current: 'Mật khẩu hiện tại',
  next: 'Mật khẩu mới',
  nextHint: 'Ít nhất 8 ký tự.',
  confirm: 'Nhập lại mật khẩu mới',
  submit: 'Đổi mật khẩu',
  currentRequired: 'Vui lòng nhập mật khẩu hiện tại.',
  tooShort: 'Mật khẩu mới phải có ít nhất 8 ký tự.',
  mismatch: 'Mật khẩu nhập lại không khớp.',
  sameAsCurrent: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
  success: 'Đã đổi mật khẩu.',
} as const;

export const switcher = {
  label: 'Đơn vị cấp xã',
  placeholder: 'Chọn xã, phường',
  nothingFound: 'Không tìm thấy đơn vị',
} as const;
