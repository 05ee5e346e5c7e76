import { z } from 'zod';
import { FileUpload } from '../documents/files.ts';
import { disclosurePlaces, draftTypes } from './rules.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish();
const isoDate = z.iso.date();

// --- Disclosure ---------------------------------------------------------------------------------

export const CategoryInput = z.object({
  name: text(500),
  required: z.boolean().default(true),
  active: z.boolean().default(true),
  position: z.number().int().min(0).max(10_000).default(100),
});
export const CategoryCode = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[a-z][a-zA-Z0-9]*$/, 'Mã nhóm chỉ gồm chữ không dấu và số, bắt đầu bằng chữ thường');

export const Category = z.object({
  code: z.string(),
  name: z.string(),
  required: z.boolean(),
  active: z.boolean(),
  position: z.number(),
  /** Where the default comes from; null for a category the commune added. */
  source: z.string().nullable(),
  verification: z.string().nullable(),
});
export type Category = z.infer<typeof Category>;

export const DisclosureInput = z.object({
  categoryCode: CategoryCode,
  title: text(500),
  documentId: z.uuid().nullish(),
  places: z.array(z.enum(disclosurePlaces)).min(1, 'Chọn ít nhất một hình thức công khai').max(7),
  placeNote: optionalText(500),
  postedFrom: isoDate,
  postedTo: isoDate,
  note: optionalText(2000),
});
export type DisclosureInput = z.input<typeof DisclosureInput>;
export const DisclosurePatch = DisclosureInput.partial();

export const PhotoInput = FileUpload.extend({ caption: optionalText(300) });

const FileInfo = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  caption: z.string().nullable(),
});

export const DisclosureItem = z.object({
  id: z.uuid(),
  categoryCode: z.string(),
  categoryName: z.string(),
  title: z.string(),
  document: z.object({ id: z.uuid(), reference: z.string(), citation: z.string() }).nullable(),
  places: z.array(z.enum(disclosurePlaces)),
  placeLabels: z.array(z.string()),
  placeNote: z.string().nullable(),
  postedFrom: z.string(),
  postedTo: z.string(),
  days: z.number(),
  note: z.string().nullable(),
  photos: z.array(FileInfo),
});
export type DisclosureItem = z.infer<typeof DisclosureItem>;

