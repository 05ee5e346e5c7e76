import { z } from 'zod';
import { FileUpload } from './files.ts';

/**
 * Document type codes of Nghị định 30/2020/NĐ-CP, Phụ lục III (RULES.md §6); '' is a công văn,
 * which has no type code (`12/UBND-VX`).
 */
export const documentTypeLabels = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
  TC: 'Thông cáo',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  PA: 'Phương án',
  ĐA: 'Đề án',
  DA: 'Dự án',
  BC: 'Báo cáo',
  BB: 'Biên bản',
  TTr: 'Tờ trình',
  HĐ: 'Hợp đồng',
  CĐ: 'Công điện',
  BGN: 'Bản ghi nhớ',
  BTT: 'Bản thỏa thuận',
  GUQ: 'Giấy ủy quyền',
  GM: 'Giấy mời',
  GGT: 'Giấy giới thiệu',
  GNP: 'Giấy nghỉ phép',
  PG: 'Phiếu gửi',
  PC: 'Phiếu chuyển',
  PB: 'Phiếu báo',
  '': 'Công văn',
} as const;
export type DocumentType = keyof typeof documentTypeLabels;
export const documentTypes = Object.keys(documentTypeLabels) as [DocumentType, ...DocumentType[]];

const code = (what: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(16)
    .regex(/^[A-Za-zĐđ]+$/u, `${what} chỉ gồm chữ cái viết tắt, ví dụ UBND`);

export const AllocateInput = z.object({
  type: z.preprocess((v) => (typeof v === 'string' ? v.normalize('NFC') : v), z.enum(documentTypes)),
  date: z.iso.date(),
  summary: z.string().trim().min(1).max(1000),
  signer: z.string().trim().min(1).max(200),
  /** Issuing body's abbreviation; the commune's People's Committee by default. */
  issuer: code('Ký hiệu cơ quan ban hành').default('UBND'),
  /** A công văn's drafting unit: `VX` in `12/UBND-VX`. */
  field: code('Ký hiệu đơn vị soạn thảo').nullish(),
});
export type AllocateInput = z.input<typeof AllocateInput>;

export const RegisterInput = AllocateInput.extend({ file: FileUpload.nullish() });
export type RegisterInput = z.input<typeof RegisterInput>;

export const DocumentUpdateInput = z.object({
  summary: z.string().trim().min(1).max(1000).optional(),
  signer: z.string().trim().min(1).max(200).optional(),
});

export const DocumentLinkInput = z.object({
  entity: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[a-z][a-zA-Z_.-]*$/, 'Tên loại bản ghi không hợp lệ'),
  entityId: z.string().trim().min(1).max(100),
  label: z.string().trim().max(300).default(''),
});
export type DocumentLinkInput = z.input<typeof DocumentLinkInput>;

export const Document = z.object({
  id: z.uuid(),
  type: z.string(),
  typeLabel: z.string(),
  issuer: z.string(),
  field: z.string(),
  year: z.number(),
  number: z.number(),
  reference: z.string(),
  date: z.string(),
  summary: z.string(),
  signer: z.string(),
  file: z.object({ name: z.string(), mediaType: z.string(), size: z.number() }).nullable(),
  /** "Kế hoạch số 13/KH-UBND ngày 23/3/2023 về …", as reports cite it. */
  citation: z.string(),
});
export type Document = z.infer<typeof Document>;

export const DocumentLink = z.object({
  entity: z.string(),
  entityId: z.string(),
  label: z.string(),
});
export const DocumentDetail = Document.extend({ links: z.array(DocumentLink) });
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const DocumentQuery = z.object({
  q: z.string().trim().max(200).optional(),
  type: z
    .preprocess((v) => (typeof v === 'string' ? v.normalize('NFC') : v), z.enum(documentTypes))
    .optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type DocumentQuery = z.infer<typeof DocumentQuery>;

export const NumberingSettings = z.object({
  /** One sequence per document type instead of one shared sequence (Nghị định 30/2020 art. 15). */
  perTypeNumbering: z.boolean(),
});
export type NumberingSettings = z.infer<typeof NumberingSettings>;
