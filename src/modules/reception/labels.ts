// This module's vocabulary and its Vietnamese labels, without zod: the web app imports this file
// as it is, so the labels exist once.

export const receptionKinds = ['regular', 'periodic', 'adhoc'] as const;
export type ReceptionKind = (typeof receptionKinds)[number];

/** Luật Tiếp công dân 2013, art. 18; Thông tư 04/2021/TT-TTCP. */
export const receptionKindLabels: Record<ReceptionKind, string> = {
  regular: 'Thường xuyên',
  periodic: 'Định kỳ',
  adhoc: 'Đột xuất',
};
export const weekdayLabels = [
  '',
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
  'Chủ nhật',
] as const;
