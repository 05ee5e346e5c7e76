import { z } from 'zod';
import type { PetitionKind } from './labels.ts';
import {
  channelLabels,
  kindLabels,
  outcomeLabels,
  outcomes,
  petitionActions,
  petitionChannels,
  petitionKinds,
  petitionStatuses,
  staffChannels,
  statusLabels,
  topicLabels,
  topics,
  variants,
} from './labels.ts';

export type {
  Outcome,
  PetitionAction,
  PetitionChannel,
  PetitionKind,
  PetitionStatus,
  Topic,
} from './labels.ts';
export {
  channelLabels,
  kindLabels,
  outcomeLabels,
  outcomes,
  petitionActions,
  petitionChannels,
  petitionKinds,
  petitionStatuses,
  staffChannels,
  statusLabels,
  topicLabels,
  topics,
  variants,
};

// --- Inputs ---------------------------------------------------------------------------------------

const isoDate = z.iso.date('Ngày phải có dạng YYYY-MM-DD');
const text = (max: number) =>
  z
    .string({ error: 'Phải là chuỗi ký tự' })
    .trim()
    .min(1, 'Không được để trống')
    .max(max, `Tối đa ${max} ký tự`);
const optionalText = (max: number) =>
  z.string({ error: 'Phải là chuỗi ký tự' }).trim().max(max, `Tối đa ${max} ký tự`).nullish();

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const base64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Decoded size of a base64 string, without decoding it. */
export const base64Bytes = (s: string) =>
  Math.floor((s.length * 3) / 4) - (s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0);

/** A file sent inside JSON; its type is decided by its content (magic bytes), never by its name. */
export const FileUpload = z.object({
  fileName: text(200),
  contentBase64: z
    .string({ error: 'Nội dung tệp phải là chuỗi base64' })
    .max(Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4, 'Tệp quá lớn: mỗi tệp tối đa 5 MB')
    .regex(base64, 'Nội dung tệp phải mã hóa base64')
    .refine((s) => base64Bytes(s) <= MAX_FILE_BYTES, 'Tệp quá lớn: mỗi tệp tối đa 5 MB')
    .refine((s) => base64Bytes(s) > 0, 'Tệp rỗng'),
});
export type FileUpload = z.infer<typeof FileUpload>;

export const SubmitterInput = z.object({
  name: text(200),
  address: optionalText(500),
  contact: optionalText(200),
  note: optionalText(2000),
});

const PetitionFields = z.object({
  kind: z.enum(petitionKinds, { error: 'Loại đơn là complaint, denunciation hoặc feedback' }),
  channel: z.enum(staffChannels, { error: 'Nguồn đơn là reception, mail hoặc forwarded' }),
  /** Date the petition reached the commune; today when absent (mail is often logged later). */
  receivedDate: isoDate.optional(),
  receptionSessionId: z.uuid().optional(),
  forwardedBy: text(300).optional(),
  anonymous: z.boolean().default(false),
  submitter: SubmitterInput.optional(),
  subject: text(300),
  topic: z.enum(topics),
  content: text(10_000),
  /** Sent to a higher level first; defaults to true for petitions a higher level forwards. */
  overLevel: z.boolean().optional(),
});

/** Who sent it: a name unless it is an anonymous denunciation (the only kind that may be). */
function submitterRules(
  p: { kind: PetitionKind; anonymous: boolean; submitter?: unknown },
  ctx: z.core.$RefinementCtx<unknown>,
) {
  if (p.anonymous && p.kind !== 'denunciation')
    ctx.addIssue({ code: 'custom', path: ['anonymous'], message: 'Chỉ đơn tố cáo mới có thể nặc danh' });
  if (p.anonymous && p.submitter)
    ctx.addIssue({
      code: 'custom',
      path: ['submitter'],
      message: 'Đơn nặc danh không có thông tin người gửi',
    });
  if (!p.anonymous && !p.submitter)
    ctx.addIssue({ code: 'custom', path: ['submitter'], message: 'Cần họ tên người gửi đơn' });
}

export const ReceiveInput = PetitionFields.superRefine((p, ctx) => {
  submitterRules(p, ctx);
  if (p.channel === 'forwarded' && !p.forwardedBy)
    ctx.addIssue({ code: 'custom', path: ['forwardedBy'], message: 'Cần ghi cơ quan chuyển đơn đến' });
  if (p.receptionSessionId && p.channel !== 'reception')
    ctx.addIssue({
      code: 'custom',
      path: ['receptionSessionId'],
      message: 'Chỉ đơn nhận qua tiếp công dân mới gắn với buổi tiếp',
    });
});
export type ReceiveInput = z.input<typeof ReceiveInput>;

