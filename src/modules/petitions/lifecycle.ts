import type { PetitionAction, PetitionKind, PetitionStatus } from './schema.ts';

/**
 * The petition lifecycle as data (Luật Khiếu nại 2011, Luật Tố cáo 2018, Nghị định 20/2008 on
 * feedback; Thông tư 05/2021/TT-TTCP on handling petitions): what may happen next in each status.
 * The API refuses anything else; the UI shows exactly these buttons.
 *
 * received ─ accept ─▶ accepted ─ settle ─▶ settled          (complaint, denunciation)
 *    │                    └──── answer ─▶ answered ─ publish (feedback; reopened from the portal)
 *    ├─ transfer ─▶ transferred   (not within the commune's authority: to the competent body)
 *    ├─ guide ────▶ guided        (not within authority: the citizen is told where to go)
 *    └─ file ─────▶ filed         (not to be handled: anonymous denunciation, duplicate, …)
 */
export const allowedActions = {
  received: ['accept', 'transfer', 'guide', 'file', 'assign', 'extend'],
  accepted: ['assign', 'extend', 'settle', 'answer'],
  transferred: [],
  guided: [],
  filed: [],
  settled: [],
  answered: ['publish'],
} as const satisfies Record<PetitionStatus, readonly PetitionAction[]>;

/**
 * What each kind allows at all. Complaints have longer limits for complex or remote cases
 * (variants) but no extension; denunciations may be extended (intake once by 3 working days,
 * settlement at most twice by 30 days); feedback is answered, not settled by a decision.
 */
export const kindActions = {
  complaint: ['accept', 'transfer', 'guide', 'file', 'assign', 'settle'],
  denunciation: ['accept', 'transfer', 'guide', 'file', 'assign', 'extend', 'settle'],
  feedback: ['accept', 'transfer', 'guide', 'file', 'assign', 'answer', 'publish'],
} as const satisfies Record<PetitionKind, readonly PetitionAction[]>;

/**
 * An anonymous denunciation is not handled as a denunciation (Luật Tố cáo 2018, art. 25): it is
 * filed, and if its content is specific and verifiable, filed for inspection for management
 * purposes (`file` with `forInspection`).
 */
export const anonymousActions = ['file'] as const satisfies readonly PetitionAction[];

/** The status an action leads to (null: the status stays). */
export const nextStatus: Record<PetitionAction, PetitionStatus | null> = {
  accept: 'accepted',
  transfer: 'transferred',
  guide: 'guided',
  file: 'filed',
  assign: null,
  extend: null,
  settle: 'settled',
  answer: 'answered',
  publish: null,
};

export const actionLabels: Record<PetitionAction | 'receive' | 'rate' | 'reopen' | 'attach', string> = {
  receive: 'Tiếp nhận đơn',
  accept: 'Thụ lý giải quyết',
  transfer: 'Chuyển đơn đến cơ quan có thẩm quyền',
  guide: 'Hướng dẫn công dân',
  file: 'Lưu đơn',
  assign: 'Giao cán bộ xử lý',
  extend: 'Gia hạn giải quyết',
  settle: 'Ban hành quyết định, kết luận giải quyết',
  answer: 'Trả lời',
  publish: 'Công khai câu trả lời',
  rate: 'Công dân đánh giá',
  reopen: 'Công dân đề nghị xem xét lại',
  attach: 'Đính kèm tệp',
};

export const openStatuses: readonly PetitionStatus[] = ['received', 'accepted'];

/** The actions open to this petition now: status, kind and the anonymity rule together. */
export function actionsFor(p: {
  status: PetitionStatus;
  kind: PetitionKind;
  anonymous: boolean;
  answerPublished: boolean;
}): PetitionAction[] {
  const byKind: readonly PetitionAction[] = p.anonymous ? anonymousActions : kindActions[p.kind];
  return (allowedActions[p.status] as readonly PetitionAction[]).filter(
    (a) => byKind.includes(a) && !(a === 'publish' && p.answerPublished),
  );
}
