import { describe, expect, it } from 'vitest';
import { inspectionQuery, validateInspectionSearch } from './search.ts';

describe('inspection list search', () => {
  it('keeps known kinds and reads the open-findings switch', () => {
    const s = validateInspectionSearch({ loai: 'frontSupervision', con: 'true', q: 'ngheo' });
    expect(s).toEqual({ loai: 'frontSupervision', con: true, q: 'ngheo' });
    expect(inspectionQuery(s)).toEqual({ kind: 'frontSupervision', openFindings: true, q: 'ngheo' });
    expect(validateInspectionSearch({ loai: 'audit', con: 'no' })).toEqual({
      loai: undefined,
      con: undefined,
      q: undefined,
    });
  });
});
