import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { intakeText } from './intake.ts';
import { normalizeReportText } from './normalize.ts';
import { spanText, valuesOf } from './test-helpers.ts';

// The three hand-written reports of PRIMER §3 (shared/domain/examples), copied into fixtures/ so the
// repository tests itself wherever it is cloned.
const examples = new URL('./fixtures/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, examples), 'utf8');

describe('6-month dân vận report, xã Hoàng Diệu 2023', () => {
  const text = read('bao-cao-dan-van-6-thang-2023-hoang-dieu.txt');
  const result = intakeText(text, 'hoang-dieu.txt');
  const normalised = normalizeReportText(text);

  it('reads the commune and, despite the title typo "20233", the period from the closing sentence', () => {
    expect(result.commune).toMatchObject({
      name: 'Hoàng Diệu',
      kind: 'xã',
      district: 'Gia Lộc',
      province: 'Hải Dương',
    });
    expect(result.period).toMatchObject({ from: '2023-01-01', to: '2023-06-30', label: '2023-H1' });
  });

  it('extracts the stated indicators with every occurrence', () => {
    expect(valuesOf(result)).toEqual({
      'complaints.received': [0],
      'denunciations.received': [0],
      'dialogues.conferences': [2, 2],
      'onestop.dossiers.resolvedLate': [0],
      'onestop.procedures.published': [140],
      'onestop.procedures.total': [140],
      'onestop.satisfaction.positiveRate': [0.98],
      'onestop.satisfaction.surveys': [483],
      'profile.areaHa': [751.67],
      'profile.households': [2381, 2688],
      'profile.population': [8657, 8180],
      // The third: "Có 7/7 thôn giữ vững danh hiệu làng văn hoá" states the seven villages as its whole.
      'profile.villages': [7, 7, 7],
      'reception.citizens.total': [19],
      'staff.byDegree.college': [1],
      'staff.byDegree.intermediate': [1],
      'staff.byDegree.university': [16],
      'staff.cadres': [10],
      'staff.civilServants': [8],
      'staff.total': [18],
    });
    const households = result.indicators['profile.households'];
    expect(households?.text).toBe('Diện tích tự nhiên là 751,67 ha, dân số 2.381 hộ với 8.657 nhân khẩu.');
    expect(households?.occurrences.map((o) => spanText(normalised, o.span))).toEqual(['2.381', '2.688']);
    // "88,8%" for 16/18 = 88,89% is a truncation, kept as the stated share and not flagged.
    expect(result.indicators['staff.byDegree.university']?.share).toMatchObject({ value: 88.8, decimals: 1 });
  });

  it('cites documents with type, reference, date and issuer', () => {
    const decree = result.documents.find((d) => d.reference === '61/2018/NĐ-CP');
    expect(decree).toMatchObject({
      type: 'Nghị định',
      number: 61,
      referenceYear: 2018,
      code: 'NĐ',
      date: '2019-04-23',
    });
    expect(result.documents.find((d) => d.reference === '01-CTr/BDVTU-BCSĐUBND')).toMatchObject({
      type: 'Chương trình',
      date: '2022-05-19',
    });
    expect(result.documents.find((d) => d.reference === '16/KH-UBND')).toMatchObject({
      type: 'Kế hoạch',
      date: '2023-02-17',
      summary: 'ứng dụng công nghệ thông tin trong cải cách hành chính năm 2023',
    });
  });

  it('flags exactly the two-valued profile and the decree dated a year after its number', () => {
    expect(result.findings.map((f) => [f.rule, f.message])).toEqual([
      ['value.conflict', 'Cùng một chỉ tiêu (số hộ) được ghi với các giá trị khác nhau: 2.381 và 2.688.'],
      [
        'value.conflict',
        'Cùng một chỉ tiêu (số nhân khẩu) được ghi với các giá trị khác nhau: 8.657 và 8.180.',
      ],
      [
        'document.dateYear',
        'Nghị định số 61/2018/NĐ-CP mang năm 2018 trong số hiệu nhưng được ghi ngày 23/4/2019.',
      ],
    ]);
    const decree = result.findings[2]?.spans[0];
    expect(decree && spanText(normalised, decree)).toMatch(
      /^Nghị định số\s+61\/2018\/NĐ-CP ngày 23\/4\/2019/,
    );
  });
});

describe('annual CCHC report, xã Quang Minh 2023', () => {
  const text = read('bao-cao-cchc-nam-2023-quang-minh.txt');
  const result = intakeText(text);

  it('reads the commune and the year, ignoring the quoted plan "giai đoạn 2021-2025" in the title', () => {
    expect(result.commune).toMatchObject({
      name: 'Quang Minh',
      kind: 'xã',
      district: 'Gia Lộc',
      province: 'Hải Dương',
    });
    expect(result.period).toMatchObject({ from: '2023-01-01', to: '2023-12-31', label: '2023' });
  });

  it('extracts the one-stop figures, letters and profile', () => {
    expect(valuesOf(result)).toEqual({
      'letters.condolence': [29],
      'letters.marriage': [31],
      'letters.newborn': [41],
      'onestop.digitizationRate': [0.99],
      'onestop.dossiers.received': [1133],
      'onestop.dossiers.receivedDirect': [28],
      'onestop.dossiers.receivedOnline': [1105, 1105],
      'onestop.dossiers.resolved': [1133, 1133, 1133],
      'onestop.dossiers.resolvedEarly': [1113],
      'onestop.dossiers.resolvedLate': [0, 0, 0, 0],
      'onestop.dossiers.resolvedOnTime': [9],
      'onestop.procedures.published': [142, 142],
      'onestop.procedures.sectors': [34],
      'onestop.procedures.total': [142, 142],
      'onestop.satisfaction.positiveRate': [1],
      'onestop.satisfaction.surveys': [70],
      'profile.villages': [5],
      'staff.cadres': [10, 10],
      'staff.civilServants': [5],
    });
    const online = result.indicators['onestop.dossiers.receivedOnline']?.occurrences;
    expect(online?.map((o) => o.share?.value)).toEqual([98.23, undefined]);
    expect(result.indicators['onestop.dossiers.resolvedLate']?.occurrences[1]?.match).toBe(
      'Không có hồ sơ chễ hẹn',
    );
  });

  it('flags the sum, the percentages and the contradictory document references, and nothing else', () => {
    expect(result.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'document.referenceDates',
        'Kế hoạch số 02/KH-UBND được ghi với các ngày ban hành khác nhau: 27/1/2023, 19/1/2023.',
      ],
      [
        'document.referenceDates',
        'Kế hoạch số 07/KH-UBND được ghi với các ngày ban hành khác nhau: 31/1/2023, 8/2/2023.',
      ],
      [
        'document.referenceDates',
        'Kế hoạch số 12/KH-UBND được ghi với các ngày ban hành khác nhau: 28/3/2023, 17/2/2023.',
      ],
      [
        'document.typeCode',
        'Văn bản được gọi là Nghị định nhưng số hiệu 61/2018/QĐ-TTg mang ký hiệu của Quyết định.',
      ],
      [
        'document.typeCode',
        'Văn bản được gọi là Quyết định nhưng số hiệu 23/2018/NĐ-CP mang ký hiệu của Nghị định.',
      ],
      [
        'sum.resolvedBreakdown',
        'Các số liệu thành phần không khớp với tổng: số hồ sơ trả trước hạn (1.113) + số hồ sơ trả đúng hạn (9) + số hồ sơ trả quá hạn (0) = 1.122, khác số hồ sơ đã giải quyết (1.133).',
      ],
      [
        'percentage.mismatch',
        'Tỷ lệ 99,2% ghi cho số hồ sơ trả trước hạn (1.113) không khớp với số liệu: 1.113/1.133 = 98,23%.',
      ],
      [
        'percentage.mismatch',
        'Tỷ lệ 98,23% ghi cho số hồ sơ tiếp nhận trực tuyến (1.105) không khớp với số liệu: 1.105/1.133 = 97,53%.',
      ],
      [
        'percentage.mismatch',
        'Tỷ lệ 1,77% ghi cho số hồ sơ tiếp nhận trực tiếp (28) không khớp với số liệu: 28/1.133 = 2,47%.',
      ],
      [
        'document.referenceDates',
        'Báo cáo số 30/BC-UBND được ghi với các ngày ban hành khác nhau: 22/5/2023, 10/9/2023.',
      ],
    ]);
    // 97,5% for the same 1.105 of 1.133 (97,53%) and 0,8% for 9 of 1.133 (0,79%) agree: not flagged.
    expect(result.findings.some((f) => f.message.includes('97,5%') || f.message.includes('0,8%'))).toBe(
      false,
    );
  });
});

describe('5-year summary, xã Nguyễn Lương Bằng 2021–2025', () => {
  const result = intakeText(read('bao-cao-so-ket-5-nam-dan-van-2021-2025-nguyen-luong-bang.txt'));

  it('reads the commune (no district after July 2025) and the span of years', () => {
    expect(result.commune).toMatchObject({
      name: 'Nguyễn Lương Bằng',
      kind: 'xã',
      district: null,
      province: 'Hải Phòng',
    });
    expect(result.period).toMatchObject({ from: '2021-01-01', to: '2025-12-31', label: '2021..2025' });
  });

  it('extracts its one figure and its citations, and flags nothing', () => {
    expect(valuesOf(result)).toEqual({ 'onestop.procedures.total': [389] });
    expect(result.documents.map((d) => d.reference)).toContain('33/CT-TTg');
    expect(result.documents.find((d) => d.reference === '6217/SNV-XDCQ&CTTN')).toMatchObject({
      type: 'Công văn',
      date: '2025-08-15',
      issuer: 'Sở nội vụ thành phố Hải Phòng',
    });
    expect(result.findings).toEqual([]);
  });
});
