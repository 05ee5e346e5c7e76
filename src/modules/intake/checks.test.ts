import { describe, expect, it } from 'vitest';
import { shareAgrees } from './checks.ts';
import { intakeText } from './intake.ts';
import { valuesOf } from './test-helpers.ts';

// PRIMER §3's model sentence: every part adds up.
const CONSISTENT =
  'Năm 2024, Bộ phận Một cửa tiếp nhận 4.080 hồ sơ (trong đó, tiếp nhận trực tuyến 1.242 hồ sơ, trực tiếp 2.838 hồ sơ). ' +
  'Đã giải quyết: 4.040 hồ sơ (trong đó 3.839 hồ sơ trả kết quả trước hạn, 97 hồ sơ đúng hạn, quá hạn 104 hồ sơ); ' +
  'Đang giải quyết trong hạn 11 hồ sơ, công dân rút 29 hồ sơ.';

describe('consistency checks', () => {
  it('reads the model sentence and finds it consistent', () => {
    const result = intakeText(CONSISTENT);
    expect(valuesOf(result)).toEqual({
      'onestop.dossiers.pendingWithinDeadline': [11],
      'onestop.dossiers.received': [4080],
      'onestop.dossiers.receivedDirect': [2838],
      'onestop.dossiers.receivedOnline': [1242],
      'onestop.dossiers.resolved': [4040],
      'onestop.dossiers.resolvedEarly': [3839],
      'onestop.dossiers.resolvedLate': [104],
      'onestop.dossiers.resolvedOnTime': [97],
      'onestop.dossiers.withdrawn': [29],
    });
    expect(result.findings).toEqual([]);
  });

  it('flags parts that do not add up, naming the rule and every span', () => {
    const broken = CONSISTENT.replace('2.838', '2.938').replace('3.839', '3.939').replace('rút 29', 'rút 39');
    const result = intakeText(broken);
    // Ordered by where each finding starts: the balance starts at the received total.
    expect(result.findings.map((f) => f.rule)).toEqual([
      'sum.dossierBalance',
      'sum.partsExceedTotal',
      'sum.resolvedBreakdown',
    ]);
    expect(result.findings[1]?.message).toBe(
      'Các số liệu thành phần không khớp với tổng: số hồ sơ tiếp nhận trực tuyến (1.242) + số hồ sơ tiếp nhận trực tiếp (2.938) = 4.180, lớn hơn số hồ sơ tiếp nhận (4.080).',
    );
    expect(result.findings[2]?.spans.map((s) => broken.slice(s.start, s.end))).toEqual([
      '4.040',
      '3.939',
      '97',
      '104',
    ]);
  });

  it('accepts a percentage rounded or cut off to its decimals, and flags one that is not', () => {
    expect(shareAgrees(97.5, 1, (1105 / 1133) * 100)).toBe(true);
    expect(shareAgrees(88.8, 1, (16 / 18) * 100)).toBe(true);
    expect(shareAgrees(88.9, 1, (16 / 18) * 100)).toBe(true);
    expect(shareAgrees(98.23, 2, (1105 / 1133) * 100)).toBe(false);
    const result = intakeText('Tiếp nhận 200 hồ sơ, trong đó trực tuyến 150 hồ sơ, đạt 80%.');
    expect(result.findings.map((f) => f.message)).toEqual([
      'Tỷ lệ 80% ghi cho số hồ sơ tiếp nhận trực tuyến (150) không khớp với số liệu: 150/200 = 75,00%.',
    ]);
  });

  it('keeps a lower bound and flags only an exact value below it', () => {
    const text =
      'Hội nghị đối thoại với nhân dân thôn Đông, nhân dân nêu trên 75 ý kiến. Qua đối thoại, tổng hợp 80 ý kiến.';
    const opinions = intakeText(text).indicators['dialogues.opinions'];
    expect(opinions?.occurrences.map((o) => [o.value, o.qualifier])).toEqual([
      [75, 'atLeast'],
      [80, undefined],
    ]);
    expect(intakeText(text).findings).toEqual([]);
    expect(intakeText(text.replace('80 ý kiến', '60 ý kiến')).findings.map((f) => f.rule)).toEqual([
      'value.conflict',
    ]);
  });

  it('does not call figures dated to different years a conflict', () => {
    const text =
      'Trong năm 2022, tổ chức 02 hội nghị đối thoại. Trong năm 2023, tổ chức 03 hội nghị đối thoại.';
    expect(intakeText(text).findings).toEqual([]);
  });
});

