import { describe, expect, it } from 'vitest';
import { validatePetitionSearch } from './search.ts';

describe('petition list filters in the URL', () => {
  it('keeps known values and drops the rest', () => {
    expect(
      validatePetitionSearch({
        q: ' dat dai ',
        kind: 'complaint',
        status: 'accepted',
        view: 'dueSoon',
        page: '2',
      }),
    ).toEqual({
      q: 'dat dai',
      kind: 'complaint',
      status: 'accepted',
      topic: undefined,
      view: 'dueSoon',
      page: 2,
    });
    expect(validatePetitionSearch({ kind: 'toString', status: 'x', topic: 'land', page: '-1' })).toEqual({
      q: undefined,
      kind: undefined,
      status: undefined,
      topic: 'land',
      view: undefined,
      page: undefined,
    });
  });
});
