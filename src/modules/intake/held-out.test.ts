import { describe, expect, it } from 'vitest';
import { HELD_OUT_6 } from './held-out/set-06.ts';
import { HELD_OUT_7 } from './held-out/set-07.ts';
import { HELD_OUT_8 } from './held-out/set-08.ts';
import { HELD_OUT_9 } from './held-out/set-09.ts';
import { HELD_OUT_10 } from './held-out/set-10.ts';
import { HELD_OUT_11 } from './held-out/set-11.ts';
import { HELD_OUT_12 } from './held-out/set-12.ts';
import { HELD_OUT_13 } from './held-out/set-13.ts';
import { HELD_OUT_14 } from './held-out/set-14.ts';
import { HELD_OUT_15 } from './held-out/set-15.ts';
import { HELD_OUT_16 } from './held-out/set-16.ts';
import { HELD_OUT_17 } from './held-out/set-17.ts';
import { HELD_OUT_18 } from './held-out/set-18.ts';
import { HELD_OUT_19 } from './held-out/set-19.ts';
import { HELD_OUT_20 } from './held-out/set-20.ts';
import { HELD_OUT_21 } from './held-out/set-21.ts';
import { HELD_OUT_22 } from './held-out/set-22.ts';
import { HELD_OUT_23 } from './held-out/set-23.ts';
import { intakeText } from './intake.ts';
import { type Expected, expectEach, expectUnits, readFixture, score } from './test-helpers.ts';

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
  expectEach(HELD_OUT);

  // The first run scored 18 of 39, with four false flags and two of the three real
  // inconsistencies missed; these are the figures after the fixes that run prompted.
  it('extracts all 39 stated values, flags the three real inconsistencies and nothing else', () => {
    expect(score(HELD_OUT)).toEqual({ stated: 39, exact: 39, falseFlags: [], missedFlags: [] });
  });
});

// Held-out set 3: five more excerpts, labelled before the first run and first measured after the
// fixes set 2 prompted: 10 of 14 values, five false flags (see docs/intake.md). The rules were then
// fixed for what it showed (levels inside the sentence of the total, changes since another period,
// breakdowns in brackets, …), so it is now a tuned set like set 2; set 5 below is the estimate.
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

describe('held-out set 3: tuned after its first run', () => {
  expectEach(HELD_OUT_3);

  // First run: 10 of 14, five false flags in two excerpts (Lập Thạch, Đắk Nông), Hòa Bình's
  // period read as 2019. These are the figures after the fixes that run prompted.
  it('extracts all 14 stated values, flags the one real inconsistency and nothing else', () => {
    expect(score(HELD_OUT_3)).toEqual({ stated: 14, exact: 14, falseFlags: [], missedFlags: [] });
  });
});

