import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoProvinceWorld } from '../../testing/world.ts';
import type { Paragraph, Section } from './model.ts';

/**
 * Issue 7, must-show 1: for a commune whose dossiers came from a canonical CSV export, the report's
 * one-stop paragraph quotes exactly the file's statistics, in the reports' phrasing and number format.
 * The file has the canonical columns of the import (docs/onestop-import.md) and the figures of the
 * PRIMER §3 example, so the numbers need thousands separators; it goes through the import's own
 * HTTP route, as an office would send it.
 */
const header = [
  'Mã hồ sơ',
  'Mã thủ tục',
  'Tên thủ tục',
  'Lĩnh vực',
  'Hình thức tiếp nhận',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Ngày trả kết quả',
  'Trạng thái',
];

interface Group {
  n: number;
  received: string;
  due: string;
  closed: string;
  status: string;
}

// 2025-H1: 4.080 received, 4.040 returned (3.839 early, 97 on the day, 104 late), 11 still
// within the deadline on 30/6, 29 withdrawn; the first 1.242 rows came in online.
const groups: Group[] = [
  { n: 3839, received: '03/03/2025', due: '10/03/2025', closed: '07/03/2025', status: 'Đã trả kết quả' },
  { n: 97, received: '01/04/2025', due: '04/04/2025', closed: '04/04/2025', status: 'Đã trả kết quả' },
  { n: 104, received: '05/05/2025', due: '08/05/2025', closed: '12/05/2025', status: 'Đã trả kết quả' },
  { n: 11, received: '25/06/2025', due: '03/07/2025', closed: '', status: 'Đang xử lý' },
  { n: 29, received: '10/02/2025', due: '14/02/2025', closed: '12/02/2025', status: 'Công dân rút hồ sơ' },
];

function canonicalCsv(): string {
  const rows: string[][] = [header];
  for (const g of groups) {
    for (let i = 0; i < g.n; i++) {
      const n = rows.length;
      rows.push([
        `HS-${String(n).padStart(5, '0')}`,
        '1.001193',
        'Đăng ký khai sinh',
        'Hộ tịch',
        n <= 1242 ? 'Trực tuyến' : 'Trực tiếp',
        g.received,
        g.due,
        g.closed,
        g.status,
      ]);
    }
  }
  return `${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
}

const paragraphs = (sections: readonly Section[]): Paragraph[] =>
  sections.flatMap((s) => [...s.paragraphs, ...paragraphs(s.children)]);

describe('a report of a commune whose dossiers were imported from a CSV export', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  beforeAll(async () => {
    w = await twoProvinceWorld();
    const officer = await w.as(w.users.officerA);
    const res = await officer.post(
      `/api/communes/${w.communes.a.id}/dossier-imports?fileName=ho-so-2025.csv`,
      canonicalCsv(),
      { 'content-type': 'text/csv' },
    );
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200);
    expect(res.body).toMatchObject({ rows: 4080, inserted: 4080 });
  });
  afterAll(() => w?.close());

  it("quotes the file's statistics in the example phrasing and Vietnamese number format", async () => {
    const officer = await w.as(w.users.officerA);
    const res = await officer.post(`/api/communes/${w.communes.a.id}/reports`, {
      genre: 'dan-van',
      period: '2025-H1',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const all = paragraphs(res.body.content.sections);
    expect(all.find((p) => p.id === 'reform.dossiers')?.text).toBe(
      'Trong kỳ, tiếp nhận 4.080 hồ sơ (trong đó, tiếp nhận trực tuyến 1.242 hồ sơ, trực tiếp 2.838 hồ sơ). ' +
        'Đã giải quyết: 4.040 hồ sơ (trong đó 3.839 hồ sơ trả kết quả trước hạn, 97 hồ sơ đúng hạn, quá hạn 104 hồ sơ); ' +
        'đang giải quyết trong hạn 11 hồ sơ, công dân rút 29 hồ sơ.',
    );
    expect(all.find((p) => p.id === 'reform.rates')?.text).toMatch(
      /^Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn đạt 97,4%; tỷ lệ tiếp nhận trực tuyến đạt 30,4%/,
    );
    // The draft as composed passes its own checks on figures.
    const checks = (await officer.get(`/api/communes/${w.communes.a.id}/reports/${res.body.id}/checks`)).body;
    expect(
      checks.items.filter((c: { check: string }) =>
        ['sum', 'percentage', 'value.conflict'].includes(c.check),
      ),
    ).toEqual([]);
  });
});
