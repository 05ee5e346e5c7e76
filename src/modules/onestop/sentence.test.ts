import { describe, expect, it } from 'vitest';
import type { OnestopCounts } from './indicators.ts';
import { onestopSentence } from './sentence.ts';

const zero: OnestopCounts = {
  carriedOver: 0,
  received: 0,
  receivedOnline: 0,
  receivedDirect: 0,
  receivedPostal: 0,
  resolved: 0,
  resolvedEarly: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  pendingWithinDeadline: 0,
  pendingOverdue: 0,
  withdrawn: 0,
  rejected: 0,
  digitized: 0,
  paidOnline: 0,
};

describe('the one-stop sentence of the reports', () => {
  it('phrases the PRIMER §3 figures the way reports do', () => {
    const text = onestopSentence({
      ...zero,
      received: 4080,
      receivedOnline: 1242,
      receivedDirect: 2838,
      resolved: 4040,
      resolvedEarly: 3839,
      resolvedOnTime: 97,
      resolvedLate: 104,
      pendingWithinDeadline: 11,
      withdrawn: 29,
    });
    expect(text).toBe(
      'Trong kỳ, tiếp nhận 4.080 hồ sơ (trong đó, tiếp nhận trực tuyến 1.242 hồ sơ, trực tiếp 2.838 hồ sơ). ' +
        'Đã giải quyết: 4.040 hồ sơ (trong đó 3.839 hồ sơ trả kết quả trước hạn, 97 hồ sơ đúng hạn, quá hạn 104 hồ sơ); ' +
        'đang giải quyết trong hạn 11 hồ sơ, công dân rút 29 hồ sơ.',
    );
  });

  it('says so when there was nothing', () => {
    expect(onestopSentence(zero)).toBe('Trong kỳ, không tiếp nhận hồ sơ thủ tục hành chính nào.');
  });
});
