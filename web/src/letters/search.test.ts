import { describe, expect, it } from 'vitest';
import { letterFilter, validateLetterSearch } from './search.ts';

describe('letter inbox search', () => {
  it('keeps known values and drops the rest', () => {
    expect(validateLetterSearch({ status: 'sent', kind: 'newborn', page: '2' })).toEqual({
      status: 'sent',
      kind: 'newborn',
      page: 2,
    });
    expect(validateLetterSearch({ status: 'x', kind: 'birth', page: '-1' })).toEqual({
      status: undefined,
      kind: undefined,
      page: undefined,
    });
  });
  it('shows drafts by default and everything for "all"', () => {
    expect(letterFilter({})).toEqual({ status: 'draft', kind: undefined, page: undefined });
    expect(letterFilter({ status: 'all', kind: 'marriage' }).status).toBeUndefined();
  });
});
