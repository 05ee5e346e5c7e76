import type { ConsultationStatus, Decision } from './types.ts';

// Labels of states and decisions come from the API (statusLabel, decisionLabel); these are the
// screens' own words.

export const statusColors: Record<ConsultationStatus, string> = {
  scheduled: 'gray',
  open: 'blue',
  closed: 'orange',
  published: 'green',
};

export const sourceLabels = {
  portal: 'Cổng thông tin',
  meeting: 'Họp thôn, tổ dân phố',
  written: 'Văn bản',
} as const;

export const list = {
  title: 'Lấy ý kiến Nhân dân về dự thảo',
  intro:
    'Dự thảo đưa ra lấy ý kiến theo Luật Thực hiện dân chủ ở cơ sở 2022: ý kiến trên cổng thông tin, tại các cuộc họp thôn và việc tiếp thu, giải trình.',
  create: 'Đưa dự thảo lấy ý kiến',
  search: 'Tìm dự thảo',
  searchPlaceholder: 'Tên hoặc nội dung, gõ không dấu cũng được',
  status: 'Trạng thái',
  allStatuses: 'Tất cả',
  apply: 'Lọc',
  empty: 'Chưa có dự thảo nào phù hợp.',
  colTitle: 'Dự thảo',
  colPeriod: 'Thời gian lấy ý kiến',
  colOpinions: 'Ý kiến',
  colStatus: 'Trạng thái',
  count: (n: string) => `${n} dự thảo`,
} as const;

export const form = {
  title: 'Đưa dự thảo ra lấy ý kiến Nhân dân',
  forbidden: 'Tài khoản của bạn chỉ được xem, không đưa dự thảo ra lấy ý kiến.',
  draftType: 'Loại nội dung',
  minDays: (n: string) => `Lấy ý kiến tối thiểu ${n} ngày liên tục`,
  draftTitle: 'Tên dự thảo',
  document: 'Văn bản kèm theo (sổ văn bản)',
  summary: 'Tóm tắt nội dung',
  questions: 'Câu hỏi xin ý kiến',
  questionsHint: 'Mỗi dòng một câu hỏi.',
  content: 'Toàn văn dự thảo',
  contentHint:
    'Dán toàn văn; mỗi đoạn (cách nhau một dòng trống) là một phần người dân có thể chọn để góp ý. Đoạn mở đầu bằng "Điều 3", "Mục 1"… được đặt tên như vậy.',
  passages: (n: string) => `${n} đoạn để góp ý`,
  opensOn: 'Ngày bắt đầu',
  closesOn: 'Ngày kết thúc',
  span: (n: string) => `${n} ngày liên tục`,
  dateInvalid: 'Nhập ngày dạng dd/mm/yyyy',
  required: 'Vui lòng nhập nội dung này',
  submit: 'Đưa ra lấy ý kiến',
  cancel: 'Hủy',
} as const;

export const detail = {
  back: 'Danh sách dự thảo',
  type: 'Loại nội dung',
  period: 'Thời gian lấy ý kiến',
  periodValue: (from: string, to: string, days: string, min: string) =>
    `${from} – ${to} (${days} ngày; tối thiểu ${min} ngày)`,
  document: 'Văn bản',
  summary: 'Tóm tắt',
  questions: 'Câu hỏi xin ý kiến',
  passagesTitle: 'Nội dung dự thảo',
  noPassages: 'Dự thảo không chia đoạn; người dân góp ý cho toàn bộ dự thảo.',
  opinionsTitle: 'Ý kiến góp ý theo từng phần',
  noOpinions: 'Chưa có ý kiến nào.',
  wholeDraft: 'Toàn bộ dự thảo',
  supporters: (n: string) => `${n} người`,
  unanswered: 'Chưa trả lời',
  unansweredCount: (n: string) => `${n} ý kiến chưa được tiếp thu, giải trình`,
  selectOpinion: (content: string) => `Chọn ý kiến: ${content}`,
  selectGroup: 'Chọn các ý kiến chưa trả lời',
  respondSelected: (n: string) => `Tiếp thu, giải trình ${n} ý kiến đã chọn`,
  meetingsTitle: 'Họp thôn, tổ dân phố',
  noMeetings: 'Chưa ghi nhận cuộc họp nào.',
  recordMeeting: 'Ghi nhận cuộc họp',
  recordOpinion: 'Ghi nhận ý kiến bằng văn bản',
  colPlace: 'Nơi họp',
  colDate: 'Ngày họp',
  colAttendees: 'Số người dự',
  colAgree: 'Đồng ý',
  colDisagree: 'Không đồng ý',
  colAbstain: 'Không biểu quyết',
  responsesTitle: 'Tiếp thu, giải trình của UBND xã',
  noResponses: 'Chưa có nội dung tiếp thu, giải trình.',
  respondHint:
    'Sau khi hết thời gian lấy ý kiến: chọn một hoặc nhiều ý kiến ở trên, ghi tiếp thu hay không tiếp thu và lý do.',
  edit: 'Sửa',
  opinionsOf: (n: string) => `${n} ý kiến`,
  publishTitle: 'Công bố kết quả tiếp thu, giải trình',
  publishSummary: 'Báo cáo tổng hợp',
  publishHint: 'Sau khi công bố, người dân đọc được kết quả trên cổng thông tin; không sửa được nữa.',
  publish: 'Công bố trên cổng thông tin',
  published: (date: string) => `Đã công bố ngày ${date}`,
  readOnly: 'Tài khoản của bạn chỉ được xem.',
  editDraft: 'Sửa dự thảo',
  startFixed: 'Đã bắt đầu lấy ý kiến: không đổi ngày bắt đầu.',
  save: 'Lưu',
} as const;

