import { z } from 'zod';

export const channels = ['direct', 'online', 'postal'] as const;
export const onlineLevels = ['none', 'partial', 'full'] as const;
export const civilStatusEvents = ['birth', 'marriage', 'death'] as const;
export const dossierStatuses = [
  'received',
  'supplement_requested',
  'processing',
  'returned',
  'rejected',
  'withdrawn',
] as const;
export type Channel = (typeof channels)[number];
export type DossierStatus = (typeof dossierStatuses)[number];

export const channelLabels: Record<Channel, string> = {
  direct: 'Trực tiếp',
  online: 'Trực tuyến',
  postal: 'Bưu chính công ích',
};
export const statusLabels: Record<DossierStatus, string> = {
  received: 'Đã tiếp nhận',
  supplement_requested: 'Chờ bổ sung',
  processing: 'Đang xử lý',
  returned: 'Đã trả kết quả',
  rejected: 'Từ chối',
  withdrawn: 'Công dân rút hồ sơ',
};

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

export const ProcedureInput = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .regex(/^[0-9A-Za-z.\-_]+$/, 'Mã thủ tục chỉ gồm chữ số, chữ cái, dấu chấm, gạch'),
  name: text(500),
  sector: text(200),
  processingDays: z.number().int().min(0).max(365),
  onlineLevel: z.enum(onlineLevels).default('none'),
  feeVnd: z.number().int().min(0).max(1_000_000_000).nullish(),
  civilStatusEvent: z.enum(civilStatusEvents).nullish(),
  published: z.boolean().default(true),
});
export type ProcedureInput = z.input<typeof ProcedureInput>;

export const Procedure = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  sector: z.string(),
  processingDays: z.number(),
  onlineLevel: z.enum(onlineLevels),
  feeVnd: z.number().nullable(),
  civilStatusEvent: z.enum(civilStatusEvents).nullable(),
  published: z.boolean(),
});
export type Procedure = z.infer<typeof Procedure>;

const personName = z.string().trim().min(1).max(200).nullish();
/** The people a civil-status dossier is about, recorded at the desk for the Chairman's letter. */
export const SubjectNames = z.object({
  child: personName,
  father: personName,
  mother: personName,
  husband: personName,
  wife: personName,
  deceased: personName,
  /** The family the letter goes to (condolences): "ông Nguyễn Văn A". */
  family: personName,
});
export type SubjectNames = z.infer<typeof SubjectNames>;

export const ReceiveInput = z.object({
  procedureId: z.uuid(),
  channel: z.enum(channels),
  applicantName: text(200),
  applicantPhone: z
    .string()
    .trim()
    .regex(/^[0-9 +().-]{6,20}$/, 'Số điện thoại không hợp lệ')
    .nullish(),
  applicantAddress: z.string().trim().max(500).nullish(),
  digitized: z.boolean().default(false),
  paidOnline: z.boolean().default(false),
  note: z.string().trim().max(2000).nullish(),
  /** For a civil-status procedure: who the dossier is about, for the Chairman's letter. */
  subjectNames: SubjectNames.optional(),
});
export type ReceiveInput = z.input<typeof ReceiveInput>;

/** One step of the lifecycle; `action` picks which fields apply. */
export const ActionInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('requestSupplement'), reason: text(2000) }),
  z.object({ action: z.literal('supplied'), note: z.string().trim().max(2000).nullish() }),
  z.object({ action: z.literal('process'), note: z.string().trim().max(2000).nullish() }),
  z.object({ action: z.literal('reject'), reason: text(2000) }),
  z.object({ action: z.literal('withdraw'), note: z.string().trim().max(2000).nullish() }),
  z.object({ action: z.literal('apologize'), reason: text(2000), newDueDate: isoDate }),
  z.object({ action: z.literal('return'), note: z.string().trim().max(2000).nullish() }),
]);
export type ActionInput = z.infer<typeof ActionInput>;
export type DossierAction = ActionInput['action'];

export const DossierEvent = z.object({
  id: z.number(),
  at: z.string(),
  kind: z.string(),
  actor: z.string().nullable(),
  note: z.string().nullable(),
});

export const Apology = z.object({
  id: z.uuid(),
  issuedDate: z.string(),
  reason: z.string(),
  previousDueDate: z.string(),
  newDueDate: z.string(),
});

export const Dossier = z.object({
  id: z.uuid(),
  code: z.string(),
  procedureId: z.uuid().nullable(),
  procedureCode: z.string().nullable(),
  procedureName: z.string(),
  sector: z.string().nullable(),
  channel: z.enum(channels),
  status: z.enum(dossierStatuses),
  receivedAt: z.string(),
  receivedDate: z.string(),
  dueDate: z.string(),
  originalDueDate: z.string(),
  returnedDate: z.string().nullable(),
  withdrawnDate: z.string().nullable(),
  rejectedDate: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  applicantName: z.string().nullable(),
  applicantPhone: z.string().nullable(),
  applicantAddress: z.string().nullable(),
  digitized: z.boolean(),
  paidOnline: z.boolean(),
  source: z.enum(['desk', 'import']),
  lookupKey: z.string(),
  /** What the API allows next, for the UI's buttons. */
  actions: z.array(z.string()),
});
export type Dossier = z.infer<typeof Dossier>;

export const DossierDetail = Dossier.extend({
  /** From the procedure: birth, marriage or death, when the dossier registers one. */
  civilStatusEvent: z.enum(civilStatusEvents).nullable(),
  subjectNames: SubjectNames.nullable(),
  events: z.array(DossierEvent),
  apologies: z.array(Apology),
  rating: z
    .object({
      overall: z.number(),
      attitude: z.number().nullable(),
      timeliness: z.number().nullable(),
      clarity: z.number().nullable(),
      facilities: z.number().nullable(),
      comment: z.string().nullable(),
      ratedDate: z.string(),
    })
    .nullable(),
});
export type DossierDetail = z.infer<typeof DossierDetail>;

export const DossierQuery = z.object({
  communeId: z.uuid(),
  q: z.string().trim().max(200).optional(),
  status: z.enum(dossierStatuses).optional(),
  view: z.enum(['dueToday', 'overdue', 'awaitingSupplement', 'open']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type DossierQuery = z.infer<typeof DossierQuery>;

const score = z.number().int().min(1).max(5);
export const RatingInput = z.object({
  lookupKey: z.string().trim().min(4).max(16),
  overall: score,
  attitude: score.nullish(),
  timeliness: score.nullish(),
  clarity: score.nullish(),
  facilities: score.nullish(),
  comment: z.string().trim().max(2000).nullish(),
});
export type RatingInput = z.infer<typeof RatingInput>;

/** What a citizen sees by code: no personal data. */
export const PublicDossier = z.object({
  code: z.string(),
  procedureName: z.string(),
  status: z.enum(dossierStatuses),
  statusLabel: z.string(),
  receivedDate: z.string(),
  dueDate: z.string(),
  returnedDate: z.string().nullable(),
  rated: z.boolean(),
  canRate: z.boolean(),
});
