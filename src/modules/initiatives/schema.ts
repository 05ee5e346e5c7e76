import { z } from 'zod';
import { FileUpload } from '../documents/files.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish();
const isoDate = z.iso.date();

export const fields = ['economy', 'cultureSociety', 'defenceSecurity', 'politicalSystem'] as const;
export type Field = (typeof fields)[number];
export const fieldLabels: Record<Field, string> = {
  economy: 'Kinh tế',
  cultureSociety: 'Văn hóa – xã hội',
  defenceSecurity: 'Quốc phòng – an ninh',
  politicalSystem: 'Xây dựng hệ thống chính trị',
};

export const organisations = [
  'committee',
  'fatherlandFront',
  'womensUnion',
  'youthUnion',
  'farmersUnion',
  'veteransAssociation',
  'police',
  'military',
  'other',
] as const;
export type Organisation = (typeof organisations)[number];
export const organisationLabels: Record<Organisation, string> = {
  committee: 'UBND xã',
  fatherlandFront: 'Ủy ban MTTQ Việt Nam xã',
  womensUnion: 'Hội Liên hiệp Phụ nữ',
  youthUnion: 'Đoàn Thanh niên',
  farmersUnion: 'Hội Nông dân',
  veteransAssociation: 'Hội Cựu chiến binh',
  police: 'Công an xã',
  military: 'Ban Chỉ huy Quân sự xã',
  other: 'Tổ chức khác',
};

export const commendationLevels = ['commune', 'district', 'province', 'national'] as const;
export const levelLabels: Record<(typeof commendationLevels)[number], string> = {
  commune: 'Cấp xã',
  district: 'Cấp huyện',
  province: 'Cấp tỉnh',
  national: 'Cấp trung ương',
};

const Figure = z.object({
  label: text(200),
  value: z.number().min(0).max(1e12),
  unit: z.string().trim().max(50).default(''),
});

export const InitiativeInput = z.object({
  name: text(300),
  field: z.enum(fields),
  organisation: z.enum(organisations),
  organisationName: optionalText(200),
  villageId: z.uuid().nullish(),
  startedOn: isoDate,
  endedOn: isoDate.nullish(),
  description: z.string().trim().max(10_000).default(''),
  results: z.string().trim().max(10_000).default(''),
  figures: z.array(Figure).max(50).default([]),
  replicatedFromId: z.uuid().nullish(),
  replicatedFromText: optionalText(300),
});
export type InitiativeInput = z.input<typeof InitiativeInput>;
export const InitiativePatch = InitiativeInput.partial();

export const RegistrationInput = z.object({
  year: z.number().int().min(2000).max(2100),
  registeredOn: isoDate,
});
export const CommendationInput = z.object({
  level: z.enum(commendationLevels),
  title: text(300),
  issuer: z.string().trim().max(200).default(''),
  awardedOn: isoDate,
  reference: optionalText(100),
});
export const PhotoInput = FileUpload.extend({ caption: optionalText(300) });

export const Initiative = z.object({
  id: z.uuid(),
  name: z.string(),
  field: z.enum(fields),
  fieldLabel: z.string(),
  organisation: z.enum(organisations),
  organisationLabel: z.string(),
  villageId: z.uuid().nullable(),
  villageName: z.string().nullable(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  description: z.string(),
  results: z.string(),
  figures: z.array(z.object({ label: z.string(), value: z.number(), unit: z.string() })),
  replicatedFrom: z.object({ id: z.uuid().nullable(), name: z.string() }).nullable(),
  registeredYears: z.array(z.number()),
  commendations: z.array(
    z.object({
      id: z.uuid(),
      level: z.enum(commendationLevels),
      levelLabel: z.string(),
      title: z.string(),
      issuer: z.string(),
      awardedOn: z.string(),
      reference: z.string().nullable(),
    }),
  ),
  photos: z.array(
    z.object({
      id: z.uuid(),
      fileName: z.string(),
      mediaType: z.string(),
      sizeBytes: z.number(),
      caption: z.string().nullable(),
    }),
  ),
});
export type Initiative = z.infer<typeof Initiative>;

export const InitiativeQuery = z.object({
  q: z.string().trim().max(200).optional(),
  field: z.enum(fields).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const MovementInput = z.object({
  name: text(300),
  planDocumentId: z.uuid().nullish(),
  startsOn: isoDate,
  endsOn: isoDate.nullish(),
  description: z.string().trim().max(10_000).default(''),
});
export const MovementPatch = MovementInput.partial();
export const Movement = z.object({
  id: z.uuid(),
  name: z.string(),
  plan: z.object({ id: z.uuid(), reference: z.string(), citation: z.string() }).nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  description: z.string(),
});
export type Movement = z.infer<typeof Movement>;

export const communicationKinds = ['broadcast', 'banner', 'conference', 'webPost', 'contest'] as const;
export type CommunicationKind = (typeof communicationKinds)[number];
export const kindLabels: Record<CommunicationKind, string> = {
  broadcast: 'Tin, bài phát trên hệ thống truyền thanh',
  banner: 'Băng rôn, khẩu hiệu, pa nô',
  conference: 'Hội nghị tuyên truyền',
  webPost: 'Tin, bài trên trang thông tin điện tử',
  contest: 'Cuộc thi',
};

export const CommunicationInput = z.object({
  kind: z.enum(communicationKinds),
  date: isoDate,
  title: text(500),
  /** How many: broadcasts aired, banners hung; 1 for a conference or a contest. */
  quantity: z.number().int().min(1).max(100_000).default(1),
  participants: z.number().int().min(0).max(10_000_000).nullish(),
  entries: z.number().int().min(0).max(10_000_000).nullish(),
  movementId: z.uuid().nullish(),
  note: optionalText(2000),
});
export const CommunicationPatch = CommunicationInput.partial();
export const CommunicationEntry = z.object({
  id: z.uuid(),
  kind: z.enum(communicationKinds),
  kindLabel: z.string(),
  date: z.string(),
  title: z.string(),
  quantity: z.number(),
  participants: z.number().nullable(),
  entries: z.number().nullable(),
  movementId: z.uuid().nullable(),
  note: z.string().nullable(),
});
export type CommunicationEntry = z.infer<typeof CommunicationEntry>;

export const PeriodQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  kind: z.enum(communicationKinds).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
