import type { Channel, DossierStatus } from '../schema.ts';
import { channelLabels, statusLabels } from '../schema.ts';

/** One column the importer understands: its canonical Vietnamese header and accepted variants. */
export interface FieldSpec<F extends string = string> {
  field: F;
  header: string;
  /** Other headers seen in provincial exports; compared like the canonical one. */
  aliases?: readonly string[];
  /** The header row must have this column (its cells may still be checked row by row). */
  required: boolean;
}

export const dossierFieldIds = [
  'code',
  'procedureCode',
  'procedureName',
  'sector',
  'channel',
  'receivedDate',
  'dueDate',
  'returnedDate',
  'status',
] as const;
export type DossierField = (typeof dossierFieldIds)[number];

/** The documented canonical layout of a dossier list (docs/onestop-import.md). */
export const dossierFields: readonly FieldSpec<DossierField>[] = [
  { field: 'code', header: 'Mã hồ sơ', aliases: ['Số hồ sơ', 'Mã số hồ sơ'], required: true },
  {
    field: 'procedureCode',
    header: 'Mã thủ tục',
    aliases: ['Mã TTHC', 'Mã thủ tục hành chính'],
    required: false,
  },
  {
    field: 'procedureName',
    header: 'Tên thủ tục',
    aliases: ['Tên TTHC', 'Tên thủ tục hành chính', 'Thủ tục'],
    required: true,
  },
  { field: 'sector', header: 'Lĩnh vực', required: false },
  {
    field: 'channel',
    header: 'Hình thức tiếp nhận',
    aliases: ['Kênh tiếp nhận', 'Hình thức nộp'],
    required: true,
  },
  {
    field: 'receivedDate',
    header: 'Ngày tiếp nhận',
    aliases: ['Ngày nhận', 'Thời gian tiếp nhận'],
    required: true,
  },
  {
    field: 'dueDate',
    header: 'Ngày hẹn trả',
    aliases: ['Ngày hẹn trả kết quả', 'Hạn trả kết quả'],
    required: true,
  },
  {
    field: 'returnedDate',
    header: 'Ngày trả kết quả',
    aliases: ['Ngày trả', 'Ngày hoàn thành'],
    required: false,
  },
  { field: 'status', header: 'Trạng thái', aliases: ['Tình trạng', 'Trạng thái hồ sơ'], required: true },
];

export const procedureFieldIds = [
  'code',
  'name',
  'sector',
  'processingDays',
  'onlineLevel',
  'fee',
  'civilStatusEvent',
] as const;
export type ProcedureField = (typeof procedureFieldIds)[number];

/** The canonical layout of a procedure catalogue. */
export const procedureFields: readonly FieldSpec<ProcedureField>[] = [
  { field: 'code', header: 'Mã thủ tục', aliases: ['Mã TTHC', 'Mã thủ tục hành chính'], required: true },
  { field: 'name', header: 'Tên thủ tục', aliases: ['Tên TTHC', 'Tên thủ tục hành chính'], required: true },
  { field: 'sector', header: 'Lĩnh vực', required: true },
  {
    field: 'processingDays',
    header: 'Thời hạn giải quyết (ngày làm việc)',
    aliases: ['Thời hạn giải quyết', 'Số ngày giải quyết'],
    required: true,
  },
  {
    field: 'onlineLevel',
    header: 'Mức độ trực tuyến',
    aliases: ['Mức độ dịch vụ công', 'Dịch vụ công trực tuyến', 'Mức độ DVC'],
    required: false,
  },
  { field: 'fee', header: 'Phí, lệ phí', aliases: ['Phí', 'Lệ phí', 'Phí lệ phí (đồng)'], required: false },
  { field: 'civilStatusEvent', header: 'Sự kiện hộ tịch', required: false },
];

/**
 * Accepted cell values, compared by `valueKey` (no diacritics, case, spacing or punctuation).
 * The internal codes are accepted too, so a file written by Dân Vận itself reads back.
 */
export const channelValues: Record<string, Channel> = {
  ...Object.fromEntries(Object.entries(channelLabels).map(([code, label]) => [label, code as Channel])),
  'Bưu chính': 'postal',
  'Qua bưu chính công ích': 'postal',
  'Nộp trực tiếp': 'direct',
  'Nộp trực tuyến': 'online',
  'Dịch vụ công trực tuyến': 'online',
  direct: 'direct',
  online: 'online',
  postal: 'postal',
};

export const statusValues: Record<string, DossierStatus> = {
  ...Object.fromEntries(Object.entries(statusLabels).map(([code, label]) => [label, code as DossierStatus])),
  'Đã trả': 'returned',
  'Đã giải quyết': 'returned',
  'Rút hồ sơ': 'withdrawn',
  'Công dân rút': 'withdrawn',
  'Từ chối giải quyết': 'rejected',
  'Trả lại hồ sơ': 'rejected',
  'Đang giải quyết': 'processing',
  'Chờ bổ sung hồ sơ': 'supplement_requested',
  received: 'received',
  supplement_requested: 'supplement_requested',
  processing: 'processing',
  returned: 'returned',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};

export const onlineLevelValues: Record<string, 'none' | 'partial' | 'full'> = {
  'Một phần': 'partial',
  'Trực tuyến một phần': 'partial',
  'Toàn trình': 'full',
  'Trực tuyến toàn trình': 'full',
  Không: 'none',
  // The pre-2022 scale (Nghị định 43/2011): levels 3 and 4 became "một phần" and "toàn trình".
  'Mức độ 1': 'none',
  'Mức độ 2': 'none',
  'Mức độ 3': 'partial',
  'Mức độ 4': 'full',
  none: 'none',
  partial: 'partial',
  full: 'full',
};

export const civilStatusValues: Record<string, 'birth' | 'marriage' | 'death' | null> = {
  'Khai sinh': 'birth',
  'Kết hôn': 'marriage',
  'Khai tử': 'death',
  Không: null,
  birth: 'birth',
  marriage: 'marriage',
  death: 'death',
};

/** The labels an official should write, for error messages. */
export const channelChoices = Object.values(channelLabels);
export const statusChoices = ['Đã trả kết quả', 'Đang xử lý', 'Công dân rút hồ sơ', 'Từ chối'];
