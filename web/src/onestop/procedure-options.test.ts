import { describe, expect, it } from 'vitest';
import { wordFilter } from '../lib/word-filter.ts';
import { procedureOptions } from './procedure-options.ts';
import type { Procedure } from './types.ts';

const p = (code: string, name: string, sector: string): Procedure => ({
  id: code,
  code,
  name,
  sector,
  processingDays: 1,
  onlineLevel: 'none',
  feeVnd: null,
  civilStatusEvent: null,
  published: true,
});

describe('procedure picker', () => {
  const options = procedureOptions([
    p('1.001193', 'Đăng ký khai sinh', 'Hộ tịch'),
    p('1.004873', 'Cấp bản sao trích lục hộ tịch', 'Hộ tịch'),
    p('2.000815', 'Chứng thực bản sao từ bản chính', 'Chứng thực'),
  ]);

  it('groups by sector and finds by unaccented words or code', () => {
    expect(options.map((g) => g.group)).toEqual(['Hộ tịch', 'Chứng thực']);
    const labels = (search: string) =>
      wordFilter({ options, search, limit: 50 }).flatMap((o) =>
        'group' in o ? o.items.map((i) => i.label) : [o.label],
      );
    expect(labels('khai sinh')).toEqual(['1.001193 · Đăng ký khai sinh']);
    expect(labels('ban sao')).toHaveLength(2);
    expect(labels('2.000815')).toEqual(['2.000815 · Chứng thực bản sao từ bản chính']);
    expect(labels('')).toHaveLength(3);
  });
});
