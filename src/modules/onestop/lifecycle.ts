import type { DossierAction, DossierStatus } from './schema.ts';

/**
 * The dossier lifecycle as data (Nghị định 61/2018, Thông tư 01/2018/TT-VPCP): what may happen
 * next in each status. The API refuses anything else; the UI shows exactly these buttons.
 */
export const allowedActions = {
  received: ['process', 'requestSupplement', 'reject', 'withdraw', 'apologize', 'return'],
  supplement_requested: ['supplied', 'reject', 'withdraw', 'apologize'],
  processing: ['return', 'requestSupplement', 'apologize', 'withdraw'],
  returned: [],
  rejected: [],
  withdrawn: [],
} as const satisfies Record<DossierStatus, readonly DossierAction[]>;

/** The status an action leads to (apologize keeps the status, moving the appointment date). */
export const nextStatus: Record<DossierAction, DossierStatus | null> = {
  process: 'processing',
  requestSupplement: 'supplement_requested',
  supplied: 'processing',
  reject: 'rejected',
  withdraw: 'withdrawn',
  apologize: null,
  return: 'returned',
};

export const actionLabels: Record<DossierAction | 'receive' | 'rate', string> = {
  receive: 'Tiếp nhận hồ sơ',
  process: 'Chuyển xử lý',
  requestSupplement: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
  supplied: 'Đã bổ sung hồ sơ',
  reject: 'Từ chối giải quyết',
  withdraw: 'Công dân rút hồ sơ',
  apologize: 'Xin lỗi và hẹn lại ngày trả',
  return: 'Trả kết quả',
  rate: 'Công dân đánh giá',
};

export function canAct(status: DossierStatus, action: DossierAction): boolean {
  return (allowedActions[status] as readonly string[]).includes(action);
}

export const openStatuses: readonly DossierStatus[] = ['received', 'supplement_requested', 'processing'];
