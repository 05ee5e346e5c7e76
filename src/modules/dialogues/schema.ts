import { z } from 'zod';
import { topics } from '../petitions/schema.ts';
import { opinionOutcomes, outcomeLabels } from './labels.ts';

export type { OpinionOutcome } from './labels.ts';
export { opinionOutcomes, outcomeLabels };

const isoDate = z.iso.date('Ngày phải có dạng YYYY-MM-DD');
const text = (max: number) =>
  z
    .string({ error: 'Phải là chuỗi ký tự' })
    .trim()
    .min(1, 'Không được để trống')
    .max(max, `Tối đa ${max} ký tự`);
const optionalText = (max: number) =>
  z.string({ error: 'Phải là chuỗi ký tự' }).trim().max(max, `Tối đa ${max} ký tự`).nullish();

export const ConferenceInput = z.object({
  heldDate: isoDate,
  villageId: z.uuid().nullish(),
  place: text(300),
  chairedBy: text(200),
  topic: text(500),
  participants: z.number().int('Số người là số nguyên').min(0, 'Không âm').max(100_000),
  notes: optionalText(5000),
});
export type ConferenceInput = z.input<typeof ConferenceInput>;

export const OpinionInput = z
  .object({
    topic: z.enum(topics),
    content: text(5000),
    raisedBy: optionalText(200),
    outcome: z.enum(opinionOutcomes, {
      error: 'Kết quả là answeredOnSpot, answeredLater, escalated hoặc pending',
    }),
    answer: optionalText(5000),
    answeredDate: isoDate.nullish(),
    escalatedTo: optionalText(300),
  })
  .superRefine((o, ctx) => {
    if (o.outcome === 'answeredLater' && (!o.answer || !o.answeredDate)) {
      ctx.addIssue({
        code: 'custom',
        path: [o.answer ? 'answeredDate' : 'answer'],
        message: 'Trả lời sau hội nghị cần nội dung và ngày trả lời',
      });
    }
    if (o.outcome === 'escalated' && !o.escalatedTo)
      ctx.addIssue({ code: 'custom', path: ['escalatedTo'], message: 'Cần ghi cấp, cơ quan nhận kiến nghị' });
  });
export type OpinionInput = z.input<typeof OpinionInput>;

export const Opinion = z.object({
  id: z.uuid(),
  topic: z.enum(topics),
  content: z.string(),
  raisedBy: z.string().nullable(),
  outcome: z.enum(opinionOutcomes),
  outcomeLabel: z.string(),
  answer: z.string().nullable(),
  answeredDate: z.string().nullable(),
  escalatedTo: z.string().nullable(),
});
export type Opinion = z.infer<typeof Opinion>;

export const Conference = z.object({
  id: z.uuid(),
  heldDate: z.string(),
  villageId: z.uuid().nullable(),
  villageName: z.string().nullable(),
  place: z.string(),
  chairedBy: z.string(),
  topic: z.string(),
  participants: z.number(),
  notes: z.string().nullable(),
  opinions: z.array(Opinion),
});
export type Conference = z.infer<typeof Conference>;

export const ConferenceQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type ConferenceQuery = z.infer<typeof ConferenceQuery>;
