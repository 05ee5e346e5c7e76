import { describe, expect, it } from 'vitest';
import { intakeText } from './intake.ts';
import { type Expected, readFixture, score, valuesOf } from './test-helpers.ts';

// Held-out set 2: eleven excerpts of real reports and news items quoting them (five commune or
// ward level), found after the rules of real-reports.test.ts were written. The values below were
// labelled by hand from the text before the extractor was first run on these files; see
// docs/intake.md for the score of that first run and for what was changed after.
const HELD_OUT: Expected[] = [
  {
    // "Riêng các hồ sơ thuộc thẩm quyền cấp xã …" is a part of the centre's work, not its total.
    // Its share does not hold: 2.602 of 2.760 is 94,28%, not the 96,2% stated.
    file: 'phu-giao-trung-tam-hcc-quy-3-2025.txt',
    commune: { name: 'Phú Giáo', kind: 'xã' },
    period: null,
    indicators: {
      'onestop.dossiers.received': [13188],
      'onestop.dossiers.resolved': [12970],
      'onestop.dossiers.resolvedLate': [102],
    },
    findings: ['percentage.mismatch'],
  },
  {
    // Certified copies ("chứng thực bản sao 4.074 bản") are not an indicator.
    file: 'xuan-lam-don-thu-2023.txt',
    commune: { name: 'Xuân Lâm', kind: 'phường' },
    period: null,
    indicators: {
      'petitions.inAuthority': [7],
      'petitions.received': [7],
      'petitions.resolved': [5],
    },
    findings: [],
  },
  {
    // Registrations (53, 17 and 4 models registered) are not the models recognised.
    file: 'vinh-phu-dan-van-kheo-2021-2023.txt',
    commune: { name: 'Vĩnh Phú', kind: 'xã', district: 'Giang Thành', province: 'Kiên Giang' },
    period: '2021..2023',
    indicators: { 'initiatives.total': [42, 42] },
    findings: [],
  },
  {
    file: 'my-thanh-doi-thoai-2019.txt',
    commune: { name: 'Mỹ Thanh', kind: 'xã' },
    period: '2019',
    indicators: { 'dialogues.opinions': [15] },
    findings: [],
  },
  {
    // Requests for mediation come as "đơn": they are mediation cases, not petitions.
    file: 'phu-hung-hoa-giai-2019.txt',
    commune: { name: 'Phú Hưng', kind: 'xã' },
    period: '2018-01-01..2019-06-30',
    indicators: { 'mediation.cases': [49, 49], 'mediation.successful': [37] },
    findings: [],
  },
  {
    // A real inconsistency: 372 of 629 is 59,14%, not the 64,13% stated.
    file: 'dak-nong-hoa-giai-nam-2021.txt',
    commune: { name: null },
    period: '2021',
    indicators: { 'mediation.cases': [629], 'mediation.successful': [372] },
    findings: ['percentage.mismatch'],
  },
  {
    file: 'vinh-long-hoa-giai-ap-khom-2017.txt',
    commune: { name: null },
    period: null,
    indicators: { 'mediation.cases': [741], 'mediation.successful': [532] },
    findings: [],
  },
  {
    // Amounts in "ngàn" are rounded ("4,52 ngàn" for 4.549): estimates, which enter no check.
    // "4.561/5.650 HS" states the dossiers resolved out of those to handle.
    file: 'ben-tre-trung-tam-hcc-thang-5-2021.txt',
    commune: { name: null },
    period: '2021-05-01..2021-05-31',
    indicators: {
      'onestop.dossiers.carriedOver': [1070],
      'onestop.dossiers.pendingWithinDeadline': [1089],
      'onestop.dossiers.received': [5650],
      'onestop.dossiers.receivedDirect': [3190],
      'onestop.dossiers.receivedOnline': [1250],
      'onestop.dossiers.receivedPostal': [132],
      'onestop.dossiers.resolved': [4500, 4561],
      'onestop.dossiers.resolvedEarlyOrOnTime': [4520],
      'onestop.dossiers.resolvedLate': [12],
    },
    qualifiers: {
      'onestop.dossiers.carriedOver': 'about',
      'onestop.dossiers.received': 'about',
      'onestop.dossiers.receivedDirect': 'about',
      'onestop.dossiers.receivedOnline': 'about',
      'onestop.dossiers.resolved': 'atLeast',
      'onestop.dossiers.resolvedEarlyOrOnTime': 'about',
    },
    findings: [],
  },
  {
    // The province's figures; "với cấp tỉnh …", "Với cấp huyện …" break them down by level.
    // A real inconsistency: 635.593 + 7.677 = 643.270, not the 643.272 resolved.
    file: 'lam-dong-mot-cua-quy-1-2020.txt',
    commune: { name: null },
    period: '2020-Q1',
    indicators: {
      'onestop.dossiers.pending': [7172],
      'onestop.dossiers.pendingOverdue': [1222],
      'onestop.dossiers.pendingWithinDeadline': [5950],
      'onestop.dossiers.received': [659245],
      'onestop.dossiers.resolved': [643272],
      'onestop.dossiers.resolvedEarlyOrOnTime': [635593],
      'onestop.dossiers.resolvedLate': [7600, 7677],
    },
    qualifiers: { 'onestop.dossiers.resolvedLate': 'atLeast' },
    findings: ['sum.resolvedBreakdown'],
  },
  {
    // "Trong đó UBND tỉnh tiếp 289 lượt": one office among those that received 1.852.
    file: 'lang-son-don-thu-2013.txt',
    commune: { name: null },
    indicators: {
      'petitions.received': [185],
      'petitions.resolved': [167],
      'reception.citizens.total': [1852],
    },
    findings: [],
  },
  {
    file: 'thai-nguyen-mot-cua-quy-1-2023.txt',
    commune: { name: null },
    period: '2023-Q1',
    indicators: { 'onestop.dossiers.received': [178661], 'onestop.dossiers.receivedOnline': [105970] },
    findings: [],
  },
];

