import { describe, expect, it } from 'vitest';
import { toLines } from './lines.ts';

describe('names typed one per line', () => {
  it('trims and drops blank lines', () => {
    expect(toLines(' Hộ ông Nguyễn Văn A \n\n  Hộ bà Trần Thị B\n')).toEqual([
      'Hộ ông Nguyễn Văn A',
      'Hộ bà Trần Thị B',
    ]);
    expect(toLines('  \n')).toEqual([]);
  });
});
