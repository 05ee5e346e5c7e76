import { describe, expect, it } from 'vitest';
import { niceTicks } from './chart.ts';

describe('niceTicks', () => {
  it('covers the maximum with round steps', () => {
    expect(niceTicks(144)).toEqual([0, 50, 100, 150]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(1)).toEqual([0, 0.5, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(4080)).toEqual([0, 2000, 4000, 6000]);
  });
});
