import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OnestopCounts } from '../onestop/indicators.ts';
import { type CheckFailure, checkDraft, citedNumbers } from './checks.ts';
import { composeDraft } from './compose.ts';
import type { ReportData } from './data.ts';
import { readFigures } from './figures.ts';
import { allParagraphs, type ReportDraft } from './model.ts';
import { withDerivedRates } from './rates.ts';
import { makeReportData } from './test-data.ts';

const written = { strengths: ['Làm tốt.'], shortcomings: ['Còn chậm.'], tasks: ['Làm tiếp.'] };
const register = [{ reference: '13/KH-UBND', date: '2025-03-23' }];

function draftOf(overrides: Partial<ReportData> = {}) {
  const data = makeReportData({ judgement: written, ...overrides });
  return { data, draft: composeDraft(data) };
}

function paragraph(draft: ReportDraft, id: string) {
  const p = allParagraphs(draft.sections).find((x) => x.id === id);
  if (!p) throw new Error(`no paragraph ${id}`);
  return p;
}

const only = (failures: CheckFailure[], check: string) => failures.filter((f) => f.check === check);
const run = (draft: ReportDraft, data: Readonly<Record<string, number>> | null = null, reg = register) =>
  checkDraft(draft, { data, register: reg });

/** Dossier counts that add up the way the statistics always do, from a handful of free numbers. */
const counts = fc
  .record({
    carriedOver: fc.nat(300),
    online: fc.nat(3000),
    direct: fc.nat(3000),
    postal: fc.nat(50),
    early: fc.nat(3000),
    onTime: fc.nat(500),
    late: fc.nat(200),
    pendingWithin: fc.nat(100),
    pendingOverdue: fc.nat(20),
    withdrawn: fc.nat(50),
    rejected: fc.nat(20),
  })
  .map((r): OnestopCounts => {
    const resolved = r.early + r.onTime + r.late;
    const closed = resolved + r.pendingWithin + r.pendingOverdue + r.withdrawn + r.rejected;
    // Receive whatever makes the identity hold (more online when the free parts fall short).
    const received = Math.max(closed - r.carriedOver, r.online + r.direct + r.postal);
    const carriedOver = received + r.carriedOver - closed >= 0 ? r.carriedOver : 0;
    const pendingWithinDeadline = r.pendingWithin + (received + carriedOver - closed);
    return {
      carriedOver,
      received,
      receivedOnline: received - r.direct - r.postal,
      receivedDirect: r.direct,
      receivedPostal: r.postal,
      resolved,
      resolvedEarly: r.early,
      resolvedOnTime: r.onTime,
      resolvedLate: r.late,
      pendingWithinDeadline,
      pendingOverdue: r.pendingOverdue,
      withdrawn: r.withdrawn,
      rejected: r.rejected,
      digitized: 0,
      paidOnline: 0,
    };
  })
  .filter((c) => c.receivedOnline >= 0);

const indicatorsOf = (c: OnestopCounts, extra: Record<string, number>) =>
  withDerivedRates({
    'onestop.dossiers.carriedOver': c.carriedOver,
    'onestop.dossiers.received': c.received,
    'onestop.dossiers.receivedOnline': c.receivedOnline,
    'onestop.dossiers.receivedDirect': c.receivedDirect,
    'onestop.dossiers.receivedPostal': c.receivedPostal,
    'onestop.dossiers.resolved': c.resolved,
    'onestop.dossiers.resolvedEarly': c.resolvedEarly,
    'onestop.dossiers.resolvedOnTime': c.resolvedOnTime,
    'onestop.dossiers.resolvedLate': c.resolvedLate,
    'onestop.dossiers.pendingWithinDeadline': c.pendingWithinDeadline,
    'onestop.dossiers.pendingOverdue': c.pendingOverdue,
    'onestop.dossiers.withdrawn': c.withdrawn,
    'onestop.dossiers.rejected': c.rejected,
    'onestop.onlineRate': c.received ? c.receivedOnline / c.received : 0,
    'onestop.digitizationRate': 0.5,
    ...extra,
  });