export const DisclosureQuery = z.object({
  q: z.string().trim().max(200).optional(),
  categoryCode: z.string().max(40).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type DisclosureQuery = z.infer<typeof DisclosureQuery>;

export const Checklist = z.object({
  year: z.number(),
  categories: z.array(
    z.object({ code: z.string(), name: z.string(), required: z.boolean(), items: z.number() }),
  ),
  missing: z.array(z.object({ code: z.string(), name: z.string() })),
});

export const DisclosureSettings = z.object({ minPostingDays: z.number().int().min(1).max(365) });

/** What the citizen portal shows of a disclosed item. */
export const PublicDisclosure = DisclosureItem.omit({ photos: true, note: true });

// --- Consultation -------------------------------------------------------------------------------

export const consultationStatuses = ['scheduled', 'open', 'closed', 'published'] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];
export const decisions = ['accepted', 'partlyAccepted', 'notAccepted'] as const;
export type Decision = (typeof decisions)[number];
export const opinionSources = ['portal', 'meeting', 'written'] as const;

export const PassageInput = z.object({ label: text(100), body: text(10_000) });

export const DraftInput = z.object({
  draftType: z.enum(draftTypes),
  title: text(500),
  documentId: z.uuid().nullish(),
  summary: text(5000),
  questions: z.array(text(1000)).max(50).default([]),
  passages: z.array(PassageInput).max(200).default([]),
  opensOn: isoDate,
  closesOn: isoDate,
});
export type DraftInput = z.input<typeof DraftInput>;
export const DraftPatch = DraftInput.omit({ passages: true, draftType: true }).partial();

export const OpinionInput = z.object({
  source: z.enum(['meeting', 'written']),
  meetingId: z.uuid().nullish(),
  passageId: z.uuid().nullish(),
  authorName: optionalText(200),
  content: text(5000),
  supporters: z.number().int().min(1).max(100_000).default(1),
  receivedDate: isoDate.nullish(),
});
export type OpinionInput = z.input<typeof OpinionInput>;

export const MeetingInput = z.object({
  villageId: z.uuid().nullish(),
  place: text(300),
  meetingDate: isoDate,
  attendees: z.number().int().min(0).max(100_000),
  agree: z.number().int().min(0).max(100_000).default(0),
  disagree: z.number().int().min(0).max(100_000).default(0),
  abstain: z.number().int().min(0).max(100_000).default(0),
  note: optionalText(2000),
  opinions: z
    .array(
      z.object({
        passageId: z.uuid().nullish(),
        content: text(5000),
        supporters: z.number().int().min(1).max(100_000).default(1),
      }),
    )
    .max(200)
    .default([]),
});
export type MeetingInput = z.input<typeof MeetingInput>;

export const ResponseInput = z.object({
  title: text(500),
  decision: z.enum(decisions),
  reason: text(5000),
  opinionIds: z.array(z.uuid()).min(1, 'Chọn ít nhất một ý kiến').max(1000),
});
export type ResponseInput = z.input<typeof ResponseInput>;

export const PublishInput = z.object({ summary: text(10_000) });

export const CommentInput = z.object({
  passageId: z.uuid().nullish(),
  content: text(3000),
  authorName: optionalText(200),
  contact: optionalText(200),
});
export type CommentInput = z.input<typeof CommentInput>;

export const RuleInput = z.object({ minDays: z.number().int().min(1).max(365) });

export const Passage = z.object({ id: z.uuid(), position: z.number(), label: z.string(), body: z.string() });
export const Opinion = z.object({
  id: z.uuid(),
  source: z.enum(opinionSources),
  passageId: z.uuid().nullable(),
  passageLabel: z.string().nullable(),
  meetingId: z.uuid().nullable(),
  authorName: z.string().nullable(),
  content: z.string(),
  supporters: z.number(),
  responseId: z.uuid().nullable(),
  receivedDate: z.string(),
});
export const Meeting = z.object({
  id: z.uuid(),
  villageId: z.uuid().nullable(),
  place: z.string(),
  meetingDate: z.string(),
  attendees: z.number(),
  agree: z.number(),
  disagree: z.number(),
  abstain: z.number(),
  note: z.string().nullable(),
});
export const Response = z.object({
  id: z.uuid(),
  position: z.number(),
  title: z.string(),
  decision: z.enum(decisions),
  decisionLabel: z.string(),
  reason: z.string(),
  opinionIds: z.array(z.uuid()),
});

export const Draft = z.object({
  id: z.uuid(),
  draftType: z.enum(draftTypes),
  draftTypeLabel: z.string(),
  title: z.string(),
  document: z.object({ id: z.uuid(), reference: z.string(), citation: z.string() }).nullable(),
  summary: z.string(),
  questions: z.array(z.string()),
  opensOn: z.string(),
  closesOn: z.string(),
  days: z.number(),
  minDays: z.number(),
  status: z.enum(consultationStatuses),
  statusLabel: z.string(),
  opinions: z.number(),
  accountPublishedDate: z.string().nullable(),
  /** What the API allows next, for the UI's buttons. */
  actions: z.array(z.string()),
});
export type Draft = z.infer<typeof Draft>;

export const DraftDetail = Draft.extend({
  passages: z.array(Passage),
  meetings: z.array(Meeting),
  opinionList: z.array(Opinion),
  responses: z.array(Response),
  accountSummary: z.string().nullable(),
});
export type DraftDetail = z.infer<typeof DraftDetail>;

/** The portal's view: no author names or contacts, the account only once published. */
export const PublicDraft = Draft.omit({ actions: true }).extend({
  passages: z.array(Passage),
  canComment: z.boolean(),
  account: z
    .object({
      summary: z.string(),
      publishedDate: z.string(),
      responses: z.array(
        Response.omit({ opinionIds: true }).extend({
          opinions: z.array(
            z.object({
              source: z.enum(opinionSources),
              passageLabel: z.string().nullable(),
              content: z.string(),
            }),
          ),
        }),
      ),
    })
    .nullable(),
});
export type PublicDraft = z.infer<typeof PublicDraft>;

export const ConsultationRule = z.object({
  draftType: z.enum(draftTypes),
  label: z.string(),
  minDays: z.number(),
  isDefault: z.boolean(),
  source: z.string(),
  verification: z.string(),
});
