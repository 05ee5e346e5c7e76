import type { ConsultationStatus, Decision } from './schema.ts';

export type ConsultationAction =
  | 'edit'
  | 'comment'
  | 'recordOpinion'
  | 'recordMeeting'
  | 'respond'
  | 'publishAccount';

/**
 * A consultation's lifecycle as data. The status follows from the dates and the published
 * account: scheduled before the period, open during it, closed after it until the committee
 * publishes its account of what it accepted and why not.
 */
export const allowedActions = {
  scheduled: ['edit'],
  open: ['edit', 'comment', 'recordOpinion', 'recordMeeting'],
  // Opinions gathered at meetings during the period may be entered once it has ended.
  closed: ['recordOpinion', 'recordMeeting', 'respond', 'publishAccount'],
  published: [],
} as const satisfies Record<ConsultationStatus, readonly ConsultationAction[]>;

export const statusLabels: Record<ConsultationStatus, string> = {
  scheduled: 'Chưa đến thời gian lấy ý kiến',
  open: 'Đang lấy ý kiến',
  closed: 'Đã hết thời gian lấy ý kiến, đang tổng hợp',
  published: 'Đã công bố kết quả tiếp thu, giải trình',
};

export const actionLabels: Record<ConsultationAction, string> = {
  edit: 'Sửa dự thảo',
  comment: 'Góp ý trên cổng thông tin',
  recordOpinion: 'Ghi nhận ý kiến',
  recordMeeting: 'Ghi nhận cuộc họp thôn',
  respond: 'Tiếp thu, giải trình',
  publishAccount: 'Công bố kết quả tiếp thu, giải trình',
};

export const decisionLabels: Record<Decision, string> = {
  accepted: 'Tiếp thu',
  partlyAccepted: 'Tiếp thu một phần',
  notAccepted: 'Không tiếp thu',
};

export function consultationStatus(
  d: { opensOn: string; closesOn: string; accountPublishedDate: string | null },
  today: string,
): ConsultationStatus {
  if (d.accountPublishedDate) return 'published';
  if (today < d.opensOn) return 'scheduled';
  if (today <= d.closesOn) return 'open';
  return 'closed';
}

export function canAct(status: ConsultationStatus, action: ConsultationAction): boolean {
  return (allowedActions[status] as readonly string[]).includes(action);
}
