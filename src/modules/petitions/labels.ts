// The petitions vocabulary and its Vietnamese labels, without zod: the web app imports this file
// as it is, so the labels exist once.

export const petitionKinds = ['complaint', 'denunciation', 'feedback'] as const;
export const petitionChannels = ['reception', 'mail', 'portal', 'forwarded'] as const;
export const staffChannels = ['reception', 'mail', 'forwarded'] as const;
export const topics = [
  'land',
  'construction',
  'policy',
  'environment',
  'publicOrder',
  'officials',
  'administrativeRules',
  'other',
] as const;
export const petitionStatuses = [
  'received',
  'accepted',
  'transferred',
  'guided',
  'filed',
  'settled',
  'answered',
] as const;
export const petitionActions = [
  'accept',
  'transfer',
  'guide',
  'file',
  'assign',
  'extend',
  'settle',
  'answer',
  'publish',
] as const;
export const variants = ['complex', 'remote', 'remoteComplex'] as const;
export const outcomes = ['founded', 'partlyFounded', 'unfounded'] as const;

export type PetitionKind = (typeof petitionKinds)[number];
export type PetitionChannel = (typeof petitionChannels)[number];
export type Topic = (typeof topics)[number];
export type PetitionStatus = (typeof petitionStatuses)[number];
export type PetitionAction = (typeof petitionActions)[number];
export type Outcome = (typeof outcomes)[number];

export const kindLabels: Record<PetitionKind, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  feedback: 'Kiến nghị, phản ánh',
};
export const channelLabels: Record<PetitionChannel, string> = {
  reception: 'Qua tiếp công dân',
  mail: 'Qua đường bưu chính, gửi trực tiếp',
  portal: 'Qua Cổng thông tin',
  forwarded: 'Cấp trên chuyển đến',
};
export const topicLabels: Record<Topic, string> = {
  land: 'Đất đai',
  construction: 'Xây dựng, quy hoạch',
  policy: 'Chế độ, chính sách',
  environment: 'Môi trường',
  publicOrder: 'An ninh, trật tự',
  officials: 'Cán bộ, công chức',
  administrativeRules: 'Quy định hành chính',
  other: 'Khác',
};
export const statusLabels: Record<PetitionStatus, string> = {
  received: 'Đã tiếp nhận, chờ phân loại',
  accepted: 'Đã thụ lý, đang giải quyết',
  transferred: 'Đã chuyển cơ quan có thẩm quyền',
  guided: 'Đã hướng dẫn công dân',
  filed: 'Lưu đơn',
  settled: 'Đã giải quyết',
  answered: 'Đã trả lời',
};
export const outcomeLabels: Record<Outcome, string> = {
  founded: 'Đúng',
  partlyFounded: 'Có đúng, có sai',
  unfounded: 'Sai',
};