// Held-out set 4: seven excerpts found after the set 3 fixes, labelled by hand here before the
// extractor was first run on them. Two are at commune or ward level (Kim Long, Tân Chính), one a
// district (Chợ Đồn), four province figures (Bến Tre, Lâm Đồng, Tuyên Quang, Gia Lai). First
// measured untuned (12 of 34, see docs/intake.md), then fixed for what it showed: a tuned set now.
const HELD_OUT_4: Expected[] = [
  {
    // "hơn 450 đơn" in the title rounds the 458 resolved. 1.927 and 832 visits (first and repeated)
    // are parts of the 2.759; the kinds (167 + 22 + 991 = 1.180) are those of the petitions fit to
    // handle, the kinds resolved (68 + 10 + 380 = 458) those of the 458. Nothing contradicts.
    file: 'ben-tre-tiep-cong-dan-6-thang-2022.txt',
    commune: { name: null },
    period: '2022-H1',
    indicators: {
      'complaints.received': [167],
      'complaints.resolved': [68],
      'denunciations.received': [22],
      'denunciations.resolved': [10],
      'feedback.received': [991],
      'feedback.resolved': [380],
      'petitions.inAuthority': [710],
      'petitions.received': [1390],
      'petitions.resolved': [450, 458],
      'petitions.transferred': [470],
      'reception.citizens.total': [2759],
    },
    qualifiers: { 'petitions.resolved': 'atLeast' },
    findings: [],
  },
  {
    // "phản ảnh" is a spelling of "phản ánh". The kinds in authority (359, 122, 2.405 of 2.886) are
    // a part; 780 guided and 1.742 transferred are two halves of petitions.transferred, which no
    // single figure states. Every breakdown adds up.
    file: 'lam-dong-don-thu-nam-2023.txt',
    commune: { name: null },
    period: '2023',
    indicators: {
      'complaints.received': [651],
      'complaints.resolved': [274],
      'denunciations.received': [281],
      'denunciations.resolved': [105],
      'feedback.received': [4659],
      'petitions.inAuthority': [2886],
      'petitions.received': [7156, 7156],
    },
    findings: [],
  },
  {
    // "tiếp định kỳ và đột xuất … 1.555 lượt" joins two kinds no key holds together. "KN 76, TC 143
    // và kiến nghị, đề nghị 3.448 đơn" add up to the 3.667 received, not to the 3.321 they break
    // down: a real inconsistency, but of petitions fit to handle, which no key or check holds.
    file: 'tuyen-quang-tiep-dan-don-thu-2019.txt',
    commune: { name: null },
    period: '2018-08-01..2019-07-31',
    indicators: {
      'complaints.received': [76],
      'complaints.resolved': [32],
      'denunciations.received': [143],
      'denunciations.resolved': [63],
      'feedback.received': [3448],
      'petitions.received': [3667],
      'reception.citizens.regular': [2383],
      'reception.citizens.total': [3938],
    },
    findings: [],
  },
  {
    // 54 + 69 make the 123 recognised; 55 exemplary and 18 proposed for an award are among them.
    file: 'cho-don-dan-van-kheo-2022.txt',
    commune: { name: null },
    period: '2022',
    indicators: { 'initiatives.total': [123, 123] },
    findings: [],
  },
  {
    // "95 năm", "75 năm" are anniversaries, "135 triệu đồng" an amount.
    file: 'kim-long-dan-van-kheo-2025.txt',
    commune: { name: 'Kim Long', kind: 'xã' },
    period: '2025',
    indicators: { 'initiatives.total': [54] },
    findings: [],
  },
  {
    // The dialogue of 6/11/2024. "10 lượt phát biểu" counts speakers; of the 20 opinions, the 2
    // under the city's authority go up to it.
    file: 'tan-chinh-doi-thoai-2024.txt',
    commune: { name: 'Tân Chính', kind: 'phường' },
    period: '2024',
    indicators: { 'dialogues.escalated': [2], 'dialogues.opinions': [20] },
    findings: [],
  },
  {
    // Complaints and denunciations together; "đạt hơn 92%" has no count. No year is named.
    file: 'gia-lai-don-thu.txt',
    commune: { name: null },
    period: null,
    indicators: { 'petitions.received': [836] },
    findings: [],
  },
];

describe('held-out set 4: tuned after its first run', () => {
  expectEach(HELD_OUT_4);

  // First run: 12 of 34, eight false flags in four excerpts, Tân Chính's period not read. These are
  // the figures after the fixes that run prompted (petitions by step and kind, breakdowns after
  // "trong đó", authority of another level, a dated event as a news item's period).
  it('extracts all 34 stated values and flags nothing', () => {
    expect(score(HELD_OUT_4)).toEqual({ stated: 34, exact: 34, falseFlags: [], missedFlags: [] });
  });
});

