import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPassword } from '../../../testing/factories.ts';
import { twoProvinceWorld } from '../../../testing/world.ts';
import { canonicalHeader, knownCounts, knownPeriod, knownRows, toCsv } from './fixtures.ts';

const csv = { 'content-type': 'text/csv; charset=utf-8' };

describe('import routes over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  beforeAll(async () => {
    w = await twoProvinceWorld();
  });
  afterAll(() => w?.close());

  const url = (communeId: string, query = '') => `/api/communes/${communeId}/dossier-imports${query}`;

  /** Sends bytes (an XLSX file) with a session of its own: the test client only sends text. */
  async function postBytes(username: string, path: string, body: Buffer, contentType: string) {
    const login = await fetch(`${w.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: testPassword }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const res = await fetch(`${w.url}${path}`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': contentType },
      body: new Uint8Array(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  it('imports a CSV body for an officer of the commune, then the statistics match the file', async () => {
    const officer = await w.as(w.users.officerA);
    const res = await officer.post(url(w.communes.a.id, '?fileName=ho-so.csv'), toCsv(knownRows()), csv);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      fileName: 'ho-so.csv',
      format: 'csv',
      rows: 32,
      inserted: 32,
      updated: 0,
      unchanged: 0,
      dryRun: false,
      errors: [],
    });
    const stats = await officer.get(
      `/api/stats?communeId=${w.communes.a.id}&from=${knownPeriod.from}&to=${knownPeriod.to}`,
    );
    for (const [key, value] of Object.entries(knownCounts))
      expect(stats.body.indicators[key], key).toBeCloseTo(value, 12);
    const again = await (await w.as(w.users.leaderA)).post(url(w.communes.a.id), toCsv(knownRows()), csv);
    expect(again.body).toMatchObject({ inserted: 0, updated: 0, unchanged: 32 });
  });

  it('answers 400 with the row errors of a refused file, and writes nothing', async () => {
    const officer = await w.as(w.users.officerA);
    const rows = knownRows().map((r) => [`${r[0]}-X`, ...r.slice(1)]);
    (rows[3] as string[])[6] = '2025-13-01';
    const res = await officer.post(url(w.communes.a.id), toCsv(rows), csv);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'validation',
      errorCount: 1,
      rows: [
        {
          line: 5,
          column: 'Ngày hẹn trả',
          reason: '"2025-13-01" không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).',
        },
      ],
    });
    expect(res.body.error.message).toMatch(/chưa nhập dòng nào/);
    const list = await officer.get(`/api/dossiers?communeId=${w.communes.a.id}&q=-x&limit=5`);
    expect(list.body.total).toBe(0);
  });

  it('keeps tenancy first: 404 outside the scope, 403 for a province reviewer, 401 without a session', async () => {
    const body = toCsv(knownRows());
    expect((await (await w.as(w.users.officerB)).post(url(w.communes.a.id), body, csv)).status).toBe(404);
    expect((await (await w.as(w.users.reviewer2)).post(url(w.communes.a.id), body, csv)).status).toBe(404);
    const reviewer = await (await w.as(w.users.reviewer1)).post(url(w.communes.a.id), body, csv);
    expect(reviewer.status).toBe(403);
    expect(reviewer.body.error.message).toMatch(/[À-ỹ]/);
    expect((await w.client().post(url(w.communes.a.id), body, csv)).status).toBe(401);
    const admin = await w.as(w.users.admin);
    expect((await admin.post(url('00000000-0000-4000-8000-000000000000'), body, csv)).status).toBe(404);
  });

  it('refuses a JSON body and a malformed mapping with a Vietnamese message', async () => {
    const officer = await w.as(w.users.officerA);
    const json = await officer.post(url(w.communes.a.id), { rows: [] });
    expect(json.status).toBe(400);
    expect(json.body.error.message).toMatch(/CSV/);
    const bad = await officer.post(url(w.communes.a.id, '?mapping=%7Bnope'), toCsv([]), csv);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/ánh xạ/);
  });

  it('reads XLSX as the Excel type or as octet-stream with ?format=xlsx, with a saved mapping', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DS');
    const header = [...canonicalHeader];
    header[0] = 'Số biên nhận';
    sheet.addRow(header);
    sheet.addRow([
      'B-1',
      '',
      'Đăng ký khai tử',
      'Hộ tịch',
      'Trực tiếp',
      '02/01/2025',
      '03/01/2025',
      '03/01/2025',
      'Đã trả kết quả',
    ]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const mapping = encodeURIComponent(JSON.stringify({ 'Mã hồ sơ': 'Số biên nhận' }));
    const first = await postBytes(
      w.users.officerB.username,
      url(w.communes.b.id, `?mapping=${mapping}&dryRun=true`),
      buffer,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(first).toMatchObject({ status: 200, body: { format: 'xlsx', inserted: 1, dryRun: true } });
    const real = await postBytes(
      w.users.officerB.username,
      url(w.communes.b.id, `?mapping=${mapping}`),
      buffer,
      'application/octet-stream',
    );
    expect(real.body).toMatchObject({ inserted: 1, dryRun: false });
    // The mapping was saved with the real import (not with the dry run): the next upload needs none.
    const saved = await (await w.as(w.users.officerB)).get(
      `/api/communes/${w.communes.b.id}/import-mappings/dossiers`,
    );
    expect(saved.body.mapping).toEqual({ code: 'Số biên nhận' });
    expect(saved.body.fields[0]).toEqual({ field: 'code', header: 'Mã hồ sơ', required: true });
    const again = await postBytes(
      w.users.officerB.username,
      url(w.communes.b.id, '?format=xlsx'),
      buffer,
      'application/octet-stream',
    );
    expect(again.body).toMatchObject({ inserted: 0, unchanged: 1 });
    const notXlsx = await postBytes(
      w.users.officerB.username,
      url(w.communes.b.id, '?format=xlsx'),
      Buffer.from('a,b\n'),
      'application/octet-stream',
    );
    expect(notXlsx.status).toBe(400);
    expect(notXlsx.body.error.rows[0].reason).toMatch(/xlsx/);
  });

  it('imports a procedure catalogue and counts unchanged rows on the second run', async () => {
    const officer = await w.as(w.users.officerA);
    const header = [
      'Mã thủ tục',
      'Tên thủ tục',
      'Lĩnh vực',
      'Thời hạn giải quyết (ngày làm việc)',
      'Mức độ trực tuyến',
      'Phí, lệ phí',
      'Sự kiện hộ tịch',
    ];
    const rows = [
      ['1.001193', 'Đăng ký khai sinh', 'Hộ tịch', '3', 'Toàn trình', 'Miễn phí', 'Khai sinh'],
      ['1.004746', 'Cấp bản sao trích lục hộ tịch', 'Hộ tịch', 'Trong ngày', 'Một phần', '8.000 đồng', ''],
      ['2.000815', 'Chứng thực bản sao từ bản chính', 'Chứng thực', '01 ngày', 'Không', '2.000', ''],
    ];
    const path = `/api/communes/${w.communes.a.id}/procedure-imports`;
    const res = await officer.post(path, toCsv(rows, header), csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 3, inserted: 3, updated: 0, unchanged: 0 });
    const list = await officer.get(`/api/communes/${w.communes.a.id}/procedures?q=trich luc`);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        code: '1.004746',
        processingDays: 0,
        onlineLevel: 'partial',
        feeVnd: 8000,
        civilStatusEvent: null,
      }),
    ]);
    (rows[2] as string[])[5] = '3.000';
    expect((await officer.post(path, toCsv(rows, header), csv)).body).toMatchObject({
      inserted: 0,
      updated: 1,
      unchanged: 2,
    });
    const bad = await officer.post(
      path,
      toCsv([...rows, ['1.001193', 'Trùng', 'Hộ tịch', 'ba ngày', 'Mức 5', '', 'Ly hôn']], header),
      csv,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.rows.map((r: { column: string }) => r.column)).toEqual([
      'Thời hạn giải quyết (ngày làm việc)',
      'Mức độ trực tuyến',
      'Sự kiện hộ tịch',
    ]);
    expect((await (await w.as(w.users.reviewer1)).post(path, toCsv(rows, header), csv)).status).toBe(403);
  });

  it('previews the header row of the top of a file: matched columns, missing ones and a sample', async () => {
    const officer = await w.as(w.users.officerA);
    const preview = `/api/communes/${w.communes.a.id}/import-previews/dossiers`;
    const other = ['Số biên nhận', ...canonicalHeader.slice(1)];
    // A title line above the header, and a slice cut inside the third data row.
    const text = `DANH SÁCH HỒ SƠ\n${toCsv(knownRows().slice(0, 3), other)}`;
    const res = await officer.post(preview, text.slice(0, text.length - 10), csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ format: 'csv', line: 2, missing: ['code'] });
    expect(res.body.headers[0]).toBe('Số biên nhận');
    expect(res.body.columns).toMatchObject({ code: null, status: 'Trạng thái' });
    expect(res.body.sample[0][0]).toBe(knownRows()[0]?.[0]);

    // Saved by an import with a mapping, the mapping then resolves the preview.
    const mapping = encodeURIComponent(JSON.stringify({ code: 'Số biên nhận' }));
    const imported = await officer.post(
      url(w.communes.a.id, `?mapping=${mapping}&dryRun=false`),
      toCsv(knownRows(), other),
      csv,
    );
    expect(imported.status).toBe(200);
    const again = await officer.post(preview, toCsv(knownRows().slice(0, 2), other), csv);
    expect(again.body).toMatchObject({ missing: [], columns: { code: 'Số biên nhận' } });

    expect((await (await w.as(w.users.reviewer1)).post(preview, text, csv)).status).toBe(403);
    expect((await (await w.as(w.users.officerB)).post(preview, text, csv)).status).toBe(404);
    const empty = await officer.post(preview, '\n\n', csv);
    expect(empty.status).toBe(400);
    expect(empty.body.error.rows[0].reason).toMatch(/không có dữ liệu/);
  });
});
