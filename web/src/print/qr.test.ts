import { describe, expect, it } from 'vitest';
import { qrPath } from './QrCode.tsx';

describe('qrPath', () => {
  it('draws a square symbol with a quiet zone', () => {
    const { size, d } = qrPath('https://xa.example/cong-dan/SH-TANPHU/ho-so/SH-TANPHU-261121-0001');
    expect(size).toBeGreaterThanOrEqual(21 + 8);
    expect((size - 8 - 17) % 4).toBe(0);
    // The three finder patterns start at the corners inside the quiet zone.
    expect(d.startsWith('M4 4h1v1h-1z')).toBe(true);
  });
});
