import type { MediationResult } from './types.ts';

export { fieldLabels, resultLabels } from '../../../src/modules/mediation/labels.ts';
export const resultColors: Record<MediationResult, string> = {
  successful: 'green',
  unsuccessful: 'red',
  ongoing: 'blue',
};

export const mediation = {
  nav: 'Hòa giải ở cơ sở',
  title: 'Hòa giải ở cơ sở',
  intro: 'Vụ việc do tổ hòa giải ở thôn, tổ dân phố tiếp nhận và kết quả hòa giải.',
  add: 'Thêm vụ việc',
  deleteConfirm: 'Xóa vụ việc hòa giải này?',
  empty: 'Chưa có vụ việc hòa giải nào.',
  result: 'Kết quả',
  allResults: 'Tất cả kết quả',
  receivedDate: 'Ngày tiếp nhận',
  village: 'Thôn, tổ dân phố',
  villageNone: 'Không ghi',
  field: 'Lĩnh vực',
  subject: 'Nội dung vụ việc',
  parties: 'Các bên',
  partiesHint: 'Mỗi bên một dòng',
  mediators: 'Hòa giải viên',
  mediatorsHint: 'Mỗi người một dòng',
  mediationDate: 'Ngày hòa giải',
  resultDate: 'Ngày có kết quả',
  notes: 'Ghi chú',
  required: 'Không được để trống',
  invalidDate: 'Ngày không hợp lệ (dd/mm/yyyy)',
  addTitle: 'Thêm vụ việc hòa giải',
  editTitle: 'Sửa vụ việc hòa giải',
} as const;