describe('parts of the unit and ratios', () => {
  const byLevel = (districtLate: string) =>
    'Trong quý I, toàn tỉnh đã tiếp nhận 1.000 hồ sơ, đã giải quyết 900 hồ sơ; trong đó, đúng và trước hạn 880 hồ sơ, quá hạn 20 hồ sơ.\n\n' +
    `Với cấp huyện, quý I đã tiếp nhận 400 hồ sơ, đã giải quyết 380 hồ sơ; trong đó, đúng và trước hạn 370 hồ sơ, quá hạn ${districtLate} hồ sơ. Trong số 20 hồ sơ đang giải quyết, có 20 hồ sơ chưa đến hạn.\n\n` +
    'Đang giải quyết 100 hồ sơ.';

  it("keeps a part's figures out of the unit's values, to the end of its paragraph", () => {
    const result = intakeText(byLevel('10'));
    expect(valuesOf(result)).toEqual({
      'onestop.dossiers.pending': [100],
      'onestop.dossiers.received': [1000],
      'onestop.dossiers.resolved': [900],
      'onestop.dossiers.resolvedEarlyOrOnTime': [880],
      'onestop.dossiers.resolvedLate': [20],
    });
    expect(result.findings).toEqual([]);
  });

  it("checks a part's figures among themselves", () => {
    const text = byLevel('12');
    const result = intakeText(text);
    expect(result.findings.map((f) => f.rule)).toEqual(['sum.resolvedBreakdown']);
    expect(result.findings[0]?.spans.map((s) => text.slice(s.start, s.end))).toEqual(['380', '370', '12']);
  });

  it('checks the share a ratio states against its own total', () => {
    const consistent = intakeText('Trung tâm đã giải quyết: 4.561/5.650 HS (tỷ lệ 80,7%).');
    expect(consistent.indicators['onestop.dossiers.resolved']).toMatchObject({
      value: 4561,
      base: { value: 5650 },
      share: { value: 80.7 },
    });
    expect(consistent.findings).toEqual([]);
    const wrong = intakeText('Trung tâm đã giải quyết: 4.561/5.650 HS (tỷ lệ 85,7%).');
    expect(wrong.findings.map((f) => f.message)).toEqual([
      'Tỷ lệ 85,7% ghi cho số hồ sơ đã giải quyết (4.561) không khớp với số liệu: 4.561/5.650 = 80,73%.',
    ]);
  });

  it('keeps amounts rounded to thousands out of sums and shares', () => {
    const text =
      'Đã giải quyết 4.561 hồ sơ. Trong đó, có 4,52 ngàn HS giải quyết đúng và trước hạn (tỷ lệ 99,7%), có 12 hồ sơ giải quyết trễ hạn (tỷ lệ 0,3%).';
    const result = intakeText(text);
    expect(result.indicators['onestop.dossiers.resolvedEarlyOrOnTime']).toMatchObject({
      value: 4520,
      qualifier: 'about',
    });
    expect(result.findings).toEqual([]);
  });
});

describe('document checks', () => {
  it('flags a decree dated outside the year of its number, and a type its code contradicts', () => {
    const text =
      'Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2019 của Chính phủ; Nghị định số 61/2018/QĐ-TTg ngày 23/4/2018 của Chính phủ.';
    expect(intakeText(text).findings.map((f) => f.rule)).toEqual(['document.dateYear', 'document.typeCode']);
  });

  it('flags one reference of the commune dated twice in a year, not the same number of a higher level', () => {
    const text =
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 30/01/2023 của UBND huyện Gia Lộc về rà soát văn bản. ' +
      'Ngày 17/02/2023 UBND xã ban hành Kế hoạch số 12/KH-UBND về ứng dụng công nghệ thông tin. ' +
      'Ngày 28/3/2023 UBND xã ban hành Kế hoạch số 12/KH-UBND về hệ thống hóa văn bản.';
    const result = intakeText(text);
    expect(result.documents.map((d) => [d.date, d.issuer])).toEqual([
      ['2023-01-30', 'UBND huyện Gia Lộc'],
      ['2023-02-17', 'UBND xã'],
      ['2023-03-28', 'UBND xã'],
    ]);
    expect(result.findings.map((f) => f.message)).toEqual([
      'Kế hoạch số 12/KH-UBND được ghi với các ngày ban hành khác nhau: 17/2/2023, 28/3/2023.',
    ]);
  });
});
