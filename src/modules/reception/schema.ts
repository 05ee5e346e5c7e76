import { z } from 'zod';
import { topics } from '../petitions/schema.ts';
import { receptionKindLabels, receptionKinds, weekdayLabels } from './labels.ts';

export type { ReceptionKind } from './labels.ts';
export { receptionKindLabels, receptionKinds, weekdayLabels };

const isoDate = z.iso.date('Ngày phải có dạng YYYY-MM-DD');
const text = (max: number) =>
  z
    .string({ error: 'Phải là chuỗi ký tự' })
    .trim()
    .min(1, 'Không được để trống')
    .max(max, `Tối đa ${max} ký tự`);
const optionalText = (max: number) =>
  z.string({ error: 'Phải là chuỗi ký tự' }).trim().max(max, `Tối đa ${max} ký tự`).nullish();
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:MM');

export const SessionInput = z.object({
  kind: z.enum(receptionKinds, { error: 'Hình thức tiếp là regular, periodic hoặc adhoc' }),
  sessionDate: isoDate,
  place: text(300),
  /** The account of who received, when they have one; the name and role are kept as written. */
  receiverId: z.uuid().nullish(),
  receiverName: text(200),
  receiverRole: text(200),
  citizens: z
    .number()
    .int('Số lượt là số nguyên')
    .min(0, 'Số lượt không âm')
    .max(10_000, 'Tối đa 10.000 lượt'),
  crowd: z.boolean().default(false),
  topics: z.array(z.enum(topics)).max(topics.length).default([]),
  notes: optionalText(5000),
});
export type SessionInput = z.input<typeof SessionInput>;

export const Session = z.object({
  id: z.uuid(),
  kind: z.enum(receptionKinds),
  sessionDate: z.string(),
  place: z.string(),
  receiverId: z.uuid().nullable(),
  receiverName: z.string(),
  receiverRole: z.string(),
  citizens: z.number(),
  crowd: z.boolean(),
  topics: z.array(z.enum(topics)),
  notes: z.string().nullable(),
  /** Petitions opened from this session's visits. */
  petitions: z.number(),
});
export type Session = z.infer<typeof Session>;

export const SessionQuery = z.object({
  kind: z.enum(receptionKinds).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type SessionQuery = z.infer<typeof SessionQuery>;

export const ScheduleInput = z
  .object({
    kind: z.enum(receptionKinds),
    receiverName: text(200),
    receiverRole: text(200),
    /** Weekly: 1 = Monday … 7 = Sunday; or a one-off date. */
    weekday: z
      .number()
      .int()
      .min(1, 'Thứ từ 1 (Thứ Hai) đến 7 (Chủ nhật)')
      .max(7, 'Thứ từ 1 (Thứ Hai) đến 7 (Chủ nhật)')
      .nullish(),
    onDate: isoDate.nullish(),
    startTime: clock,
    endTime: clock,
    place: text(300),
    note: optionalText(2000),
    validFrom: isoDate,
    validTo: isoDate.nullish(),
    published: z.boolean().default(true),
  })
  .superRefine((s, ctx) => {
    if ((s.weekday == null) === (s.onDate == null))
      ctx.addIssue({
        code: 'custom',
        path: ['weekday'],
        message: 'Chọn một thứ trong tuần hoặc một ngày cụ thể',
      });
    if (s.endTime <= s.startTime)
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Giờ kết thúc phải sau giờ bắt đầu' });
    if (s.validTo && s.validTo < s.validFrom)
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'Ngày hết hiệu lực phải sau ngày bắt đầu' });
  });
export type ScheduleInput = z.input<typeof ScheduleInput>;

export const ScheduleEntry = z.object({
  id: z.uuid(),
  kind: z.enum(receptionKinds),
  kindLabel: z.string(),
  receiverName: z.string(),
  receiverRole: z.string(),
  weekday: z.number().nullable(),
  onDate: z.string().nullable(),
  /** "Thứ Năm hằng tuần" or "Ngày 05/12/2026". */
  when: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
  note: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  published: z.boolean(),
});
export type ScheduleEntry = z.infer<typeof ScheduleEntry>;