/** A petition opened from a visit at a reception session: the session gives channel and date. */
export const VisitPetitionInput = PetitionFields.omit({
  channel: true,
  receivedDate: true,
  receptionSessionId: true,
  forwardedBy: true,
}).superRefine(submitterRules);
export type VisitPetitionInput = z.input<typeof VisitPetitionInput>;

const note = optionalText(2000);

/** One step of the lifecycle; `action` picks which fields apply. */
export const ActionInput = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('accept'),
      acceptedDate: isoDate.optional(),
      variant: z.enum(variants).optional(),
      note,
    }),
    z.object({ action: z.literal('transfer'), transferredTo: text(300), note }),
    z.object({ action: z.literal('guide'), guidedTo: text(300), note }),
    z.object({ action: z.literal('file'), reason: text(2000), forInspection: z.boolean().default(false) }),
    z.object({ action: z.literal('assign'), officialId: z.uuid(), note }),
    z.object({
      action: z.literal('extend'),
      days: z
        .number()
        .int('Số ngày phải là số nguyên')
        .min(1, 'Gia hạn ít nhất 1 ngày')
        .max(90, 'Tối đa 90 ngày'),
      reason: text(2000),
    }),
    z.object({
      action: z.literal('settle'),
      decisionRef: text(64),
      decisionDate: isoDate.optional(),
      settledDate: isoDate.optional(),
      outcome: z.enum(outcomes).optional(),
      note,
    }),
    z.object({
      action: z.literal('answer'),
      templateId: z.uuid().optional(),
      text: text(10_000).optional(),
      publish: z.boolean().default(false),
    }),
    z.object({ action: z.literal('publish') }),
  ],
  { error: `Thao tác phải là một trong: ${petitionActions.join(', ')}` },
);
export type ActionInput = z.infer<typeof ActionInput>;

export const BatchAnswerInput = z.object({
  ids: z
    .array(z.uuid())
    .min(1, 'Chọn ít nhất một đơn')
    .max(100, 'Tối đa 100 đơn một lần')
    .refine((ids) => new Set(ids).size === ids.length, 'Danh sách đơn bị trùng'),
  templateId: z.uuid().optional(),
  text: text(10_000).optional(),
  publish: z.boolean().default(false),
});
export type BatchAnswerInput = z.infer<typeof BatchAnswerInput>;

export const TemplateInput = z.object({
  kind: z.enum(petitionKinds),
  topic: z.enum(topics),
  title: text(200),
  body: text(10_000),
  active: z.boolean().default(true),
});
export type TemplateInput = z.input<typeof TemplateInput>;

export const SettingsInput = z.object({
  reopenDays: z.number().int('Số ngày phải là số nguyên').min(0).max(365, 'Tối đa 365 ngày'),
});

