import type { CivilStatusEvent } from '../onestop/types.ts';
import type { LetterKind, LetterStatus, Paper, SubjectNames } from './types.ts';

// Labels mirror the server's (src/modules/letters/schema.ts), word for word.

export const kindLabels: Record<LetterKind, string> = {
  newborn: 'Thư chúc mừng trẻ mới sinh',
  marriage: 'Thư chúc mừng đăng ký kết hôn',
  condolence: 'Thư chia buồn',
};

export const statusLabels: Record<LetterStatus, string> = {
  draft: 'Dự thảo',
  sent: 'Đã gửi',
  cancelled: 'Không gửi',
};

export const statusColors: Record<LetterStatus, string> = {
  draft: 'blue',
  sent: 'green',
  cancelled: 'gray',
};

export const paperLabels: Record<Paper, string> = { A4: 'Khổ A4', A5: 'Khổ A5' };

/** The names each kind of letter needs, in the order the form asks for them. */
export const namesOfKind: Record<LetterKind, (keyof SubjectNames)[]> = {
  newborn: ['child', 'father', 'mother'],
  marriage: ['husband', 'wife'],
  condolence: ['deceased', 'family'],
};

/** The same names, by the civil-status event a dossier registers (the desk asks for them). */
export const namesOfEvent: Record<CivilStatusEvent, (keyof SubjectNames)[]> = {
  birth: namesOfKind.newborn,
  marriage: namesOfKind.marriage,
  death: namesOfKind.condolence,
};

export const nameLabels: Record<keyof SubjectNames | 'commune', string> = {
  child: 'Họ tên trẻ',
  father: 'Họ tên cha',
  mother: 'Họ tên mẹ',
  husband: 'Họ tên chồng',
  wife: 'Họ tên vợ',
  deceased: 'Người từ trần',
  family: 'Gia đình nhận thư',
  commune: 'Tên xã trong câu',
};

export const letters = {
  title: 'Thư chính quyền thân thiện',
  intro:
    'Thư chúc mừng, thư chia buồn của Chủ tịch UBND gửi gia đình khi hồ sơ khai sinh, kết hôn, khai tử được trả kết quả.',
  propose: 'Đề xuất thư cho hồ sơ đã trả kết quả',
  proposed: (n: string) => `Đã đề xuất ${n} thư mới.`,
  proposedNone: 'Không có hồ sơ hộ tịch mới trả kết quả cần gửi thư.',
  templates: 'Mẫu thư',
  status: 'Trạng thái',
  all: 'Tất cả',
  kind: 'Loại thư',
  allKinds: 'Tất cả loại thư',
  count: (n: string) => `${n} thư`,
  empty: 'Không có thư nào.',
  emptyDrafts: 'Không có thư dự thảo nào. Bấm “Đề xuất thư” sau khi trả kết quả hồ sơ hộ tịch.',
  colDate: 'Ngày thư',
  colKind: 'Loại thư',
  colDossier: 'Hồ sơ',
  colRecipient: 'Kính gửi',
  colStatus: 'Trạng thái',
  open: 'Mở thư',
  missingNames: 'Còn thiếu họ tên',
  pages: 'Trang',
};

export const letter = {
  back: 'Danh sách thư',
  dossier: 'Hồ sơ',
  returned: 'Ngày trả kết quả',
  sentOn: (d: string) => `Đã gửi ngày ${d}`,
  incomplete: 'Thư còn chỗ trống “……”: ghi đủ họ tên trước khi gửi.',
  namesTitle: 'Họ tên trong hồ sơ',
  namesHint:
    'Ghi họ tên vào hồ sơ rồi viết lại thư từ mẫu. Những chỗ đã sửa trong thư sẽ được thay bằng nội dung mẫu.',
  refill: 'Ghi họ tên và viết lại thư từ mẫu',
  refilled: 'Đã ghi họ tên và viết lại thư từ mẫu.',
  textTitle: 'Nội dung thư',
  recipient: 'Kính gửi',
  heading: 'Tiêu đề thư',
  body: 'Nội dung',
  bodyHint: 'Mỗi dòng là một đoạn văn.',
  paper: 'Khổ giấy',
  letterDate: 'Ngày ghi trên thư',
  signerName: 'Người ký (Chủ tịch UBND)',
  save: 'Lưu thư',
  saved: 'Đã lưu thư.',
  required: 'Không được để trống',
  dateInvalid: 'Ngày không hợp lệ (dd/mm/yyyy)',
  download: 'Tải thư (DOCX) để in',
  sendTitle: 'Gửi thư',
  sentDate: 'Ngày gửi',
  markSent: 'Đánh dấu đã gửi',
  cancel: 'Không gửi thư này',
  cancelConfirm: 'Thư sẽ không được gửi và không sửa được nữa. Tiếp tục?',
  confirm: 'Xác nhận',
  close: 'Đóng',
  readOnly: 'Thư đã gửi hoặc đã hủy, không sửa được nữa.',
  noWrite: 'Tài khoản của bạn chỉ được xem thư.',
};

export const templates = {
  title: 'Mẫu thư chính quyền thân thiện',
  intro:
    'Mẫu dùng khi đề xuất thư mới. Chỗ trong ngoặc nhọn được điền từ hồ sơ; tên nào chưa có sẽ để “……” cho cán bộ ghi.',
  back: 'Danh sách thư',
  isDefault: 'Đang dùng mẫu mặc định',
  own: 'Mẫu riêng của xã',
  placeholders: 'Chỗ điền tự động',
  save: 'Lưu mẫu',
  saved: 'Đã lưu mẫu.',
  readOnly: 'Tài khoản của bạn chỉ được xem mẫu thư.',
};

export const dossierNames = {
  title: 'Người được đăng ký',
  intro: 'Dùng để điền thư chúc mừng hoặc thư chia buồn của Chủ tịch UBND khi trả kết quả.',
  save: 'Lưu họ tên',
  saved: 'Đã lưu họ tên.',
} as const;

export const dossierLetter = {
  proposed: (kind: string, status: string) => `Đã đề xuất ${kind.toLowerCase()} (${status.toLowerCase()}).`,
  open: 'Mở thư',
} as const;
