import { describe, expect, it } from 'vitest';
import { opinionSummary } from './summary.ts';

describe('a conference in one line', () => {
  it('counts answered on the spot and later together, and escalated apart', () => {
    const opinions = (
      ['answeredOnSpot', 'answeredLater', 'escalated', 'pending', 'answeredOnSpot'] as const
    ).map((outcome) => ({ outcome }));
    expect(opinionSummary({ opinions } as never)).toBe('5 ý kiến · đã trả lời 3 · kiến nghị lên cấp trên 1');
  });
});
