import type { OnestopCounts } from '../onestop/indicators.ts';
import type { ReportData } from './data.ts';
import { parsePeriod } from './period.ts';

/** The figures of the PRIMER §3 example, as a commune's data for 2025-H1. */
export const primerCounts: OnestopCounts = {
  carriedOver: 0,
  received: 4080,
  receivedOnline: 1242,
  receivedDirect: 2838,
  receivedPostal: 0,
  resolved: 4040,
  resolvedEarly: 3839,
  resolvedOnTime: 97,
  resolvedLate: 104,
  pendingWithinDeadline: 11,
  pendingOverdue: 0,
  withdrawn: 29,
  rejected: 0,
  digitized: 4000,
  paidOnline: 300,
};

export function makeReportData(overrides: Partial<ReportData> = {}): ReportData {
  const c = primerCounts;
  return {
    genre: 'dan-van',
    commune: {
      code: 'HD',
      name: 'Xã Hoàng Diệu',
      provinceName: 'Tỉnh Hải Dương',
      districtName: 'Huyện Gia Lộc',
      demo: false,
    },
    period: parsePeriod('2025-H1'),
    indicators: {
      'profile.areaHa': 751.67,
      'profile.households': 2381,
      'profile.population': 8657,
      'profile.villages': 7,
      'onestop.procedures.total': 140,
      'onestop.procedures.onlineFull': 60,
      'onestop.procedures.onlinePartial': 80,
      'onestop.dossiers.received': c.received,
      'onestop.dossiers.receivedOnline': c.receivedOnline,
      'onestop.dossiers.receivedDirect': c.receivedDirect,
      'onestop.dossiers.resolved': c.resolved,
      'onestop.dossiers.resolvedEarly': c.resolvedEarly,
      'onestop.dossiers.resolvedOnTime': c.resolvedOnTime,
      'onestop.dossiers.resolvedLate': c.resolvedLate,
      'onestop.dossiers.pendingWithinDeadline': c.pendingWithinDeadline,
      'onestop.dossiers.withdrawn': c.withdrawn,
      'onestop.onlineRate': c.receivedOnline / c.received,
      'onestop.digitizationRate': c.digitized / c.received,
      'onestop.onlinePaymentRate': 0,
      'onestop.apologyLetters': 104,
      'onestop.satisfaction.surveys': 483,
      'onestop.satisfaction.positiveRate': 0.98,
      'petitions.received': 0,
      'mediation.cases': 0,
    },
    previous: { 'onestop.dossiers.received': 3627 },
    onestop: c,
    documents: [
      {
        reference: '13/KH-UBND',
        typeName: 'Kế hoạch',
        date: '2025-03-23',
        summary: 'thực hiện công tác dân vận chính quyền năm 2025',
      },
    ],
    judgement: { strengths: ['Công tác dân vận chính quyền được quan tâm chỉ đạo.'] },
    date: '2025-06-03',
    signer: { authority: 'TM.', title: 'Chủ tịch', name: 'Nguyễn Đức Du' },
    ...overrides,
  };
}