// Held-out set 5: eight excerpts found after the set 4 fixes, labelled by hand here before the
// extractor was first run on them, and not tuned on. Four are at commune level (Hưng Đạo, Lâm San,
// Bình Sa, and a district's dialogue in a village of Cư An), one a district (Sơn Động), three
// province figures (Đắk Nông twice, Bà Rịa – Vũng Tàu). 7 stated values.
const HELD_OUT_5: Expected[] = [
  {
    // "26/29 lượt" and "3/29 lượt" split the 29 visits by field: no key holds them. 3 of 29 is
    // 10,34%, not the 10,35% stated (a real slip, out of reach of the keys).
    file: 'dak-nong-tiep-cong-dan-thang-5-2020.txt',
    commune: { name: null },
    period: '2020-05-01..2020-05-31',
    indicators: {
      'reception.citizens.adhoc': [2],
      'reception.citizens.periodic': [27],
      'reception.citizens.total': [29],
    },
    findings: [],
  },
  {
    // Figures by office only (1 visit at the departments, 40 at the districts): no total of the
    // unit is stated. 38 + 3 of the 40 visits make 41, and 38/40 is 95%, not 92,5%: real slips,
    // but of visits by field, which no key holds.
    file: 'dak-nong-tiep-cong-dan-thang-6-2020.txt',
    commune: { name: null },
    period: '2020-06-01..2020-06-30',
    indicators: {},
    findings: [],
  },
  {
    // 2.071 registered; 1.808 carried out: the models in being. "tăng 276" is a change; 28, 12, 14
    // and 5 are awards.
    file: 'ba-ria-vung-tau-dan-van-kheo-2021.txt',
    commune: { name: null },
    period: '2021',
    indicators: { 'initiatives.total': [1808] },
    findings: [],
  },
  {
    // The communes named are where some models are, not the report's unit.
    file: 'son-dong-dan-van-kheo.txt',
    commune: { name: null },
    period: null,
    indicators: { 'initiatives.total': [475] },
    findings: [],
  },
  {
    // The district's leaders in a dialogue with a village of Cư An; no year is named.
    file: 'dak-po-doi-thoai-thon-an-dinh.txt',
    commune: { name: 'Cư An', kind: 'xã' },
    period: null,
    indicators: { 'dialogues.opinions': [8] },
    findings: [],
  },
  {
    // No figure of a key; "9 tháng đầu năm 22023" is a typo in what the meeting heard.
    file: 'hung-dao-doi-thoai.txt',
    commune: { name: 'Hưng Đạo', kind: 'xã' },
    period: null,
    indicators: {},
    findings: [],
  },
  {
    // "gần 50 người dân" attended: not a figure of a key.
    file: 'lam-san-doi-thoai.txt',
    commune: { name: 'Lâm San', kind: 'xã' },
    period: null,
    indicators: {},
    findings: [],
  },
  {
    // "trên 6 khu dân cư toàn xã": the commune's six residential areas. Bulbs, metres and money
    // add up (60 + 50 + 65 + 50 + 45 = 270) and no key holds them.
    file: 'binh-sa-dan-van-kheo-2017.txt',
    // The text says only "xã"; Bình Sa is in the page's address.
    commune: { name: null },
    period: '2017',
    indicators: { 'profile.villages': [6] },
    findings: [],
  },
];

