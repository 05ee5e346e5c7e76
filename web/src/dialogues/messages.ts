import type { OpinionOutcome } from './types.ts';

export { outcomeLabels } from '../../../src/modules/dialogues/labels.ts';
export const outcomeColors: Record<OpinionOutcome, string> = {
  answeredOnSpot: 'green',
  answeredLater: 'teal',
  escalated: 'grape',
  pending: 'orange',
};

export const dialogues = {
  nav: 'Đối thoại',
  title: 'Hội nghị đối thoại',
  intro:
    'Đối thoại giữa lãnh đạo UBND với nhân dân: ý kiến nêu ra, trả lời tại chỗ, trả lời sau hoặc kiến nghị lên cấp trên.',
  add: 'Thêm hội nghị',
  edit: 'Sửa thông tin',
  delete: 'Xóa hội nghị',
  deleteConfirm: 'Xóa hội nghị đối thoại này cùng các ý kiến?',
  empty: 'Chưa có hội nghị đối thoại nào.',
  heldDate: 'Ngày tổ chức',
  village: 'Thôn, tổ dân phố',
  villageNone: 'Toàn xã',
  place: 'Địa điểm',
  chairedBy: 'Người chủ trì',
  topic: 'Chủ đề',
  participants: 'Số người dự',
  notes: 'Ghi chú',
  opinions: 'Ý kiến',
  opinionCounts: (total: string, answered: string, escalated: string) =>
    `${total} ý kiến · đã trả lời ${answered} · kiến nghị lên cấp trên ${escalated}`,
  back: 'Danh sách hội nghị đối thoại',
  required: 'Không được để trống',
  invalidDate: 'Ngày không hợp lệ (dd/mm/yyyy)',
  addTitle: 'Thêm hội nghị đối thoại',
  editTitle: 'Sửa hội nghị đối thoại',
  addOpinion: 'Thêm ý kiến',
  editOpinion: 'Sửa',
  opinionTitle: 'Ý kiến của nhân dân',
  noOpinions: 'Chưa ghi ý kiến nào.',
  opinionTopic: 'Lĩnh vực',
  content: 'Nội dung ý kiến',
  raisedBy: 'Người nêu ý kiến',
  outcome: 'Kết quả',
  answer: 'Nội dung trả lời',
  answeredDate: 'Ngày trả lời',
  escalatedTo: 'Cấp, cơ quan nhận kiến nghị',
} as const;
