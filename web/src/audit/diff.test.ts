import { describe, expect, it } from 'vitest';
import { diffSnapshots, showValue } from './diff.ts';

describe('diffSnapshots', () => {
  it('lists changed fields first and marks unchanged ones', () => {
    const rows = diffSnapshots({ name: 'Thôn 1', area: 10 }, { name: 'Thôn Một', area: 10, code: 'T1' });
    expect(rows.map((r) => [r.field, r.changed])).toEqual([
      ['name', true],
      ['code', true],
      ['area', false],
    ]);
  });

  it('handles a created or deleted record and non-object snapshots', () => {
    expect(diffSnapshots(null, { a: 1 })).toEqual([
      { field: 'a', before: undefined, after: 1, changed: true },
    ]);
    expect(diffSnapshots('cũ', 'mới')).toEqual([{ field: '', before: 'cũ', after: 'mới', changed: true }]);
  });
});

describe('showValue', () => {
  it('shows strings as they are and the rest as JSON', () => {
    expect(showValue('Tân Phú')).toBe('Tân Phú');
    expect(showValue(['office'])).toBe('["office"]');
    expect(showValue(null)).toBeNull();
    expect(showValue('')).toBeNull();
  });
});