// First run (untuned): 4 of 7 values, one false flag, 5 of 8 communes. Fixed since by general rules
// (figures of the heads of a group of offices are a part; registrations after the figure; a
// meeting's opinions in a text about a dialogue; the villages "toàn xã"; no commune from a line
// that opens a sentence, nor from places named once each in a district's text).
describe('held-out set 5: measured once after the set 4 fixes, then tuned on', () => {
  it('reads every stated value with no false flag', () => {
    expect(score(HELD_OUT_5)).toEqual({ stated: 7, exact: 7, falseFlags: [], missedFlags: [] });
  });

  it('reads six of the eight communes and seven of the eight periods', () => {
    const read = HELD_OUT_5.map((e) => intakeText(readFixture(e.file), e.file));
    // Lâm San: written "xã Lâm san", read "Lâm". Bình Sa is named only in the page's address, so
    // none is right; its "Đầu năm 2017" is not read as the period.
    expect(read.map((r) => r.commune.name)).toEqual([
      null,
      null,
      null,
      null,
      'Cư An',
      'Hưng Đạo',
      'Lâm',
      null,
    ]);
    expect(read.map((r) => r.period?.label ?? null)).toEqual([
      '2020-05-01..2020-05-31',
      '2020-06-01..2020-06-30',
      '2021',
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

// Held-out sets 6 and 7: excerpts found and labelled by two helpers who had not seen the rules, nor
// run the extractor (set 6: ten, seven at commune level; set 7: eleven, seven at commune level),
// after the set 5 fixes. Their first run is the estimate of what a new report can expect.

// First run, untuned: set 6 read 11 of 23 values (48%) with 2 false flags; set 7 32 of 48 (67%)
// with 8 false flags in 5 excerpts and its one real inconsistency (14 villages, then 17) missed.
// Every commune but two (a ward's caption in a city's news, a neighbour's name) and 16 of 21 periods
// were right. Fixed since by general rules (docs/intake.md, "Held-out sets 6 and 7").
describe('held-out sets 6 and 7: measured once, then tuned on', () => {
  it('set 6: every stated value, no false flag', () => {
    expect(score(HELD_OUT_6)).toEqual({ stated: 23, exact: 23, falseFlags: [], missedFlags: [] });
  });

  it('set 7: 45 of 48 values, the real inconsistency flagged, no false flag', () => {
    // Left as labelled, each a reading the labeller doubted: Xuân Hưng's "02 đơn phản ánh kiến nghị
    // …, UBND xã đã hòa giải thành" as feedback resolved; Tân Uyên's "5.656/5.656 hồ sơ" base as
    // the dossiers due; Chà Là's 11 "đơn" as mediation cases (read as petitions received).
    expect(score(HELD_OUT_7)).toEqual({ stated: 48, exact: 45, falseFlags: [], missedFlags: [] });
  });

  it('reads every commune, and every period but two', () => {
    for (const e of [...HELD_OUT_6, ...HELD_OUT_7]) {
      const read = intakeText(readFixture(e.file), e.file);
      expect(read.commune.name, e.file).toBe(e.commune.name ?? null);
      // Vĩnh Phúc's title names "tháng 9 và quý III/2021" (the quarter is read); Thường Xuân's
      // population "được thống kê ngày 01.01.2020" dates it to 2020, which the labeller left out.
      if (
        ['vinh-phuc-trung-tam-hcc-thang-9-2021.txt', 'thuong-xuan-thi-tran-dan-cu-2020.txt'].includes(e.file)
      )
        continue;
      expect(read.period?.label ?? null, e.file).toBe(e.period ?? null);
    }
  });
});

// Held-out set 8: thirteen excerpts (nine at commune or ward level) found and labelled blind by a
// third helper while sets 6 and 7 were tuned on, and run once after those fixes.

// First run (after the set 6 and 7 fixes, untuned): 26 of 34 values (76%); three findings the
// labels did not have, one of them real (Lâm Đồng's district part, relabelled above), so two false
// flags in 13 excerpts. 11 of 13 communes and 10 of 13 periods right. Fixed since by general rules.
describe('held-out set 8: measured once after the set 6 and 7 fixes, then tuned on', () => {
  it('every stated value; one false flag left', () => {
    expect(score(HELD_OUT_8)).toEqual({
      stated: 34,
      exact: 34,
      // Tiên Thuận: 16 opinions gathered by the Front before the dialogue, then "cử tri phát biểu 01
      // ý kiến" at it: read as two statements of the opinions. Which is the dialogue's is a reading.
      falseFlags: ['tien-thuan-doi-thoai-2022.txt: value.conflict'],
      missedFlags: [],
    });
  });

  it('reads every period and every commune the text names', () => {
    // Đại Phước is never called "xã Đại Phước" in the excerpt, only "xã" and "Đại Phước".
    expectUnits(HELD_OUT_8, { commune: ['dai-phuoc-dan-van-kheo-2021-2025.txt'] });
  });
});

// Held-out set 9: twelve excerpts (nine at commune or town level) found and labelled blind by a
// fourth helper while set 8 was tuned on, and run once after those fixes.

// First run (after the set 8 fixes, untuned): 26 of 35 values (74%), four false flags in three
// excerpts; 10 of 12 communes and 11 of 12 periods right. Fixed since by general rules.
describe('held-out set 9: measured once after the set 8 fixes, then tuned on', () => {
  it('33 of 35 values, no false flag', () => {
    // Missed: Thừa Thiên Huế's procedures online by level, given only in a table's row ("Mức độ 3 …
    // 1856 70,2% 736 27,8%"); tables are not read.
    expect(score(HELD_OUT_9)).toEqual({ stated: 35, exact: 33, falseFlags: [], missedFlags: [] });
  });

  it('reads every commune but one, and every period but one', () => {
    // Nà Nghịu is also written "Nà Ngịu" once in the excerpt, and that spelling is read. Phú
    // Thịnh's "Những ngày cận Tết Nhâm Dần 2022" names the year without "năm": not read.
    expectUnits(HELD_OUT_9, {
      commune: ['na-nghiu-song-ma-gioi-thieu.txt'],
      period: ['phu-thinh-lay-y-kien-ntm-2022.txt'],
    });
  });
});

// Held-out set 10: nine excerpts (six at commune level) found and labelled blind by a fifth helper
// while set 9 was tuned on, and run once after those fixes.

// First run (after the set 9 fixes, untuned): 27 of 28 values (96%), no false flag, one real
// inconsistency missed; every commune and 6 of 9 periods right.
describe('held-out set 10: measured once after the set 9 fixes, then tuned on', () => {
  it('27 of 28 values, no false flag; the one real inconsistency it misses needs the missed value', () => {
    // Hà Tĩnh's "đang giải quỵết 14.254 hồ sơ" (a typo in the source) is not read, so the balance
    // 1.044.560 + 14.254 ≠ 1.058.816 cannot be checked.
    expect(score(HELD_OUT_10)).toEqual({
      stated: 28,
      exact: 27,
      falseFlags: [],
      missedFlags: ['ha-tinh-thu-tuc-hanh-chinh-2019-quy-1-2020.txt: sum.dossierBalance'],
    });
  });

  it('reads every commune, and every period but the year so far', () => {
    // "Từ đầu năm 2022 đến nay" is read as 2022; the labeller left such a span without an end null.
    expectUnits(HELD_OUT_10, {
      period: HELD_OUT_10.map((e) => e.file).filter((f) =>
        /đầu năm (?:20\d\d )?đến nay/u.test(readFixture(f)),
      ),
    });
  });
});

// Held-out set 11: seven excerpts (four at commune level) found and labelled blind by a sixth
// helper while set 10 was tuned on, and run once after those fixes.

// First run (after the set 10 fixes, untuned): 20 of 26 values (77%), five false flags in two
// excerpts (a district's and a province's, whose figures by office and by step read as totals);
// every commune and period right. Fixed since by general rules.
describe('held-out set 11: measured once after the set 10 fixes, then tuned on', () => {
  it('every stated value, no false flag, every commune and period', () => {
    expect(score(HELD_OUT_11)).toEqual({ stated: 26, exact: 26, falseFlags: [], missedFlags: [] });
    expectUnits(HELD_OUT_11);
  });
});

// Held-out set 12: ten excerpts (seven at commune or ward level) found and labelled blind by a
// seventh helper while set 11 was tuned on, and run once after those fixes.

// First run (after the set 11 fixes, untuned): 21 of 26 values (81%), one false flag; 9 of 10
// communes and 9 of 10 periods right. Fixed since by general rules.
describe('held-out set 12: measured once after the set 11 fixes, then tuned on', () => {
  it('24 of 26 values, no false flag', () => {
    // Missed: Lệ Thủy's "225 tổ hòa giải tại 189 thôn, bản, tổ dân phố" (all of them, the text says
    // later) and "hòa giải thành 162/191 vụ việc" (the base as the cases): both need a reading the
    // rules do not make, since elsewhere such a base is the cases handled, not received.
    expect(score(HELD_OUT_12)).toEqual({ stated: 26, exact: 24, falseFlags: [], missedFlags: [] });
  });

  it('reads every commune, and every period but one', () => {
    // Thiệu Vận: "năm 2022, xã Thiệu Vận đã tăng cường … Theo đó, … đã tiếp nhận 16 vụ việc" is
    // read as 2022; the labeller left it null.
    expectUnits(HELD_OUT_12, { period: ['thieu-van-hoa-giai-2022.txt'] });
  });
});

// Held-out set 13: twelve excerpts (eight at commune or ward level) found and labelled blind by an
// eighth helper while set 12 was tuned on, and run once after those fixes.

// First run (after the set 12 fixes, untuned): 13 of 32 values (41%), five false flags in four
// excerpts; every commune and 10 of 12 periods right. Wiki-style profile pages (tables, infoboxes,
// the merger's transfers) and news of single sessions made most of the misses. Fixed since by
// general rules.
describe('held-out set 13: measured once after the set 12 fixes, then tuned on', () => {
  it('28 of 32 values, one false flag', () => {
    // Missed: restatements in an infobox glued to its label ("Diện tích1,70 km²[2]", "Tổng cộng |
    // 16.698 người" under "Dân số (2018)"), and Bình An's letters counted in words ("ba cặp vợ
    // chồng"). Quảng Nam: the week's "giải quyết đúng hạn 1.447 hồ sơ (tỷ lệ 99,4%)" of 1.456 is
    // read against the period's 23.239 resolved, since "1.456/1.625" (no unit after) is not read.
    expect(score(HELD_OUT_13)).toEqual({
      stated: 32,
      exact: 28,
      falseFlags: ['quang-nam-trung-tam-hcc-2018.txt: percentage.mismatch'],
      missedFlags: [],
    });
  });
});

// Held-out set 14: nine excerpts (six at commune level) found and labelled blind by a ninth helper
// while set 13 was tuned on, and run once after those fixes.

// First run (after the set 13 fixes, untuned): 11 of 24 values (46%), one false flag; 7 of 9
// communes and 8 of 9 periods right. Two province excerpts (Đắk Nông's visits by kind, Bến Tre's
// petitions by kind and step) made 11 of the 13 misses. Fixed since by general rules.
describe('held-out set 14: measured once after the set 13 fixes, then tuned on', () => {
  it('21 of 24 values, no false flag, every period and every commune the text names', () => {
    // Missed: Thái Niên's "cùng chung sống/ 21 thôn bản" (a slash for a comma), and Bến Tre's
    // denunciations and feedback received read by the labeller from the bases of "1/2 đơn tố cáo"
    // and "11/64 đơn kiến nghị" (elsewhere such a base is the petitions in authority).
    expect(score(HELD_OUT_14)).toEqual({ stated: 24, exact: 21, falseFlags: [], missedFlags: [] });
    // Cao Minh is named only in the page's address; the excerpt says "xã".
    expectUnits(HELD_OUT_14, { commune: ['cao-minh-doi-thoai-2024.txt'] });
  });
});

// Held-out set 15: eight excerpts (five at commune or ward level) found and labelled blind by a
// tenth helper while set 14 was tuned on, and run once after those fixes.

// First run (after the set 14 fixes, untuned): 18 of 26 values (69%), five false flags in two
// excerpts (Thái Bình's dossiers of the one-stop channel after the province's totals; Thanh Hóa's
// own staff figures in a commune's news); 7 of 8 communes and 6 of 8 periods right. Fixed since
// by general rules.
describe('held-out set 15: measured once after the set 14 fixes, then tuned on', () => {
  it('25 of 26 values, no false flag', () => {
    // Missed: Bến Tre's complaints received, read by the labeller from the base of "5/13 đơn khiếu
    // nại" (elsewhere such a base is the petitions in authority).
    expect(score(HELD_OUT_15)).toEqual({ stated: 26, exact: 25, falseFlags: [], missedFlags: [] });
  });
});

// Held-out set 16: nine excerpts (six at commune or ward level) found and labelled blind by an
// eleventh helper while set 15 was tuned on, and run once after those fixes.

// First run (after the set 15 fixes, untuned): 16 of 26 values (62%), twelve false flags in six
// excerpts (wiki pages' founding figures, a province's years inside a five-year total, the
// communes' desk after the district's); 7 of 9 communes and 8 of 9 periods right. Fixed since by
// general rules.
describe('held-out set 16: measured once after the set 15 fixes, then tuned on', () => {
  it('19 of 26 values, one false flag', () => {
    // Missed: six restatements in wiki infoboxes glued to their labels ("Diện tích11,02 km²[2]"),
    // Hưng Thi's "giải quyết xong 7/9 đơn" of the 9 feedback petitions (read as petitions
    // resolved). Châu Thành: "Thị trấn Châu Thành có 755 ha …" in the history of its founding, in
    // the present tense, conflicts with the 6,81 km² of today: read as a second value.
    expect(score(HELD_OUT_16)).toEqual({
      stated: 26,
      exact: 19,
      falseFlags: ['chau-thanh-tay-ninh-gioi-thieu.txt: value.conflict'],
      missedFlags: [],
    });
  });
});

// Held-out set 17: eight excerpts (six at commune or ward level) found and labelled blind by a
// twelfth helper while set 16 was tuned on, and run once after those fixes.

// First run (after the set 16 fixes, untuned): 13 of 16 values (81%), one false flag; every
// commune and 4 of 8 periods right (reports heard at a meeting, "giữa năm 2019"). Fixed since.
describe('held-out set 17: measured once after the set 16 fixes, then tuned on', () => {
  it('every stated value, no false flag, every commune and period', () => {
    expect(score(HELD_OUT_17)).toEqual({ stated: 16, exact: 16, falseFlags: [], missedFlags: [] });
    expectUnits(HELD_OUT_17);
  });
});

// Held-out set 18: nine excerpts (six at commune or ward level) found and labelled blind by a
// thirteenth helper while set 17 was tuned on, and run once after those fixes.

// First run (after the set 17 fixes, untuned): 25 of 34 values (74%), seven findings the labels
// did not have in three excerpts (one real, relabelled above: six false flags), one real
// inconsistency missed; every commune and 5 of 9 periods right. Fixed since by general rules.
describe('held-out set 18: measured once after the set 17 fixes, then tuned on', () => {
  it('every stated value, no false flag; one real inconsistency missed', () => {
    // Kon Tum: 48.249 resolved + 6.539 pending is 54.788, not the 56.039 received; the balance is
    // checked only when withdrawn dossiers are stated too, as reports often leave out those
    // returned or withdrawn.
    expect(score(HELD_OUT_18)).toEqual({
      stated: 34,
      exact: 34,
      falseFlags: [],
      missedFlags: ['kon-tum-mot-cua-quy-1-2023.txt: sum.dossierBalance'],
    });
  });
});

// Held-out set 19: nine excerpts (six at commune or ward level) found and labelled blind by a
// fourteenth helper while set 18 was tuned on, and run once after those fixes.

// First run (after the set 18 fixes, untuned): 22 of 27 values (81%), three false flags in two
// excerpts; 8 of 9 communes and 6 of 9 periods right. Fixed since by general rules.
describe('held-out set 19: measured once after the set 18 fixes, then tuned on', () => {
  it('25 of 27 values, no false flag', () => {
    // Missed: Mỹ Tho's "27 hồ sơ quá hạn" after "375 hồ sơ đang giải quyết" (read as resolved late;
    // the labeller doubted between the two), Tiến Thủy's "102 ngày tiếp dân" (days, not sessions).
    expect(score(HELD_OUT_19)).toEqual({ stated: 27, exact: 25, falseFlags: [], missedFlags: [] });
  });
});

// Held-out set 20: eight excerpts (six at commune or ward level) found and labelled blind by a
// fifteenth helper while set 19 was tuned on, and run once after those fixes.
// First run (after the set 19 fixes, untuned): 14 of 18 values (78%), three false flags in two
// excerpts (households of the minorities and of the religions; models by field); every commune
// and 6 of 8 periods right. Fixed since by general rules.
describe('held-out set 20: measured once after the set 19 fixes, then tuned on', () => {
  it('17 of 18 values, no false flag', () => {
    // Missed: Trung Thành's "được bố chí theo 12 thôn bản" ("bố chí", a typo, after a percentage).
    expect(score(HELD_OUT_20)).toEqual({ stated: 18, exact: 17, falseFlags: [], missedFlags: [] });
  });
});

// Held-out set 21: eight excerpts (six at commune or ward level) found and labelled blind by a
// sixteenth helper while set 20 was tuned on, and run once after those fixes.
// First run (after the set 20 fixes, untuned): 12 of 18 values (67%), one false flag, two real
// inconsistencies missed; every commune but one and 6 of 8 periods right. Fixed since by general
// rules.
describe('held-out set 21: measured once after the set 20 fixes, then tuned on', () => {
  it('14 of 18 values, one false flag, one real inconsistency missed', () => {
    // Missed: Canh Thuận's 365 households, An Khê's online payment rates by month, Vị Thanh 1's
    // "14 trường hợp" of dossiers. Hội An: the headline "Hội An giải quyết 10.455 hồ sơ" (the body's
    // "tổng số hồ sơ yêu cầu giải quyết") is read as a second number resolved; its balance
    // (9.986 + 844 ≠ 10.133 + 612) is checked only with withdrawn dossiers stated.
    expect(score(HELD_OUT_21)).toEqual({
      stated: 18,
      exact: 14,
      falseFlags: ['hoi-an-thu-tuc-hanh-chinh-quy-3-2020.txt: value.conflict'],
      missedFlags: ['hoi-an-thu-tuc-hanh-chinh-quy-3-2020.txt: sum.dossierBalance'],
    });
  });
});

// Held-out sets 22 and 23: eight excerpts each (six at commune or ward level in each), found and
// labelled blind by two more helpers while set 21 was tuned on, and run once after those fixes.
// First run: set 22 14 of 17 values (82%), no false flag, one labelled finding not raised (An Cư's
// "50 hộ cận nghèo chiếm 1,97%", a share of a figure no key holds, which the checks do not read);
// set 23 7 of 11 (64%), one false flag. Fixed since by general rules ("hội nghị nhân dân" as a
// ward's dialogue, answers "trả lời 06 ý kiến" and "8/8 các ý kiến", "30 đơn hòa giải thành",
// opinions kept "để đôn đốc", no district voice from "Thành ủy" alone, "Năm" after a name).
describe('held-out sets 22 and 23: measured once after the set 21 fixes, then tuned on', () => {
  it('set 22: 16 of 17 values, no false flag', () => {
    // Missed: Chơn Thành's "17 kỳ" of reception, read by the labeller as sessions.
    expect(score(HELD_OUT_22)).toEqual({
      stated: 17,
      exact: 16,
      falseFlags: [],
      missedFlags: ['an-cu-gioi-thieu-chung.txt: percentage.mismatch'],
    });
  });

  it('set 23: every stated value, no false flag', () => {
    expect(score(HELD_OUT_23)).toEqual({ stated: 11, exact: 11, falseFlags: [], missedFlags: [] });
  });
});
