import { describe, expect, it } from 'vitest';
import { anchorDomId, documentId, findingId, fromShown, markKind, segmentText, toShown } from './segments.ts';

describe('segmentText', () => {
  it('keeps overlapping highlights apart and marks where each starts', () => {
    const text = 'Xã có 2.381 hộ, 7 thôn.';
    const segments = segmentText(text, [
      { id: 'profile.households', span: { start: 6, end: 11 } },
      { id: 'finding:0', span: { start: 0, end: 15 } },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.text, s.ids, s.anchors])).toEqual([
      ['Xã có ', ['finding:0'], ['finding:0']],
      ['2.381', ['profile.households', 'finding:0'], ['profile.households']],
      [' hộ,', ['finding:0'], []],
      [' 7 thôn.', [], []],
    ]);
  });

  it('clips spans beyond the text and drops empty ones', () => {
    expect(
      segmentText('abc', [
        { id: 'x', span: { start: 2, end: 9 } },
        { id: 'y', span: { start: 1, end: 1 } },
      ]),
    ).toEqual([
      { start: 0, end: 2, text: 'ab', ids: [], anchors: [] },
      { start: 2, end: 3, text: 'c', ids: ['x'], anchors: ['x'] },
    ]);
  });
});

describe('rates', () => {
  it('shows fractions as percentages and back without float noise', () => {
    expect(toShown(0.975, true)).toBe(97.5);
    expect(fromShown(98.23, true)).toBe(0.9823);
    expect(toShown(2381, false)).toBe(2381);
  });

  it('gives DOM-safe anchors', () => {
    expect(anchorDomId('finding:3')).toBe('doc-finding_3');
    expect(anchorDomId('onestop.dossiers.received')).toBe('doc-onestop_dossiers_received');
  });
});

describe('markKind', () => {
  it('tells values, cited documents and findings apart by their ids', () => {
    expect([markKind('profile.households'), markKind(documentId(3)), markKind(findingId(0))]).toEqual([
      'value',
      'document',
      'finding',
    ]);
  });
});
