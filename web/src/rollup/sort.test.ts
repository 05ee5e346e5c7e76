import { describe, expect, it } from 'vitest';
import { ariaSort, firstOrder, sortRows } from './sort.ts';
import type { RollupRow } from './types.ts';

const row = (name: string, rate: number | null, extra: Partial<RollupRow> = {}): RollupRow => ({
  commune: { id: name, code: name, name },
  source: 'data',
  values: { 'onestop.onTimeRate': rate },
  marks: {},
  report: null,
  finalised: false,
  ...extra,
});

const names = (rows: RollupRow[]) => rows.map((r) => r.commune.name);

describe('roll-up sorting', () => {
  const rows = [
    row('Xã Yên Sơn', 0.91),
    row('Phường Hòa Bình', null),
    row('Xã Tân Phú', 0.975),
    row('Xã Ân Thi', 0.8),
  ];

  it('sorts a figure both ways with missing figures last', () => {
    expect(names(sortRows(rows, 'onestop.onTimeRate', 'desc'))).toEqual([
      'Xã Tân Phú',
      'Xã Yên Sơn',
      'Xã Ân Thi',
      'Phường Hòa Bình',
    ]);
    expect(names(sortRows(rows, 'onestop.onTimeRate', 'asc'))).toEqual([
      'Xã Ân Thi',
      'Xã Yên Sơn',
      'Xã Tân Phú',
      'Phường Hòa Bình',
    ]);
  });

  it('sorts names in Vietnamese alphabetical order', () => {
    expect(names(sortRows(rows, 'commune', 'asc'))).toEqual([
      'Phường Hòa Bình',
      'Xã Ân Thi',
      'Xã Tân Phú',
      'Xã Yên Sơn',
    ]);
    expect(names(sortRows(rows, 'commune', 'desc'))[0]).toBe('Xã Yên Sơn');
  });

  it('ranks reports issued > draft > none and sources data > intake > none, ties by name', () => {
    const r = [
      row('B', 1, { report: { id: '1', status: 'draft', version: 1, reference: null } }),
      row('A', 1),
      row('C', 1, {
        report: { id: '2', status: 'final', version: 1, reference: '3/BC-UBND' },
        source: 'intake',
      }),
    ];
    expect(names(sortRows(r, 'report', 'desc'))).toEqual(['C', 'B', 'A']);
    expect(names(sortRows(r, 'source', 'desc'))).toEqual(['A', 'B', 'C']);
  });

  it('describes the order for assistive technology', () => {
    expect(ariaSort('commune', { column: 'commune', order: 'asc' })).toBe('ascending');
    expect(ariaSort('x', { column: 'x', order: 'desc' })).toBe('descending');
    expect(ariaSort('x', { column: 'commune', order: 'asc' })).toBe('none');
    expect(firstOrder('commune')).toBe('asc');
    expect(firstOrder('onestop.onTimeRate')).toBe('desc');
  });
});