describe('held-out set 2: real reports labelled before the first run', () => {
  for (const expected of HELD_OUT) {
    it(`${expected.file}: commune, period, every stated indicator, no false flag`, () => {
      const result = intakeText(readFixture(expected.file), expected.file);
      expect(result.commune).toMatchObject(expected.commune);
      if (expected.period !== undefined) expect(result.period?.label ?? null).toBe(expected.period);
      expect(valuesOf(result)).toEqual(expected.indicators);
      for (const [key, qualifier] of Object.entries(expected.qualifiers ?? {})) {
        expect(result.indicators[key]?.qualifier).toBe(qualifier);
      }
      expect(result.findings.map((f) => f.rule)).toEqual(expected.findings);
    });
  }

  // The first run scored 18 of 39, with four false flags and two of the three real
  // inconsistencies missed; these are the figures after the fixes that run prompted.
  it('extracts all 39 stated values, flags the three real inconsistencies and nothing else', () => {
    expect(score(HELD_OUT)).toEqual({ stated: 39, exact: 39, falseFlags: [], missedFlags: [] });
  });
});

// Held-out set 3: five more excerpts, labelled before the first run and measured after the fixes
// set 2 prompted, with no rule changed for them. It is the estimate for a new report: only the
// score is asserted, so a change to the rules that moves it shows here (and in docs/intake.md).
const HELD_OUT_3: Expected[] = [
  {
    // A real inconsistency: 238 of 316 is 75,32%, not the 88,9% stated.
    file: 'nghe-an-tiep-dan-don-thu-2021.txt',
    commune: { name: null },
    period: '2021',
    indicators: {
      'petitions.received': [8722],
      'petitions.resolved': [238],
      'reception.citizens.total': [6353],
    },
    findings: ['percentage.mismatch'],
  },
  {
    // The district's figures; those of its levels (cấp huyện 173 lượt, UBND huyện 68/74 đơn) and
    // the new petitions among those received (224 of 258) are parts, not second values.
    file: 'lap-thach-tiep-dan-don-thu-2020.txt',
    commune: { name: null },
    period: '2020',
    indicators: {
      'petitions.received': [258],
      'petitions.resolved': [242],
      'reception.citizens.total': [626],
    },
    findings: [],
  },
  {
    // "tiếp định kỳ 04 đoàn với 08 công dân": four visits at the periodic reception.
    file: 'an-nghia-tiep-cong-dan-2025.txt',
    commune: { name: 'An Nghĩa', kind: 'xã' },
    period: '2025-07-01..2025-08-28',
    indicators: { 'reception.citizens.periodic': [4], 'reception.citizens.total': [49] },
    findings: [],
  },
  {
    // "tăng hơn 3.300 hồ sơ so với năm 2018" is a comparison, not the dossiers received.
    file: 'hoa-binh-trung-tam-hcc-2020.txt',
    commune: { name: null },
    period: '2020-01-01..2020-12-24',
    indicators: {
      'onestop.dossiers.carriedOver': [4410],
      'onestop.dossiers.received': [64610],
      'onestop.dossiers.resolved': [62947],
      'onestop.dossiers.resolvedEarly': [48875],
    },
    findings: [],
  },
  {
    // "So với tháng 1/2020, … giảm 46 lượt" is a comparison.
    file: 'dak-nong-tiep-cong-dan-thang-2-2020.txt',
    commune: { name: null },
    period: '2020-02-01..2020-02-29',
    indicators: { 'reception.citizens.periodic': [3], 'reception.citizens.total': [3] },
    findings: [],
  },
];

describe('held-out set 3: measured after the set 2 fixes, not tuned on', () => {
  it('scores what a new report can expect: 10 of 14 values, five false flags, the one inconsistency found', () => {
    expect(score(HELD_OUT_3)).toEqual({
      stated: 14,
      exact: 10,
      // Figures by level inside the sentence of the total ("trong đó, cấp huyện tiếp 173 lượt"),
      // comparisons ("giảm 59 lượt so cùng kỳ", "So với tháng 1/2020, … giảm 46 lượt") and the new
      // petitions among those received (224 of 258) read as second values.
      falseFlags: [
        'lap-thach-tiep-dan-don-thu-2020.txt: value.conflict',
        'lap-thach-tiep-dan-don-thu-2020.txt: value.conflict',
        'lap-thach-tiep-dan-don-thu-2020.txt: value.conflict',
        'lap-thach-tiep-dan-don-thu-2020.txt: value.conflict',
        'dak-nong-tiep-cong-dan-thang-2-2020.txt: value.conflict',
      ],
      missedFlags: [],
    });
  });
});
