import { describe, expect, it } from 'vitest';
import { composeDraft, placeAndDate } from './compose.ts';
import { allParagraphs } from './model.ts';
import { parsePeriod, previousPeriod } from './period.ts';
import { makeReportData } from './test-data.ts';

const paragraph = (id: string, data = makeReportData()) => {
  const p = allParagraphs(composeDraft(data).sections).find((x) => x.id === id);
  if (!p) throw new Error(`no paragraph ${id}`);
  return p;
};

describe('report periods', () => {
  it('reads 2025-H1, 2025 and 2021..2025, and refuses anything else naming the field', () => {
    expect(parsePeriod('2025-H1')).toMatchObject({
      from: '2025-01-01',
      to: '2025-06-30',
      label: '6 tháng đầu năm 2025',
    });
    expect(parsePeriod('2025-H2')).toMatchObject({ from: '2025-07-01', to: '2025-12-31' });
    expect(parsePeriod('2025')).toMatchObject({ from: '2025-01-01', to: '2025-12-31', label: 'năm 2025' });
    expect(parsePeriod('2021..2025')).toMatchObject({
      from: '2021-01-01',
      to: '2025-12-31',
      label: 'giai đoạn 2021 - 2025',
    });
    expect(() => parsePeriod('2025-H3')).toThrow(/Kỳ báo cáo/);
    expect(() => parsePeriod('2025..2021')).toThrow(/Kỳ báo cáo/);
  });

  it('compares with the same stretch one period earlier', () => {
    expect(previousPeriod(parsePeriod('2025-H1'))).toEqual({ from: '2024-01-01', to: '2024-06-30' });
    expect(previousPeriod(parsePeriod('2021..2025'))).toEqual({ from: '2016-01-01', to: '2020-12-31' });
  });
});

describe('composing the "dân vận chính quyền" report', () => {
  it('writes the one-stop paragraph in the phrasing of the reports, with the comparison after the total', () => {
    expect(paragraph('reform.dossiers').text).toBe(
      'Trong kỳ, tiếp nhận 4.080 hồ sơ, tăng 12,5% so với cùng kỳ (trong đó, tiếp nhận trực tuyến 1.242 hồ sơ, trực tiếp 2.838 hồ sơ). ' +
        'Đã giải quyết: 4.040 hồ sơ (trong đó 3.839 hồ sơ trả kết quả trước hạn, 97 hồ sơ đúng hạn, quá hạn 104 hồ sơ); ' +
        'đang giải quyết trong hạn 11 hồ sơ, công dân rút 29 hồ sơ.',
    );
  });

  it('keeps every quoted figure linked to its indicator', () => {
    const p = paragraph('reform.dossiers');
    expect(p.figures).toContainEqual({ key: 'onestop.dossiers.received', value: 4080, text: '4.080' });
    for (const f of p.figures) expect(p.text).toContain(f.text);
    expect(paragraph('reform.rates').text).toContain('tỷ lệ tiếp nhận trực tuyến đạt 30,4%');
  });

  it('says "không có" for zero instead of printing 00', () => {
    const text = paragraph('petitions.figures').text;
    expect(text).toContain('không có đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh');
    expect(text).toContain('không phát sinh vụ việc hòa giải ở cơ sở');
    expect(text).not.toMatch(/\b00\b/);
  });

  it('cites the documents of the register by number and date', () => {
    const p = paragraph('direction.documents');
    expect(p.text).toContain(
      'Kế hoạch số 13/KH-UBND ngày 23/03/2025 về thực hiện công tác dân vận chính quyền năm 2025',
    );
    expect(p.citations).toEqual([{ reference: '13/KH-UBND', date: '2025-03-23' }]);
  });

  it('pre-fills the judgement sections from the previous report and leaves the others empty to write', () => {
    expect(paragraph('strengths.1')).toMatchObject({
      kind: 'judgement',
      text: 'Công tác dân vận chính quyền được quan tâm chỉ đạo.',
    });
    expect(paragraph('tasks.1')).toMatchObject({ kind: 'judgement', text: '' });
  });

  it('prints the profile, the place-and-date line and the summary of the genre', () => {
    const draft = composeDraft(makeReportData());
    expect(paragraph('overview.profile').text).toBe(
      'Xã Hoàng Diệu (trước ngày 01/7/2025 thuộc Huyện Gia Lộc) có diện tích tự nhiên 751,67 ha, 2.381 hộ với 8.657 nhân khẩu, 07 thôn, tổ dân phố.',
    );
    expect(placeAndDate(draft)).toBe('Hoàng Diệu, ngày 03 tháng 6 năm 2025');
    expect(draft.summary).toBe('Kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2025');
    expect(draft.sections.map((s) => s.number)).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.']);
    const soKet = composeDraft(makeReportData({ genre: 'so-ket', period: parsePeriod('2021..2025') }));
    expect(soKet.sections.map((s) => s.number)).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.']);
    expect(composeDraft(makeReportData({ genre: 'cchc' })).summary).toMatch(/cải cách hành chính/);
  });
});
