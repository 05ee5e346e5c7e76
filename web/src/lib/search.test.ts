import { describe, expect, it } from 'vitest';
import { validateAuditSearch } from '../audit/search.ts';
import { localPath } from './search.ts';

describe('localPath', () => {
  it('accepts same-origin paths only', () => {
    expect(localPath('/nhat-ky?xa=1')).toBe('/nhat-ky?xa=1');
    expect(localPath('//evil.example')).toBeUndefined();
    expect(localPath('/\\evil.example')).toBeUndefined();
    expect(localPath('https://evil.example')).toBeUndefined();
    expect(localPath(42)).toBeUndefined();
  });
});

describe('validateAuditSearch', () => {
  it('keeps valid filters and drops the rest', () => {
    expect(
      validateAuditSearch({
        action: 'update',
        from: '2025-01-01',
        to: 'hôm qua',
        page: '3',
        entity: ' user ',
      }),
    ).toEqual({ entity: 'user', action: 'update', from: '2025-01-01', page: 3 });
    expect(validateAuditSearch({ action: 'drop', page: '-1' })).toEqual({});
  });
});