export const PetitionQuery = z.object({
  communeId: z.uuid(),
  q: z.string().trim().max(200).optional(),
  kind: z.enum(petitionKinds).optional(),
  status: z.enum(petitionStatuses).optional(),
  topic: z.enum(topics).optional(),
  view: z.enum(['open', 'overdue', 'dueSoon', 'unassigned', 'mine', 'repeated']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type PetitionQuery = z.infer<typeof PetitionQuery>;

// --- Outputs --------------------------------------------------------------------------------------

export const AttachmentMeta = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
export type AttachmentMeta = z.infer<typeof AttachmentMeta>;

/** A denouncer's identity: present only for the commune's leader and the assigned official. */
export const DenouncerIdentity = z.object({
  fullName: z.string(),
  address: z.string().nullable(),
  contact: z.string().nullable(),
  note: z.string().nullable(),
  files: z.array(AttachmentMeta),
});
export type DenouncerIdentity = z.infer<typeof DenouncerIdentity>;

export const Extension = z.object({ days: z.number(), reason: z.string(), date: z.string() });

export const Petition = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(petitionKinds),
  channel: z.enum(petitionChannels),
  receptionSessionId: z.uuid().nullable(),
  forwardedBy: z.string().nullable(),
  anonymous: z.boolean(),
  /** Null for denunciations: their identity is never part of a petition. */
  submitterName: z.string().nullable(),
  submitterAddress: z.string().nullable(),
  submitterContact: z.string().nullable(),
  subject: z.string(),
  topic: z.enum(topics),
  content: z.string(),
  status: z.enum(petitionStatuses),
  receivedDate: z.string(),
  withinAuthority: z.boolean().nullable(),
  classifiedDate: z.string().nullable(),
  acceptedDate: z.string().nullable(),
  intakeDueDate: z.string().nullable(),
  intakeRuleKey: z.string().nullable(),
  intakeRuleEffectiveFrom: z.string().nullable(),
  ruleKey: z.string().nullable(),
  ruleEffectiveFrom: z.string().nullable(),
  variant: z.enum(variants).nullable(),
  extensions: z.array(Extension),
  dueDate: z.string().nullable(),
  assignedOfficial: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
  assignedDate: z.string().nullable(),
  closedDate: z.string().nullable(),
  outcome: z.enum(outcomes).nullable(),
  decisionRef: z.string().nullable(),
  decisionDate: z.string().nullable(),
  transferredTo: z.string().nullable(),
  letterText: z.string().nullable(),
  forInspection: z.boolean(),
  filedReason: z.string().nullable(),
  repeatedOf: z.object({ id: z.uuid(), code: z.string() }).nullable(),
  overLevel: z.boolean(),
  answerText: z.string().nullable(),
  answeredDate: z.string().nullable(),
  answerPublished: z.boolean(),
  rating: z.number().nullable(),
  ratingComment: z.string().nullable(),
  reopenedCount: z.number(),
  reopenReason: z.string().nullable(),
  /** Open and past its current due date. */
  overdue: z.boolean(),
  /** What the API allows next, for the UI's buttons. */
  actions: z.array(z.enum(petitionActions)),
});
export type Petition = z.infer<typeof Petition>;

export const PetitionEvent = z.object({
  id: z.number(),
  at: z.string(),
  kind: z.string(),
  actor: z.string().nullable(),
  note: z.string().nullable(),
});

export const PetitionDetail = Petition.extend({
  events: z.array(PetitionEvent),
  attachments: z.array(AttachmentMeta),
  /** Absent (not null) unless the reader may see the denouncer (and the read is audited). */
  identity: DenouncerIdentity.optional(),
});
export type PetitionDetail = z.infer<typeof PetitionDetail>;

/** What the desk hands the citizen once: the receipt's code and secret. */
export const PetitionReceipt = PetitionDetail.extend({ secret: z.string() });
export type PetitionReceipt = z.infer<typeof PetitionReceipt>;

export const Template = z.object({
  id: z.uuid(),
  kind: z.enum(petitionKinds),
  topic: z.enum(topics),
  title: z.string(),
  body: z.string(),
  active: z.boolean(),
  updatedAt: z.string(),
});
export type Template = z.infer<typeof Template>;

export const AttentionItem = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(petitionKinds),
  subject: z.string(),
  status: z.enum(petitionStatuses),
  dueDate: z.string(),
  daysLeft: z.number(),
  assignedOfficial: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
});
/** Who a leader may assign a petition to: the commune's active officers and leaders. */
export const Assignee = z.object({ id: z.uuid(), fullName: z.string(), position: z.string().nullable() });
export type Assignee = z.infer<typeof Assignee>;

export const Attention = z.object({
  today: z.string(),
  overdue: z.array(AttentionItem),
  dueSoon: z.array(AttentionItem),
});

// --- Portal ---------------------------------------------------------------------------------------

export const PortalSubmitInput = z.object({
  name: text(200),
  contact: optionalText(200),
  address: optionalText(500),
  topic: z.enum(topics),
  subject: text(300),
  content: text(5000),
  attachments: z.array(FileUpload).max(3, 'Tối đa 3 tệp đính kèm').default([]),
});
export type PortalSubmitInput = z.input<typeof PortalSubmitInput>;

export const PortalSecret = z
  .string({ error: 'Cần mã bí mật trên phiếu tiếp nhận' })
  .trim()
  .min(4, 'Mã bí mật không đúng')
  .max(32, 'Mã bí mật không đúng');

export const PortalRatingInput = z.object({
  secret: PortalSecret,
  rating: z.number().int('Điểm là số nguyên từ 1 đến 5').min(1, 'Điểm từ 1 đến 5').max(5, 'Điểm từ 1 đến 5'),
  comment: optionalText(2000),
});
export const PortalReopenInput = z.object({ secret: PortalSecret, reason: text(2000) });

/** What anyone sees by code: status, dates and the published answer; nothing personal. */
export const PublicPetition = z.object({
  code: z.string(),
  kind: z.enum(petitionKinds),
  kindLabel: z.string(),
  topicLabel: z.string(),
  status: z.enum(petitionStatuses),
  statusLabel: z.string(),
  receivedDate: z.string(),
  dueDate: z.string().nullable(),
  answer: z.string().nullable(),
  answeredDate: z.string().nullable(),
  rated: z.boolean(),
  canRate: z.boolean(),
  canReopen: z.boolean(),
  reopenUntil: z.string().nullable(),
  reopenedCount: z.number(),
});
export type PublicPetition = z.infer<typeof PublicPetition>;

export const PortalReceipt = PublicPetition.extend({
  secret: z.string(),
  message: z.string(),
});
