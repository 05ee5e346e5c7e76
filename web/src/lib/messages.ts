/** Messages shared by every area: network and generic errors, common words. */
export const common = {
  networkError: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  unexpectedError: 'Đã có lỗi xảy ra. Vui lòng thử lại sau.',
  requestId: 'Mã yêu cầu',
  loading: 'Đang tải…',
  retry: 'Thử lại',
  notFoundTitle: 'Không tìm thấy trang',
  notFoundText: 'Địa chỉ này không tồn tại hoặc đã được thay đổi.',
  backHome: 'Về trang chủ',
  demoBadge: 'Dữ liệu minh họa',
  demoHint: 'Đây là dữ liệu minh họa, không phải số liệu thật của đơn vị.',
  togglePassword: 'Hiện hoặc ẩn ký tự đã nhập',
} as const;
