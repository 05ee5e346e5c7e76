import { describe, expect, it } from 'vitest';
import { intakeText } from './intake.ts';
import { type Expected, expectEach, readFixture as fixture, score } from './test-helpers.ts';

// Excerpts of real reports published on commune and news sites (not in shared/ examples), each
// with its source on the first line. The expected values were read by hand from the text; a
// lower bound ("hơn 700") is expected with its qualifier. See docs/intake.md for the measured rate.
const EXPECTED: Expected[] = [
  {
    file: 'vinh-ha-dan-van-2022.txt',
    commune: { name: 'Vinh Hà', district: 'Phú Vang', province: null },
    // The date it was signed is not its period, and the excerpt states none.
    period: null,
    indicators: {
      'profile.areaHa': [2941.86],
      'profile.households': [2782],
      'profile.population': [11376],
      'profile.villages': [5],
    },
    findings: [],
  },
  {
    file: 'quang-phu-tiep-cong-dan-quy-3-2023.txt',
    commune: { name: 'Quảng Phú', district: 'Quảng Điền' },
    period: '2023-Q3',
    indicators: { 'reception.citizens.total': [0] },
    findings: [],
  },
  {
    file: 'hoai-hai-mot-cua-9-thang-2022.txt',
    commune: { name: 'Hoài Hải' },
    period: '2022-9M',
    indicators: {},
    findings: [],
  },
  {
    file: 'cam-ha-6-thang-2022.txt',
    commune: { name: 'Cẩm Hà' },
    // "6 tháng đầu năm và … 6 tháng cuối năm 2022" reports on the first half.
    period: '2022-H1',
    indicators: {},
    findings: [],
  },
  {
    file: 'binh-duong-cap-xa-2021.txt',
    commune: { name: null },
    period: '2021',
    indicators: {
      'onestop.dossiers.received': [904497],
      'onestop.dossiers.resolved': [904298],
      'onestop.dossiers.resolvedEarlyOrOnTime': [904225],
      'onestop.dossiers.resolvedLate': [73],
    },
    findings: [],
  },
  {
    file: 'phu-luong-mot-cua-quy-1-2023.txt',
    commune: { name: null, district: null },
    period: null,
    indicators: {
      'onestop.dossiers.received': [700],
      'onestop.dossiers.receivedOnline': [568],
      'onestop.dossiers.resolved': [600],
      'onestop.dossiers.resolvedEarly': [587],
      'onestop.dossiers.resolvedOnTime': [19],
      'onestop.dossiers.resolvedLate': [3],
      'onestop.dossiers.pending': [100],
      'onestop.dossiers.pendingOverdue': [1],
    },
    qualifiers: {
      'onestop.dossiers.received': 'atLeast',
      'onestop.dossiers.resolved': 'atLeast',
      'onestop.dossiers.pending': 'atLeast',
    },
    findings: [],
  },
  {
    file: 'ky-giang-dac-diem-2021.txt',
    commune: { name: 'Kỳ Giang', district: 'Kỳ Anh', province: 'Hà Tĩnh' },
    period: null,
    indicators: {
      'profile.areaHa': [1719.83],
      'profile.households': [1706],
      'profile.population': [5845],
      'profile.villages': [7],
    },
    findings: [],
  },
  {
    // Parts of the area ("đất lâm nghiệp là 1.852,8 ha"), people of working age and the villages
    // with a loudspeaker are not the commune's totals.
    file: 'xuan-quang-dac-diem.txt',
    commune: { name: 'Xuân Quang', district: 'Bảo Thắng' },
    period: null,
    indicators: {
      'profile.areaHa': [5981],
      'profile.ethnicGroups': [10],
      'profile.households': [2939],
      'profile.population': [11925],
      'profile.villages': [20],
    },
    findings: [],
  },
  {
    // 4,03 km² is 403 ha; the density (người/km²) and a census year are not figures of the period;
    // the neighbour's district is not the commune's.
    file: 'dan-chu-quynh-phu.txt',
    commune: { name: 'Dân Chủ', district: null },
    period: null,
    indicators: { 'profile.areaHa': [403], 'profile.population': [4478], 'profile.villages': [7] },
    findings: [],
  },
  {
    // The city's figures; the breakdown by office ("Trong đó, tại …", "Tại khối UBND các phường,
    // xã …") states parts, which are not a second value of the same figure.
    file: 'da-lat-tthc-nam-2023.txt',
    commune: { name: null },
    period: '2023',
    indicators: { 'onestop.dossiers.received': [87582], 'onestop.dossiers.resolvedEarlyOrOnTime': [87253] },
    findings: [],
  },
  {
    // 99,96% of the dossiers received: a share may be of the received, not only of the resolved.
    file: 'quan-1-mot-cua-nam-2018.txt',
    commune: { name: null },
    period: '2018',
    indicators: {
      'onestop.dossiers.pendingWithinDeadline': [220],
      'onestop.dossiers.received': [585336],
      'onestop.dossiers.resolved': [585116],
      'onestop.dossiers.resolvedLate': [0],
      'onestop.dossiers.resolvedOnTime': [585116],
    },
    findings: [],
  },
  {
    // "tiếp thường xuyên 161/201 người": visits over people; 161 + 98 = 259.
    file: 'lam-dong-tiep-cong-dan-thang-4-2017.txt',
    commune: { name: null },
    // "Kết quả tiếp công dân tháng 4 năm 2017": April, read as the year until months were read.
    period: '2017-04-01..2017-04-30',
    indicators: {
      'reception.citizens.periodic': [98],
      'reception.citizens.regular': [161],
      'reception.citizens.total': [259],
    },
    findings: [],
  },
  {
    // The same period of the year before is a comparison, not a second value.
    file: 'ninh-thuan-tiep-cong-dan-6-thang-2020.txt',
    commune: { name: null },
    period: '2020-H1',
    indicators: { 'reception.citizens.total': [866], 'reception.crowds': [5] },
    findings: [],
  },
  {
    // 96,55% is of the dossiers due ("đến hạn giải quyết 19.944"), not of those received.
    file: 'vinh-phuc-mot-cua-thang-8-2021.txt',
    commune: { name: null },
    // "từ ngày 21/7 đến 20/8/2021" writes the year once; read since held-out set 2.
    period: '2021-07-21..2021-08-20',
    indicators: {
      'onestop.dossiers.due': [19944],
      'onestop.dossiers.pendingOverdue': [689],
      'onestop.dossiers.received': [19630],
      'onestop.dossiers.resolvedEarlyOrOnTime': [19255],
    },
    findings: [],
  },
  {
    file: 'chau-dinh-doi-thoai-2024.txt',
    commune: { name: 'Châu Đình' },
    period: '2024',
    indicators: { 'dialogues.opinions': [13] },
    findings: [],
  },
  {
    // "Hợp tác xã Dịch vụ …" is a cooperative, not a commune; the text names no commune.
    file: 'nghia-trung-doi-thoai.txt',
    commune: { name: null },
    period: null,
    indicators: { 'dialogues.opinions': [10] },
    findings: [],
  },
  // Held out: labelled before running. The first run got 16 of 20 values with two false flags and
  // missed the one real inconsistency; see docs/intake.md for what changed after.
  {
    file: 'dak-nong-hoa-giai-6-thang-2022.txt',
    commune: { name: null },
    indicators: { 'mediation.cases': [323], 'mediation.successful': [186, 186] },
    findings: [],
  },
  {
    // Unsuccessful and unfinished cases are parts of the cases handled, not a second total.
    file: 'quang-binh-hoa-giai-2017.txt',
    commune: { name: null },
    period: '2017',
    indicators: { 'mediation.cases': [1517], 'mediation.successful': [1276] },
    findings: [],
  },
  {
    file: 'thua-thien-hue-hoa-giai-10-nam.txt',
    commune: { name: null },
    indicators: { 'mediation.cases': [11176], 'mediation.successful': [8988] },
    findings: [],
  },
  {
    // A real inconsistency: 214 of 2.265 is 9,45%, not the 9,48% stated.
    file: 'dong-thuan-cchc-2025.txt',
    commune: { name: 'Đồng Thuận', kind: 'phường' },
    indicators: {
      'onestop.digitizationRate': [1],
      'onestop.dossiers.pendingWithinDeadline': [214],
      'onestop.dossiers.received': [2265],
      'onestop.dossiers.receivedDirect': [258],
      'onestop.dossiers.receivedOnline': [2007],
      'onestop.dossiers.resolved': [2051],
      'onestop.dossiers.resolvedEarly': [2041],
      'onestop.onlinePaymentRate': [0.968],
    },
    findings: ['percentage.mismatch'],
  },
  {
    // "168/168 hồ sơ nộp trực tuyến": 168 out of 168, read since held-out set 2.
    file: 'tay-son-mo-hinh-cchc-2024.txt',
    commune: {},
    period: null,
    indicators: {
      'letters.condolence': [27],
      'letters.marriage': [16],
      'letters.newborn': [56],
      'onestop.dossiers.receivedOnline': [168],
      'onestop.onlinePaymentRate': [1],
    },
    findings: [],
  },
];

describe('real reports outside examples/', () => {
  expectEach(EXPECTED);

  it('extracts all 67 stated values exactly, with no false flag (the aim is 90%)', () => {
    const { stated, exact, falseFlags, missedFlags } = score(EXPECTED);
    expect({ stated, exact, falseFlags, missedFlags }).toEqual({
      stated: 67,
      exact: 67,
      falseFlags: [],
      missedFlags: [],
    });
  });

  it('keeps the stated shares and finds the aggregate consistent (904.225 + 73 = 904.298; 99,99%; 0,01%)', () => {
    const result = intakeText(fixture('binh-duong-cap-xa-2021.txt'));
    expect(result.indicators['onestop.dossiers.resolvedEarlyOrOnTime']?.share?.value).toBe(99.99);
    expect(result.indicators['onestop.dossiers.resolvedLate']?.share?.value).toBe(0.01);
  });
});
