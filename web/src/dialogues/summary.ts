import { formatNumber } from '../lib/format.ts';
import { dialogues as m } from './messages.ts';
import type { Conference } from './types.ts';

/** "5 ý kiến · đã trả lời 4 · kiến nghị lên cấp trên 1": answered counts on the spot and later. */
export function opinionSummary(c: Pick<Conference, 'opinions'>): string {
  const count = (...outcomes: string[]) => c.opinions.filter((o) => outcomes.includes(o.outcome)).length;
  return m.opinionCounts(
    formatNumber(c.opinions.length),
    formatNumber(count('answeredOnSpot', 'answeredLater')),
    formatNumber(count('escalated')),
  );
}
