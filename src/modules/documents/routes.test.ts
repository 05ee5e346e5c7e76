import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContext } from '../../platform/context.ts';
import { factories } from '../../testing/factories.ts';
import { twoProvinceWorld } from '../../testing/world.ts';
import { allocateDocument } from './service.ts';

// The smallest real PDF header is enough for the content check.
const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');

describe('document register over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  beforeAll(async () => {
    w = await twoProvinceWorld();
  });
  afterAll(() => w?.close());

  const url = (communeId: string) => `/api/communes/${communeId}/documents`;

  it('never gives two concurrent requests the same number, and leaves no gap', async () => {
    const officer = await w.as(w.users.officerA);
    const leader = await w.as(w.users.leaderA);
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        (i % 2 ? officer : leader).post(url(w.communes.a.id), {
          type: i % 3 ? 'KH' : 'QĐ',
          date: today,
          summary: `Kế hoạch số ${i}`,
          signer: 'Nguyễn Văn Hùng',
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(16).fill(201));
    const numbers = answers.map((a) => a.body.number).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    const kh = answers.find((a) => a.body.type === 'KH')?.body;
    expect(kh.reference).toBe(`${String(kh.number).padStart(2, '0')}/KH-UBND`);
    expect(kh.citation).toMatch(/^Kế hoạch số \d+\/KH-UBND ngày \d+\/\d+\/\d{4} về kế hoạch số/);
  });

  it('restarts numbering on 1 January', async () => {
    const officerB = await w.as(w.users.officerB);
    const at = (date: string) =>
      officerB.post(url(w.communes.b.id), {
        type: 'TB',
        date,
        summary: 'Thông báo lịch tiếp công dân',
        signer: 'A',
      });
    const n = async (date: string) => (await at(date)).body.number;
    expect(await n(`${year - 1}-12-30`)).toBe(1);
    expect(await n(`${year - 1}-12-31`)).toBe(2);
    expect(await n(`${year}-01-01`)).toBe(1);
    expect(await n(`${year - 1}-12-31`)).toBe(3);
    expect(await n(`${year}-01-02`)).toBe(2);
    const next = await at(`${year + 1}-01-01`);
    expect(next.status).toBe(400);
    expect(next.body.error.fields.date).toBeTruthy();
  });

  it('numbers per type when the commune chose so, and a công văn carries its drafting unit', async () => {
    const admin = await w.as(w.users.admin);
    const c = w.communes.c.id;
    expect(
      (await admin.request('PUT', `/api/communes/${c}/document-settings`, { perTypeNumbering: true })).status,
    ).toBe(200);
    const doc = (type: string, field?: string) =>
      admin.post(url(c), {
        type,
        field,
        date: today,
        summary: 'Về việc rà soát hộ nghèo',
        signer: 'Lò Văn Khánh',
      });
    expect((await doc('KH')).body.reference).toBe('01/KH-UBND');
    expect((await doc('BC')).body.reference).toBe('01/BC-UBND');
    expect((await doc('KH')).body.reference).toBe('02/KH-UBND');
    const cv = await doc('', 'VX');
    expect(cv.body.reference).toBe('01/UBND-VX');
    expect(cv.body.citation).toBe(
      `Công văn số 01/UBND-VX ngày ${today.split('-').map(Number).reverse().join('/')} về việc rà soát hộ nghèo`,
    );
    const change = await admin.request('PUT', `/api/communes/${c}/document-settings`, {
      perTypeNumbering: false,
    });
    expect(change.status).toBe(409);
    expect(change.body.error.message).toContain('Điều 15');
    expect((await admin.post(url(c), { type: 'XX', date: today, summary: 'a', signer: 'b' })).status).toBe(
      400,
    );
  });

  it('finds documents without diacritics, keeps a checked file, and records links', async () => {
    const officer = await w.as(w.users.officerA);
    const created = await officer.post(url(w.communes.a.id), {
      type: 'QĐ',
      date: today,
      summary: 'Thành lập Tổ công tác dân vận chính quyền',
      signer: 'Trần Thị Lan',
      file: { fileName: 'quyết định.pdf', contentBase64: pdf },
    });
    expect(created.status).toBe(201);
    expect(created.body.file).toMatchObject({ name: 'quyết định.pdf', mediaType: 'application/pdf' });
    const found = await officer.get(`${url(w.communes.a.id)}?q=to cong tac dan van`);
    expect(found.body.items.map((d: { id: string }) => d.id)).toEqual([created.body.id]);
    const byRef = await officer.get(
      `${url(w.communes.a.id)}?q=${encodeURIComponent(created.body.reference)}`,
    );
    expect(byRef.body.total).toBe(1);
    const file = await fetch(`${w.url}${url(w.communes.a.id)}/${created.body.id}/file`, {
      headers: { cookie: (officer as any).cookie },
    });
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer()).toString('base64')).toBe(pdf);

    const exe = await officer.request('PUT', `${url(w.communes.a.id)}/${created.body.id}/file`, {
      fileName: 'ke-hoach.pdf',
      contentBase64: Buffer.from('MZ\x90\x00program').toString('base64'),
    });
    expect(exe.status).toBe(400);
    expect(exe.body.error.fields.fileName).toContain('PDF');

    const linked = await officer.post(`${url(w.communes.a.id)}/${created.body.id}/links`, {
      entity: 'petition',
      entityId: 'DT-2025-0001',
      label: 'Đơn kiến nghị về đường giao thông',
    });
    expect(linked.body.links).toEqual([
      { entity: 'petition', entityId: 'DT-2025-0001', label: 'Đơn kiến nghị về đường giao thông' },
    ]);
    const edited = await officer.request('PATCH', `${url(w.communes.a.id)}/${created.body.id}`, {
      summary: 'Kiện toàn Tổ công tác dân vận chính quyền',
    });
    expect(edited.body).toMatchObject({
      number: created.body.number,
      summary: 'Kiện toàn Tổ công tác dân vận chính quyền',
    });
    const audit = await (await w.as(w.users.leaderA)).get('/api/audit?entity=document');
    expect(
      audit.body.items.some(
        (i: { entityId: string; action: string }) => i.entityId === created.body.id && i.action === 'update',
      ),
    ).toBe(true);
  });

  it('keeps the register inside its commune and read-only for the province', async () => {
    const officerA = await w.as(w.users.officerA);
    const d = (
      await officerA.post(url(w.communes.a.id), { type: 'BC', date: today, summary: 'Báo cáo', signer: 'A' })
    ).body;
    const officerB = await w.as(w.users.officerB);
    expect((await officerB.get(`${url(w.communes.a.id)}/${d.id}`)).status).toBe(404);
    expect((await officerB.get(url(w.communes.a.id))).status).toBe(404);
    expect(
      (await officerB.post(url(w.communes.a.id), { type: 'BC', date: today, summary: 'x', signer: 'y' }))
        .status,
    ).toBe(404);
    const reviewer = await w.as(w.users.reviewer1);
    expect((await reviewer.get(`${url(w.communes.a.id)}/${d.id}`)).status).toBe(200);
    expect(
      (await reviewer.post(url(w.communes.a.id), { type: 'BC', date: today, summary: 'x', signer: 'y' }))
        .status,
    ).toBe(403);
    expect(
      (
        await officerA.request('PUT', `/api/communes/${w.communes.a.id}/document-settings`, {
          perTypeNumbering: true,
        })
      ).status,
    ).toBe(403);
  });

  it('gives each of many parallel transactions its own number, and a rolled-back one gives its number back', async () => {
    const f = factories(w.db);
    const c = await f.makeCommune(w.provinces.p1.code);
    const allocate = (summary: string) =>
      withContext(w.db, null, (ctx) =>
        allocateDocument(ctx, c.id, { type: 'BC', date: today, summary, signer: 'A' }),
      );
    const docs = await Promise.all(Array.from({ length: 24 }, (_, i) => allocate(`Báo cáo ${i}`)));
    expect(docs.map((d) => d.number).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 24 }, (_, i) => i + 1),
    );
    await withContext(w.db, null, async (ctx) => {
      await allocateDocument(ctx, c.id, { type: 'BC', date: today, summary: 'Hủy', signer: 'A' });
      throw new Error('rollback');
    }).catch(() => {});
    expect((await allocate('Tiếp theo')).number).toBe(25);
  });
});
