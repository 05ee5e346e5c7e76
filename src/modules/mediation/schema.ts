import { z } from 'zod';
import { fieldLabels, mediationFields, mediationResults, resultLabels } from './labels.ts';

export type { MediationResult } from './labels.ts';
export { fieldLabels, mediationFields, mediationResults, resultLabels };

const isoDate = z.iso.date('Ngày phải có dạng YYYY-MM-DD');
const text = (max: number) =>
  z
    .string({ error: 'Phải là chuỗi ký tự' })
    .trim()
    .min(1, 'Không được để trống')
    .max(max, `Tối đa ${max} ký tự`);

export const CaseInput = z
  .object({
    receivedDate: isoDate,
    villageId: z.uuid().nullish(),
    field: z.enum(mediationFields),
    subject: text(500),
    parties: z.array(text(200)).min(1, 'Cần ít nhất một bên').max(20, 'Tối đa 20 bên'),
    mediators: z.array(text(200)).min(1, 'Cần ít nhất một hòa giải viên').max(10, 'Tối đa 10 hòa giải viên'),
    mediationDate: isoDate.nullish(),
    result: z
      .enum(mediationResults, { error: 'Kết quả là successful, unsuccessful hoặc ongoing' })
      .default('ongoing'),
    resultDate: isoDate.nullish(),
    notes: z.string().trim().max(5000).nullish(),
  })
  .superRefine((c, ctx) => {
    if (c.result !== 'ongoing' && !c.resultDate)
      ctx.addIssue({ code: 'custom', path: ['resultDate'], message: 'Cần ngày có kết quả hòa giải' });
    if (c.result === 'ongoing' && c.resultDate)
      ctx.addIssue({
        code: 'custom',
        path: ['resultDate'],
        message: 'Vụ việc đang hòa giải chưa có ngày kết quả',
      });
    if (c.resultDate && c.resultDate < c.receivedDate)
      ctx.addIssue({ code: 'custom', path: ['resultDate'], message: 'Ngày kết quả phải sau ngày tiếp nhận' });
    if (c.mediationDate && c.mediationDate < c.receivedDate)
      ctx.addIssue({
        code: 'custom',
        path: ['mediationDate'],
        message: 'Ngày hòa giải phải sau ngày tiếp nhận',
      });
  });
export type CaseInput = z.input<typeof CaseInput>;

export const MediationCase = z.object({
  id: z.uuid(),
  receivedDate: z.string(),
  villageId: z.uuid().nullable(),
  villageName: z.string().nullable(),
  field: z.enum(mediationFields),
  subject: z.string(),
  parties: z.array(z.string()),
  mediators: z.array(z.string()),
  mediationDate: z.string().nullable(),
  result: z.enum(mediationResults),
  resultLabel: z.string(),
  resultDate: z.string().nullable(),
  notes: z.string().nullable(),
});
export type MediationCase = z.infer<typeof MediationCase>;

export const CaseQuery = z.object({
  result: z.enum(mediationResults).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type CaseQuery = z.infer<typeof CaseQuery>;
