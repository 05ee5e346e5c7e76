import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, formatInt, formatPercent, parseViNumber, parseViPercent } from './numbers.ts';

describe('formatInt', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [4080, '4.080'],
    [1234567, '1.234.567'],
    [-4080, '-4.080'],
    [2.5, '3'],
    [-2.5, '-3'],
    [-0.4, '0'],
  ])('%d → %s', (value, text) => {
    expect(formatInt(value)).toBe(text);
  });

  it('refuses NaN and infinities', () => {
    expect(() => formatInt(Number.NaN)).toThrow(RangeError);
    expect(() => formatInt(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('formatDecimal', () => {
  it.each([
    [2988.35, {}, '2.988,35'],
    [2988.3, {}, '2.988,30'],
    [2988.3, { trimZeros: true }, '2.988,3'],
    [1.005, {}, '1,01'], // 1.005 is stored as 1.00499…; rounding reads the written decimal
    [2.675, {}, '2,68'],
    [-0.125, {}, '-0,13'],
    [1234.5678, { digits: 3 }, '1.234,568'],
    [0.5, { digits: 0 }, '1'],
  ] as const)('%d %o → %s', (value, options, text) => {
    expect(formatDecimal(value, options)).toBe(text);
  });
});

describe('formatPercent', () => {
  it.each([
    [0.975, {}, '97,5%'],
    [0.988, {}, '98,8%'],
    [0.9875, {}, '98,8%'], // half away from zero
    [0.9865, {}, '98,7%'],
    [0.285, { digits: 0 }, '29%'], // 0.285 * 100 is 28.4999… in binary
    [1, {}, '100%'],
    [0.98, {}, '98%'],
    [0.98, { trimZeros: false }, '98,0%'],
    [0.123456, { digits: 2 }, '12,35%'],
    [12.5, {}, '1.250%'],
    [-0.0005, {}, '-0,1%'],
    [-0.0004, {}, '0%'],
  ] as const)('%d %o → %s', (value, options, text) => {
    expect(formatPercent(value, options)).toBe(text);
  });
});

describe('parseViNumber / parseViPercent', () => {
  it.each([
    ['4.080', 4080],
    ['2.988,35', 2988.35],
    ['1.234.567', 1234567],
    ['4080', 4080],
    ['0,5', 0.5],
    ['-1.234,5', -1234.5],
    ['\u22125', -5],
    [' 12 ', 12],
  ])('%s → %d', (text, value) => {
    expect(parseViNumber(text)).toBe(value);
  });

  it.each(['', '4.08', '2988.35', '1.2345', '1,234.5', '4,080.00', 'abc', '1.234,', ',5', '--1', '1 234'])(
    'refuses %j',
    (text) => {
      expect(parseViNumber(text)).toBeUndefined();
    },
  );

  it('reads percentages as ratios', () => {
    expect(parseViPercent('98,8%')).toBe(0.988);
    expect(parseViPercent('97,5 %')).toBe(0.975);
    expect(parseViPercent('100%')).toBe(1);
    expect(parseViPercent('12,5')).toBe(0.125);
    expect(parseViPercent('98.8%')).toBeUndefined();
  });
});

describe('round trips (properties)', () => {
  it('parseViNumber(formatInt(n)) === n for every safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(parseViNumber(formatInt(n))).toBe(n);
      }),
    );
  });

  it('parseViNumber(formatDecimal(x)) === x for two-decimal values', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        const x = cents / 100;
        expect(parseViNumber(formatDecimal(x))).toBe(x);
      }),
    );
  });

  it('parseViNumber(formatDecimal(x, { digits, trimZeros: true })) === x', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 5 }), (units, digits) => {
        const x = units / 10 ** digits;
        expect(parseViNumber(formatDecimal(x, { digits, trimZeros: true }))).toBe(x);
      }),
    );
  });

  it('parseViPercent(formatPercent(x)) === x for ratios with one-decimal percentages', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e7, max: 1e7 }), fc.boolean(), (tenths, trimZeros) => {
        const ratio = tenths / 1000;
        expect(parseViPercent(formatPercent(ratio, { trimZeros }))).toBe(ratio);
      }),
    );
  });

  it('parseViPercent(formatPercent(x, { digits: 2 })) === x', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (hundredths) => {
        const ratio = hundredths / 10000;
        expect(parseViPercent(formatPercent(ratio, { digits: 2 }))).toBe(ratio);
      }),
    );
  });

  it('formatting any finite number then parsing it gives the rounded value back', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const parsed = parseViNumber(formatDecimal(x)) as number;
        expect(Math.abs(parsed - x)).toBeLessThanOrEqual(0.005 + 1e-6);
      }),
    );
  });
});