describe('checks before issuing a report', () => {
  it('find nothing in a draft composed from any consistent data', () => {
    fc.assert(
      fc.property(
        counts,
        fc.record({
          'profile.households': fc.nat(20_000),
          'profile.population': fc.nat(80_000),
          'onestop.procedures.total': fc.integer({ min: 100, max: 400 }),
          'onestop.procedures.onlineFull': fc.nat(100),
          'onestop.procedures.onlinePartial': fc.nat(100),
          'petitions.received': fc.nat(12),
          'mediation.cases': fc.nat(9),
          'dialogues.conferences': fc.nat(4),
          'dialogues.opinions': fc.nat(60),
          'letters.newborn': fc.nat(60),
          'letters.marriage': fc.nat(60),
          'letters.condolence': fc.nat(60),
          'initiatives.total': fc.nat(3),
          'communication.broadcasts': fc.nat(300),
        }),
        (c, extra) => {
          const split = extra['petitions.received'];
          const indicators = indicatorsOf(c, {
            ...extra,
            'complaints.received': Math.floor(split / 3),
            'denunciations.received': 0,
            'feedback.received': split - Math.floor(split / 3),
            'petitions.resolved': Math.floor(split / 2),
            'mediation.successful': Math.floor(extra['mediation.cases'] / 2),
            'initiatives.byField.economy': extra['initiatives.total'],
          });
          const { draft } = draftOf({ indicators, onestop: c, previous: null });
          expect(run(draft, indicators)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('point to the paragraph where an official typed a total that disagrees with its parts', () => {
    const { draft, data } = draftOf();
    const p = paragraph(draft, 'reform.dossiers');
    p.text = p.text.replace('tiếp nhận 4.080 hồ sơ', 'tiếp nhận 4.100 hồ sơ');
    const failures = run(draft, data.indicators);
    const sums = only(failures, 'sum');
    expect(sums.length).toBeGreaterThan(0);
    expect(sums[0]).toMatchObject({ severity: 'error', paragraphId: 'reform.dossiers', sectionId: 'reform' });
    expect(sums[0]?.message).toContain('4.100');
    expect(sums[0]?.message).toContain('1.242');
    // The edited figure itself is only a warning; the broken total and the rate are errors.
    expect(only(failures, 'figure.edited')).toEqual([
      expect.objectContaining({ severity: 'warning', paragraphId: 'reform.dossiers' }),
    ]);
    expect(only(failures, 'percentage')[0]).toMatchObject({ paragraphId: 'reform.rates' });
  });

  it('catch a resolved breakdown that no longer adds up, and a balance broken by consistent edits', () => {
    const { draft, data } = draftOf();
    const p = paragraph(draft, 'reform.dossiers');
    p.text = p.text.replace('97 hồ sơ đúng hạn', '90 hồ sơ đúng hạn');
    expect(only(run(draft, data.indicators), 'sum')[0]?.message).toMatch(/4\.033.*4\.040/);
    // Total and parts raised together: each sum holds, the dossiers no longer balance.
    p.text = p.generated
      ?.replace('tiếp nhận 4.080', 'tiếp nhận 4.100')
      .replace('trực tiếp 2.838', 'trực tiếp 2.858') as string;
    const sums = only(run(draft, data.indicators), 'sum');
    expect(sums).toHaveLength(1);
    expect(sums[0]?.message).toMatch(/không cân đối/);
  });

  it('give one indicator one value everywhere in the text', () => {
    const { draft, data } = draftOf();
    paragraph(draft, 'strengths.1').text = 'Trong kỳ, tiếp nhận 4.090 hồ sơ, đạt kết quả tốt.';
    const conflicts = only(run(draft, data.indicators), 'value.conflict');
    expect(conflicts).toEqual([
      expect.objectContaining({ paragraphId: 'strengths.1', indicators: ['onestop.dossiers.received'] }),
    ]);
    expect(conflicts[0]?.message).toContain('4.090');
    expect(conflicts[0]?.message).toContain('4.080 ở mục «3. Cải cách hành chính');
  });

  it('match percentages with their counts', () => {
    const { draft, data } = draftOf();
    const p = paragraph(draft, 'reform.rates');
    p.text = p.text.replace('tiếp nhận trực tuyến đạt 30,4%', 'tiếp nhận trực tuyến đạt 35%');
    const failures = run(draft, data.indicators);
    expect(only(failures, 'percentage')[0]?.message).toMatch(/35%.*1\.242\/4\.080 = 30,44%/);
    expect(only(failures, 'figure.edited')[0]?.message).toMatch(/từ 30,4% thành 35%/);
    // A share an official wrote next to its count is checked by the intake rule.
    paragraph(draft, 'shortcomings.1').text =
      'Hồ sơ trả kết quả trước hạn 3.839 hồ sơ, đạt 90% số hồ sơ đã giải quyết 4.040 hồ sơ.';
    expect(only(run(draft, data.indicators), 'percentage').map((f) => f.paragraphId)).toContain(
      'shortcomings.1',
    );
  });

  it('warn when a figure was edited, removed, or changed in the data since', () => {
    const { draft, data } = draftOf();
    const profile = paragraph(draft, 'overview.profile');
    profile.text = profile.text.replace('2.381 hộ', 'khoảng hai nghìn hộ');
    const failures = run(draft, { ...data.indicators, 'onestop.dossiers.withdrawn': 30 });
    expect(only(failures, 'figure.missing')).toEqual([
      expect.objectContaining({ severity: 'warning', paragraphId: 'overview.profile' }),
    ]);
    expect(only(failures, 'figure.stale')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        paragraphId: 'reform.dossiers',
        indicators: ['onestop.dossiers.withdrawn'],
      }),
    ]);
    expect(failures.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('reads a figure back after an edit around it, by the words before it', () => {
    const { draft } = draftOf();
    const p = paragraph(draft, 'reform.dossiers');
    p.text = `Sáu tháng qua, bộ phận một cửa làm việc tích cực. ${p.text.replace('97 hồ sơ đúng hạn', '98 hồ sơ đúng hạn')}`;
    const readings = readFigures(p);
    expect(readings.find((r) => r.figure.key === 'onestop.dossiers.resolvedOnTime')).toMatchObject({
      state: 'edited',
      value: 98,
      text: '98',
    });
    expect(readings.filter((r) => r.state === 'unchanged')).toHaveLength(p.figures.length - 1);
  });

  it('find cited documents in the register with that number and date', () => {
    const { draft, data } = draftOf();
    expect(citedNumbers(draft)).toEqual([13]);
    expect(only(run(draft, data.indicators, []), 'document.register')[0]).toMatchObject({
      paragraphId: 'direction.documents',
      message: 'Kế hoạch số 13/KH-UBND năm 2025 không có trong sổ văn bản đi của xã.',
    });
    const wrongDate = run(draft, data.indicators, [{ reference: '13/KH-UBND', date: '2025-03-24' }]);
    expect(only(wrongDate, 'document.register')[0]?.message).toBe(
      'Kế hoạch số 13/KH-UBND được ghi ngày 23/3/2025, nhưng trong sổ văn bản ngày ban hành là 24/3/2025.',
    );
    paragraph(draft, 'tasks.1').text =
      'Tiếp tục thực hiện Kế hoạch số 14/KH-UBND ngày 24/3/2025 của UBND xã và Kế hoạch số 45/KH-UBND ngày 02/01/2025 của UBND tỉnh; Nghị định số 61/2018/NĐ-CP ngày 23/4/2019.';
    const failures = run(draft, data.indicators, [
      ...register,
      { reference: '14/KH-UBND', date: '2025-03-24' },
    ]);
    // The commune's own plan is in the register; the province's is not looked for; the decree's year is wrong.
    expect(only(failures, 'document.register')).toEqual([]);
    expect(only(failures, 'document.date')).toEqual([
      expect.objectContaining({ paragraphId: 'tasks.1', message: expect.stringMatching(/61\/2018\/NĐ-CP/) }),
    ]);
    expect(citedNumbers(draft)).toEqual([13, 14]);
  });

  it('require the required sections to be written', () => {
    const { draft, data } = draftOf({ judgement: {} });
    const empty = only(run(draft, data.indicators), 'section.empty');
    expect(empty.map((f) => [f.sectionId, f.paragraphId])).toEqual([
      ['strengths', 'strengths.1'],
      ['shortcomings', 'shortcomings.1'],
      ['tasks', 'tasks.1'],
    ]);
    expect(empty[0]?.message).toBe('Mục «1. Ưu điểm» là mục bắt buộc nhưng chưa có nội dung.');
  });
});
