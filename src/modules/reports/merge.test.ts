import { describe, expect, it } from 'vitest';
import { composeDraft } from './compose.ts';
import { judgementOf, mergeRegenerated } from './merge.ts';
import { allParagraphs, type ReportDraft } from './model.ts';
import { makeReportData, primerCounts } from './test-data.ts';

const find = (d: ReportDraft, id: string) => allParagraphs(d.sections).find((p) => p.id === id);

describe('regenerating a draft from fresh data', () => {
  const existing = () => {
    const d = composeDraft(makeReportData({ judgement: { strengths: ['Ưu điểm cũ.'] } }));
    (find(d, 'tasks.1') as { text: string }).text = 'Nhiệm vụ do cán bộ viết.';
    return d;
  };
  const later = makeReportData({
    indicators: { ...makeReportData().indicators, 'onestop.dossiers.received': 4100 },
    onestop: { ...primerCounts, received: 4100, receivedDirect: 2858, pendingWithinDeadline: 31 },
    judgement: {},
    documents: [],
    date: '2025-07-01',
  });

  it('takes the new figures and keeps every word the officials wrote, and the header', () => {
    const old = existing();
    old.summary = 'Trích yếu do cán bộ sửa';
    const { draft, keptEdited, changedSections } = mergeRegenerated(old, composeDraft(later));
    expect(find(draft, 'reform.dossiers')?.text).toContain('tiếp nhận 4.100 hồ sơ');
    expect(find(draft, 'strengths.1')?.text).toBe('Ưu điểm cũ.');
    expect(find(draft, 'tasks.1')?.text).toBe('Nhiệm vụ do cán bộ viết.');
    expect(draft.summary).toBe('Trích yếu do cán bộ sửa');
    expect(draft.date).toBe(old.date);
    expect(keptEdited).toEqual([]);
    expect(changedSections).toContain('reform');
    expect(changedSections).not.toContain('strengths');
    // No document in the period any more: the list becomes an empty paragraph to write.
    expect(find(draft, 'direction.documents')).toMatchObject({ kind: 'judgement', text: '' });
  });

  it('keeps a generated paragraph an official edited, unless asked to overwrite it', () => {
    const old = existing();
    const p = find(old, 'reform.dossiers') as { text: string };
    p.text = `${p.text} Cán bộ thêm một câu.`;
    const kept = mergeRegenerated(old, composeDraft(later));
    expect(kept.keptEdited).toEqual(['reform.dossiers']);
    expect(find(kept.draft, 'reform.dossiers')?.text).toContain('Cán bộ thêm một câu.');
    const overwritten = mergeRegenerated(old, composeDraft(later), new Set(['reform.dossiers']));
    expect(find(overwritten.draft, 'reform.dossiers')?.text).not.toContain('Cán bộ thêm một câu.');
  });

  it('puts figures that appeared before what the officials wrote in their place', () => {
    const old = composeDraft(makeReportData());
    (find(old, 'communication.figures') as { text: string }).text = 'Tuyên truyền bằng nhiều hình thức.';
    const fresh = composeDraft(
      makeReportData({ indicators: { ...makeReportData().indicators, 'communication.banners': 12 } }),
    );
    const { draft } = mergeRegenerated(old, fresh);
    const section = draft.sections[2]?.children[0];
    expect(section?.paragraphs.map((p) => [p.id, p.kind, p.text])).toEqual([
      ['communication.figures', 'generated', 'Trong kỳ, đã thực hiện 12 băng rôn, khẩu hiệu.'],
      ['communication.figures.official', 'judgement', 'Tuyên truyền bằng nhiều hình thức.'],
    ]);
  });

  it('carries the judgement text of a report over to the next one', () => {
    const d = existing();
    expect(judgementOf(d)).toEqual({ strengths: ['Ưu điểm cũ.'], tasks: ['Nhiệm vụ do cán bộ viết.'] });
  });
});
