import { describe, expect, it } from 'vitest';
import { checkFiles, formatSize, toBase64 } from './files.ts';

describe('petition uploads in the browser', () => {
  it('encodes bytes as the server decodes them, also past one chunk', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('refuses wrong types, large files, and on the portal too many or too much', () => {
    expect(checkFiles([{ name: 'don.PDF', size: 1000 }], true)).toBeNull();
    expect(checkFiles([{ name: 'setup.exe', size: 10 }], false)).toContain('không phải PDF');
    expect(checkFiles([{ name: 'anh.jpg', size: 6 * 1024 * 1024 }], false)).toContain('tối đa 5 MB');
    const four = Array.from({ length: 4 }, (_, i) => ({ name: `${i}.png`, size: 1 }));
    expect(checkFiles(four, true)).toBe('Tối đa 3 tệp đính kèm.');
    expect(checkFiles(four, false)).toBeNull();
    const big = Array.from({ length: 3 }, (_, i) => ({ name: `${i}.pdf`, size: 4 * 1024 * 1024 }));
    expect(checkFiles(big, true)).toContain('10 MB');
  });

  it('writes sizes the Vietnamese way', () => {
    expect(formatSize(1_300_000)).toBe('1,2 MB');
    expect(formatSize(2048)).toBe('2 KB');
  });
});
