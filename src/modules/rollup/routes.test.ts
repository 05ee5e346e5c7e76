import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContext } from '../../platform/context.ts';
import { factories } from '../../testing/factories.ts';
import type { Client } from '../../testing/http.ts';
import { twoProvinceWorld } from '../../testing/world.ts';

interface Row {
  commune: { id: string; code: string; name: string };
  source: string;
  values: Record<string, number | null>;
  marks: Record<string, string>;
  report: { id: string; status: string; reference: string | null } | null;
  finalised: boolean;
}

async function download(w: { url: string }, client: Client, url: string) {
  const res = await fetch(w.url + url, {
    headers: { cookie: (client as unknown as { cookie: string }).cookie },
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

describe('province roll-up over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  const extra: { id: string; name: string }[] = [];
  let reportId: string;
  const keys = 'onestop.dossiers.received,onestop.onTimeRate,petitions.received';
  const url = (query = `?period=2025-H1&keys=${keys}`) =>
    `/api/provinces/${w.provinces.p1.id}/rollup${query}`;

  /** `n` dossiers received on 03/03/2025, due 10/03, returned early or, for `late` of them, late. */
  async function dossiers(communeId: string, n: number, onTime = n) {
    await withContext(w.db, null, (ctx) =>
      ctx.tx.query(
        `insert into dossiers (commune_id, code, procedure_name, channel, status, received_at, received_date, due_date,
           original_due_date, returned_date, lookup_key, source)
         select $1, 'R-' || i, 'Thủ tục thử', 'direct', 'returned', '2025-03-03', '2025-03-03', '2025-03-10', '2025-03-10',
           case when i <= $3 then '2025-03-07'::date else '2025-03-14'::date end, 'KEY', 'import'
         from generate_series(1, $2) as i`,
        [communeId, n, onTime],
      ),
    );
  }

  beforeAll(async () => {
    w = await twoProvinceWorld();
    const f = factories(w.db);
    for (const name of ['Xã Đông', 'Xã Tây', 'Xã Nam', 'Xã Bắc', 'Xã Trung', 'Xã Giấy']) {
      extra.push(await f.makeCommune(w.provinces.p1.code, { name }));
    }
    // Six communes with 10 dossiers, all early; Bắc with 100; Trung with 4 of 10 on time; Giấy records nothing.
    for (const c of [w.communes.a, w.communes.b, ...extra.slice(0, 3)]) await dossiers(c.id, 10);
    await dossiers((extra[3] as { id: string }).id, 100);
    await dossiers((extra[4] as { id: string }).id, 10, 4);

    const officer = await w.as(w.users.officerA);
    const base = `/api/communes/${w.communes.a.id}/reports`;
    const created = await officer.post(base, { genre: 'dan-van', period: '2025-H1' });
    reportId = created.body.id;
    for (const id of ['direction.documents', 'strengths.1', 'shortcomings.1', 'tasks.1']) {
      const saved = await officer.request('PATCH', `${base}/${reportId}/paragraphs/${id}`, {
        revision: 0,
        text: 'Đã viết.',
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    }
    const issued = await officer.post(`${base}/${reportId}/finalise`, {});
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
  });
  afterAll(() => w?.close());

  it('gives a province reviewer every commune × the chosen indicators, with totals, averages and outliers', async () => {
    const reviewer = await w.as(w.users.reviewer1);
    const res = await reviewer.get(url());
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const rows: Row[] = res.body.rows;
    expect(rows).toHaveLength(8);
    expect(res.body.period).toMatchObject({ key: '2025-H1', from: '2025-01-01', to: '2025-06-30' });
    const byName = (name: string) => rows.find((r) => r.commune.name === name) as Row;
    expect(byName('Xã Bắc')).toMatchObject({
      source: 'data',
      values: { 'onestop.dossiers.received': 100, 'onestop.onTimeRate': 1 },
      marks: { 'onestop.dossiers.received': 'high' },
    });
    expect(byName('Xã Trung').values['onestop.onTimeRate']).toBeCloseTo(0.4, 12);
    expect(byName('Xã Trung').marks).toEqual({ 'onestop.onTimeRate': 'low' });
    expect(byName('Xã Giấy')).toMatchObject({
      source: 'none',
      values: { 'onestop.dossiers.received': null },
    });
    const received = res.body.indicators.find((i: { key: string }) => i.key === 'onestop.dossiers.received');
    expect(received).toMatchObject({ total: 160, count: 7, rate: false });
    expect(received.average).toBeCloseTo(160 / 7, 12);
    const onTime = res.body.indicators.find((i: { key: string }) => i.key === 'onestop.onTimeRate');
    expect(onTime).toMatchObject({ rate: true, label: 'tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn (%)' });
    expect(onTime.total).toBeCloseTo(154 / 160, 12);
    expect(res.body.outlierRule).toMatch(/độ lệch chuẩn/);
    // Only An issued its report; its row links to it, and the reviewer can open it.
    expect(byName('Xã An')).toMatchObject({ finalised: true, report: { id: reportId, status: 'final' } });
    expect(byName('Xã An').report?.reference).toMatch(/\/BC-UBND$/);
    expect(res.body.notFinalised.map((c: { name: string }) => c.name)).not.toContain('Xã An');
    expect(res.body.notFinalised).toHaveLength(7);
    expect((await reviewer.get(`/api/communes/${w.communes.a.id}/reports/${reportId}`)).status).toBe(200);
  });

  it('sorts by an indicator, communes without it last', async () => {
    const reviewer = await w.as(w.users.reviewer1);
    const res = await reviewer.get(url(`?period=2025-H1&keys=${keys}&sort=onestop.onTimeRate&order=asc`));
    const names = res.body.rows.map((r: Row) => r.commune.name);
    expect(names[0]).toBe('Xã Trung');
    expect(names.at(-1)).toBe('Xã Giấy');
  });

  it('is for the province and admins only', async () => {
    expect((await (await w.as(w.users.admin)).get(url())).status).toBe(200);
    expect((await (await w.as(w.users.reviewer2)).get(url())).status).toBe(404);
    const officer = await (await w.as(w.users.officerA)).get(url());
    expect(officer.status).toBe(403);
    expect(officer.body.error.message).toMatch(/cấp tỉnh/);
    expect((await (await w.as(w.users.leaderA)).get(url())).status).toBe(403);
    expect(
      (await (await w.as(w.users.officerA)).get(`/api/provinces/${w.provinces.p2.id}/rollup?period=2025`))
        .status,
    ).toBe(404);
    expect((await w.client().get(url())).status).toBe(401);
    const bad = await (await w.as(w.users.reviewer1)).get(url('?period=2025-H1&keys=onestop.x;drop'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields['querystring.keys']).toMatch(/Mã chỉ tiêu/);
    const noPeriod = await (await w.as(w.users.reviewer1)).get(url('?keys=petitions.received'));
    expect(noPeriod.status).toBe(400);
  });

  it('exports the table as XLSX, with totals, averages and the communes yet to report', async () => {
    const reviewer = await w.as(w.users.reviewer1);
    const file = await download(
      w,
      reviewer,
      `/api/provinces/${w.provinces.p1.id}/rollup/xlsx?period=2025-H1&keys=${keys}`,
    );
    expect(file.status).toBe(200);
    expect(file.type).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Tổng hợp');
    expect(ws?.getRow(4).getCell(3).value).toBe('Tên xã, phường');
    expect(ws?.getRow(4).getCell(4).value).toBe('số hồ sơ tiếp nhận');
    const cells = (r: number) => ((ws?.getRow(r).values ?? []) as unknown[]).slice(1);
    const bac = [5, 6, 7, 8, 9, 10, 11, 12].map(cells).find((r) => r[2] === 'Xã Bắc') as unknown[];
    expect(bac[3]).toBe(100);
    expect(String(bac.at(-1))).toMatch(/cao bất thường/);
    expect(cells(13).slice(2, 4)).toEqual(['Tổng cộng', 160]);
    expect(ws?.getRow(13).getCell(5).numFmt).toBe('0.0%');
    expect(wb.getWorksheet('Chưa ban hành báo cáo')?.rowCount).toBe(8);
    expect(
      (
        await download(
          w,
          await w.as(w.users.officerA),
          `/api/provinces/${w.provinces.p1.id}/rollup/xlsx?period=2025-H1`,
        )
      ).status,
    ).toBe(403);
  });

  it('writes the province summary report as DOCX in the Nghị định 30 layout', async () => {
    const reviewer = await w.as(w.users.reviewer1);
    const file = await download(
      w,
      reviewer,
      `/api/provinces/${w.provinces.p1.id}/rollup/docx?period=2025-H1&keys=${keys}`,
    );
    expect(file.status).toBe(200);
    const { value: text } = await mammoth.extractRawText({ buffer: file.bytes });
    for (const expected of [
      'UBND TỈNH MỘT',
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'BÁO CÁO',
      'Tổng hợp kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2025 của các xã, phường',
      'Toàn tỉnh có 8 xã, phường',
      '1 đơn vị đã ban hành báo cáo, 7 đơn vị chưa ban hành báo cáo',
      'các xã, phường đã tiếp nhận 160 hồ sơ',
      'Xã Bắc: số hồ sơ tiếp nhận 100 (cao bất thường)',
      'Nơi nhận:',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
