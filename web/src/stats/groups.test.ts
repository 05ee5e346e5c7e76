import { describe, expect, it } from 'vitest';
import { groupIndicators } from './groups.ts';

describe('statistics page groups', () => {
  it('groups by the first part of the key in the report order, labels capitalised, keys as fallback', () => {
    const groups = groupIndicators(
      {
        'petitions.received': 12,
        'onestop.dossiers.received': 40,
        'zeta.count': 1,
        'onestop.onlineRate': 0.5,
      },
      { 'petitions.received': 'số đơn thư tiếp nhận', 'onestop.dossiers.received': 'số hồ sơ tiếp nhận' },
    );
    expect(groups.map((g) => g.id)).toEqual(['onestop', 'petitions', 'zeta']);
    expect(groups[0]?.title).toBe('Bộ phận một cửa');
    expect(groups[0]?.rows.map((r) => r.label)).toEqual(['Số hồ sơ tiếp nhận', 'onestop.onlineRate']);
    expect(groups[2]?.title).toBe('zeta');
  });
});
