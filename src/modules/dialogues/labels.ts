// This module's vocabulary and its Vietnamese labels, without zod: the web app imports this file
// as it is, so the labels exist once.

export const opinionOutcomes = ['answeredOnSpot', 'answeredLater', 'escalated', 'pending'] as const;
export type OpinionOutcome = (typeof opinionOutcomes)[number];

export const outcomeLabels: Record<OpinionOutcome, string> = {
  answeredOnSpot: 'Đã trả lời tại hội nghị',
  answeredLater: 'Đã trả lời sau hội nghị',
  escalated: 'Kiến nghị lên cấp trên',
  pending: 'Chưa trả lời',
};
