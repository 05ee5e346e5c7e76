import { describe, expect, it } from 'vitest';
import { driftedFigures, segments } from './figures.ts';
import type { Paragraph } from './types.ts';

const generated = 'Trong kỳ, tiếp nhận 1.080 hồ sơ (trực tuyến 80 hồ sơ), đạt 97,5% đúng hạn.';
const p: Paragraph = {
  id: 'reform.dossiers',
  kind: 'generated',
  text: generated,
  generated,
  figures: [
    { key: 'onestop.dossiers.received', value: 1080, text: '1.080' },
    { key: 'onestop.dossiers.receivedOnline', value: 80, text: '80' },
    { key: 'onestop.onTimeRate', value: 0.975, text: '97,5%' },
  ],
};

describe('figures in the editor', () => {
  it('cuts the text around each figure, whole numbers only', () => {
    const s = segments(p.text, p.figures);
    expect(s.filter((x) => x.figure).map((x) => x.text)).toEqual(['1.080', '80', '97,5%']);
    expect(s.map((x) => x.text).join('')).toBe(p.text);
    expect(segments('Không có số liệu.', p.figures)).toEqual([{ at: 0, text: 'Không có số liệu.' }]);
  });

  it('warns about a figure an official changed or removed, not about the rest', () => {
    expect(driftedFigures(p, p.text)).toEqual([]);
    const edited = generated.replace('1.080', '1.100');
    expect(driftedFigures(p, edited)).toEqual([
      expect.objectContaining({ state: 'edited', text: '1.100', figure: p.figures[0] }),
    ]);
    const removed = 'Trong kỳ, tiếp nhận 1.080 hồ sơ, đạt 97,5% đúng hạn.';
    expect(driftedFigures(p, removed).map((r) => r.state)).toEqual(['missing']);
    expect(driftedFigures({ ...p, kind: 'judgement' }, 'x')).toEqual([]);
  });
});
