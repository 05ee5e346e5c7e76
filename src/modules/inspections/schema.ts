import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const inspectionKinds = [
  'selfInspection',
  'councilSupervision',
  'frontSupervision',
  'communitySupervision',
] as const;
export type InspectionKind = (typeof inspectionKinds)[number];
export const kindLabels: Record<InspectionKind, string> = {
  selfInspection: 'Tự kiểm tra',
  councilSupervision: 'Giám sát của Hội đồng nhân dân',
  frontSupervision: 'Giám sát của Mặt trận Tổ quốc',
  communitySupervision: 'Giám sát đầu tư của cộng đồng',
};

export const FindingInput = z.object({
  description: text(2000),
  responsible: text(300),
  dueOn: z.iso.date().nullish(),
  fixedOn: z.iso.date().nullish(),
  fixNote: optionalText(2000),
});
export const FindingPatch = FindingInput.partial();

export const InspectionInput = z.object({
  kind: z.enum(inspectionKinds),
  title: text(500),
  subject: text(500),
  conductedBy: text(300),
  startsOn: z.iso.date(),
  endsOn: z.iso.date().nullish(),
  documentId: z.uuid().nullish(),
  conclusion: optionalText(10_000),
  findings: z.array(FindingInput).max(200).default([]),
});
export type InspectionInput = z.input<typeof InspectionInput>;
export const InspectionPatch = InspectionInput.omit({ findings: true }).partial();

export const Finding = z.object({
  id: z.uuid(),
  description: z.string(),
  responsible: z.string(),
  dueOn: z.string().nullable(),
  fixedOn: z.string().nullable(),
  fixNote: z.string().nullable(),
  /** Not fixed and past its due date on the day asked. */
  overdue: z.boolean(),
});
export const Inspection = z.object({
  id: z.uuid(),
  kind: z.enum(inspectionKinds),
  kindLabel: z.string(),
  title: z.string(),
  subject: z.string(),
  conductedBy: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  document: z.object({ id: z.uuid(), reference: z.string(), citation: z.string() }).nullable(),
  conclusion: z.string().nullable(),
  findings: z.array(Finding),
});
export type Inspection = z.infer<typeof Inspection>;

export const InspectionQuery = z.object({
  kind: z.enum(inspectionKinds).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  q: z.string().trim().max(200).optional(),
  openFindings: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
