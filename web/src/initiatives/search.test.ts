import { describe, expect, it } from 'vitest';
import {
  ALL_YEARS,
  filterInitiatives,
  replicasOf,
  serverQuery,
  validateInitiativeSearch,
  WHOLE_COMMUNE,
} from './search.ts';
import type { Initiative } from './types.ts';

const item = (over: Partial<Initiative>): Initiative => ({
  id: 'a',
  name: 'Mô hình',
  field: 'economy',
  fieldLabel: 'Kinh tế',
  organisation: 'womensUnion',
  organisationLabel: 'Hội Liên hiệp Phụ nữ',
  villageId: null,
  villageName: null,
  startedOn: '2025-01-01',
  endedOn: null,
  description: '',
  results: '',
  figures: [],
  replicatedFrom: null,
  registeredYears: [2025],
  commendations: [],
  photos: [],
  ...over,
});

describe('initiative list search', () => {
  it('keeps known values only', () => {
    expect(
      validateInitiativeSearch({
        nam: '2025',
        linhVuc: 'economy',
        toChuc: 'police',
        thon: 'v1',
        q: ' đường ',
      }),
    ).toEqual({ nam: 2025, linhVuc: 'economy', toChuc: 'police', thon: 'v1', q: 'đường' });
    expect(validateInitiativeSearch({ nam: '1999', linhVuc: 'sport', toChuc: 'club' })).toEqual({
      nam: undefined,
      linhVuc: undefined,
      toChuc: undefined,
      thon: undefined,
      q: undefined,
    });
    expect(serverQuery({ nam: 2024, linhVuc: 'economy', toChuc: 'police', q: 'x' }, 2026)).toEqual({
      year: 2024,
      field: 'economy',
      q: 'x',
    });
    expect(serverQuery({}, 2026).year).toBe(2026);
    expect(serverQuery(validateInitiativeSearch({ nam: ALL_YEARS }), 2026).year).toBeUndefined();
  });

  it('filters by organisation and village, the whole commune being its own choice', () => {
    const items = [
      item({ id: '1', villageId: 'v1' }),
      item({ id: '2', organisation: 'police' }),
      item({ id: '3', villageId: 'v2', replicatedFrom: { id: '1', name: 'Mô hình' } }),
    ];
    expect(filterInitiatives(items, { toChuc: 'police' }).map((i) => i.id)).toEqual(['2']);
    expect(filterInitiatives(items, { thon: 'v2' }).map((i) => i.id)).toEqual(['3']);
    expect(filterInitiatives(items, { thon: WHOLE_COMMUNE }).map((i) => i.id)).toEqual(['2']);
    expect(replicasOf(items, '1').map((i) => i.id)).toEqual(['3']);
  });
});
