import { z } from 'zod';
import { SubjectNames } from '../onestop/schema.ts';

export const letterKinds = ['newborn', 'marriage', 'condolence'] as const;
export type LetterKind = (typeof letterKinds)[number];
export const letterStatuses = ['draft', 'sent', 'cancelled'] as const;
export type LetterStatus = (typeof letterStatuses)[number];
export const papers = ['A4', 'A5'] as const;
export type Paper = (typeof papers)[number];

/** The one-stop procedure's civil-status event decides the letter. */
export const kindOfEvent = {
  birth: 'newborn',
  marriage: 'marriage',
  death: 'condolence',
} as const satisfies Record<'birth' | 'marriage' | 'death', LetterKind>;

export const kindLabels: Record<LetterKind, string> = {
  newborn: 'Thư chúc mừng trẻ mới sinh',
  marriage: 'Thư chúc mừng đăng ký kết hôn',
  condolence: 'Thư chia buồn',
};
export const statusLabels: Record<LetterStatus, string> = {
  draft: 'Dự thảo',
  sent: 'Đã gửi',
  cancelled: 'Không gửi',
};

// The names live on the dossier; the letters read and edit them.
export { SubjectNames };

const text = (max: number) => z.string().trim().min(1).max(max);

export const TemplateInput = z.object({
  title: text(200),
  recipient: text(500),
  body: text(10_000),
  paper: z.enum(papers).default('A5'),
});
export type TemplateInput = z.input<typeof TemplateInput>;
export const Template = z.object({
  kind: z.enum(letterKinds),
  kindLabel: z.string(),
  title: z.string(),
  recipient: z.string(),
  body: z.string(),
  paper: z.enum(papers),
  isDefault: z.boolean(),
  placeholders: z.array(z.string()),
});
export type Template = z.infer<typeof Template>;

export const LetterPatch = z.object({
  recipient: text(500).optional(),
  title: text(200).optional(),
  body: text(10_000).optional(),
  paper: z.enum(papers).optional(),
  letterDate: z.iso.date().optional(),
  signerName: z.string().trim().max(200).optional(),
});

export const LetterAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('markSent'), sentDate: z.iso.date().nullish() }),
  z.object({ action: z.literal('cancel') }),
  /** Records the names on the dossier (when given) and writes the draft again from the template. */
  z.object({ action: z.literal('refill'), names: SubjectNames.optional() }),
]);
export type LetterAction = z.infer<typeof LetterAction>;

export const Letter = z.object({
  id: z.uuid(),
  dossierId: z.uuid(),
  dossierCode: z.string(),
  procedureName: z.string(),
  returnedDate: z.string().nullable(),
  kind: z.enum(letterKinds),
  kindLabel: z.string(),
  status: z.enum(letterStatuses),
  statusLabel: z.string(),
  recipient: z.string(),
  title: z.string(),
  body: z.string(),
  paper: z.enum(papers),
  letterDate: z.string(),
  signerName: z.string(),
  sentDate: z.string().nullable(),
  /** False while a name the template needs is missing ("……" in the text). */
  complete: z.boolean(),
  /** The names recorded on the dossier, which the draft was filled from. */
  subjectNames: SubjectNames.nullable(),
  actions: z.array(z.string()),
});
export type Letter = z.infer<typeof Letter>;

export const LetterQuery = z.object({
  status: z.enum(letterStatuses).optional(),
  /** The letter of one dossier (the desk's dossier page links to it). */
  dossierId: z.uuid().optional(),
  kind: z.enum(letterKinds).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type LetterQuery = z.infer<typeof LetterQuery>;