export const meetingForm = {
  title: 'Ghi nhận cuộc họp thôn, tổ dân phố',
  village: 'Thôn, tổ dân phố',
  place: 'Nơi họp',
  date: 'Ngày họp',
  attendees: 'Số người dự',
  agree: 'Đồng ý',
  disagree: 'Không đồng ý',
  abstain: 'Không biểu quyết',
  note: 'Ghi chú',
  opinions: 'Ý kiến tại cuộc họp',
  passage: 'Về phần',
  content: 'Nội dung ý kiến',
  supporters: 'Số người cùng ý kiến',
  addOpinion: 'Thêm ý kiến',
  removeOpinion: (n: number) => `Bỏ ý kiến ${n}`,
  save: 'Lưu cuộc họp',
  cancel: 'Hủy',
} as const;

export const opinionForm = {
  title: 'Ghi nhận ý kiến bằng văn bản',
  author: 'Người, tổ chức góp ý',
  received: 'Ngày nhận',
  save: 'Lưu ý kiến',
} as const;

export const responseForm = {
  titleNew: 'Tiếp thu, giải trình',
  titleEdit: 'Sửa nội dung tiếp thu, giải trình',
  opinions: (n: string) => `Trả lời ${n} ý kiến`,
  heading: 'Nội dung ý kiến (tóm tắt)',
  decision: 'Kết quả',
  reason: 'Lý do, nội dung tiếp thu hoặc giải trình',
  save: 'Lưu',
  cancel: 'Hủy',
} as const;

export const decisionColors: Record<Decision, string> = {
  accepted: 'green',
  partlyAccepted: 'yellow',
  notAccepted: 'red',
};

export const portalConsultation = {
  link: 'Góp ý dự thảo',
  linkIntro: 'Dự thảo xã đang lấy ý kiến Nhân dân và kết quả tiếp thu, giải trình',
  title: 'Lấy ý kiến Nhân dân',
  back: 'Về trang của xã',
  backToList: 'Các dự thảo lấy ý kiến',
  openTitle: 'Đang lấy ý kiến',
  pastTitle: 'Đã hết thời gian lấy ý kiến',
  noneOpen: 'Hiện không có dự thảo nào đang lấy ý kiến.',
  nonePast: 'Chưa có dự thảo nào.',
  period: (from: string, to: string) => `Từ ${from} đến ${to}`,
  opinions: (n: string) => `${n} ý kiến`,
  notFound: 'Không tìm thấy dự thảo này.',
  questions: 'Xin ý kiến về',
  passagesTitle: 'Nội dung dự thảo',
  passagesHint: 'Bấm vào một đoạn để góp ý riêng cho đoạn đó; bôi đen vài chữ trong đoạn để trích dẫn.',
  quote: 'Trích dẫn vào góp ý',
  chosen: 'Đoạn đang chọn để góp ý',
  commentTitle: 'Gửi góp ý',
  target: 'Góp ý cho',
  wholeDraft: 'Toàn bộ dự thảo',
  content: 'Nội dung góp ý',
  contentRequired: 'Vui lòng nhập nội dung góp ý.',
  name: 'Họ và tên (không bắt buộc)',
  contact: 'Số điện thoại hoặc địa chỉ (không bắt buộc)',
  privacy: 'Họ tên và liên hệ chỉ cán bộ xã xem được, không công khai trên cổng thông tin.',
  submit: 'Gửi góp ý',
  thanks:
    'Cảm ơn Ông/Bà. Góp ý đã được ghi nhận và sẽ được UBND xã tổng hợp, trả lời khi hết thời gian lấy ý kiến.',
  another: 'Gửi góp ý khác',
  closed: 'Đã hết thời gian lấy ý kiến. UBND xã đang tổng hợp, tiếp thu, giải trình các ý kiến.',
  accountTitle: 'Kết quả tiếp thu, giải trình',
  accountDate: (date: string) => `Công bố ngày ${date}`,
  about: 'Ý kiến',
  reason: 'Giải trình',
} as const;
