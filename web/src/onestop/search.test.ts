import { describe, expect, it } from 'vitest';
import { isOverdue, validateDossierSearch } from './search.ts';

describe('validateDossierSearch', () => {
  it('keeps valid filters and drops the rest', () => {
    expect(
      validateDossierSearch({
        q: ' ho tich ',
        status: 'returned',
        view: 'late',
        from: '2025-01-01',
        page: '2',
      }),
    ).toEqual({ q: 'ho tich', status: 'returned', from: '2025-01-01', page: 2 });
  });
});

describe('isOverdue', () => {
  it('is an open dossier past its appointment date', () => {
    expect(isOverdue({ status: 'processing', dueDate: '2025-01-01' }, '2025-01-02')).toBe(true);
    expect(isOverdue({ status: 'processing', dueDate: '2025-01-02' }, '2025-01-02')).toBe(false);
    expect(isOverdue({ status: 'returned', dueDate: '2025-01-01' }, '2025-01-02')).toBe(false);
  });
});
