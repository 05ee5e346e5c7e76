import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoProvinceWorld } from '../../testing/world.ts';

describe('one-stop desk over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  let procedureId: string;
  beforeAll(async () => {
    w = await twoProvinceWorld();
    const officer = await w.as(w.users.officerA);
    const res = await officer.post(`/api/communes/${w.communes.a.id}/procedures`, {
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      sector: 'Hộ tịch',
      processingDays: 3,
      onlineLevel: 'full',
      civilStatusEvent: 'birth',
    });
    expect(res.status).toBe(200);
    procedureId = res.body.id;
  });
  afterAll(() => w?.close());

  const receive = async (client: Awaited<ReturnType<typeof w.as>>, communeId = w.communes.a.id) =>
    client.post(`/api/communes/${communeId}/dossiers`, {
      procedureId,
      channel: 'direct',
      applicantName: 'Nguyễn Thị Hồng',
      applicantPhone: '0912 345 678',
    });

  it('receives a dossier with a code, a lookup key and an appointment date on a working day', async () => {
    const officer = await w.as(w.users.officerA);
    const res = await receive(officer);
    expect(res.status).toBe(201);
    expect(res.body.code).toMatch(new RegExp(`^${w.communes.a.code}-\\d{6}-0001$`));
    expect(res.body.lookupKey).toMatch(/^[A-Z2-9]{6}$/);
    expect(res.body.dueDate > res.body.receivedDate).toBe(true);
    expect(res.body.status).toBe('received');
    expect(res.body.actions).toContain('return');
    expect(res.body.events.map((e: { kind: string }) => e.kind)).toEqual(['receive']);
  });

  it('walks the lifecycle, refuses what the status does not allow, and counts an apology', async () => {
    const officer = await w.as(w.users.officerA);
    const d = (await receive(officer)).body;
    const act = (body: object) =>
      officer.post(`/api/communes/${w.communes.a.id}/dossiers/${d.id}/actions`, body);
    expect((await act({ action: 'supplied' })).status).toBe(409);
    expect(
      (await act({ action: 'requestSupplement', reason: 'Thiếu bản sao giấy chứng sinh' })).body.status,
    ).toBe('supplement_requested');
    expect((await act({ action: 'supplied' })).body.status).toBe('processing');
    const badApology = await act({
      action: 'apologize',
      reason: 'Chậm xác minh',
      newDueDate: d.receivedDate,
    });
    expect(badApology.status).toBe(400);
    expect(badApology.body.error.fields.newDueDate).toBeTruthy();
    const later = '2099-12-31';
    const apology = await act({ action: 'apologize', reason: 'Chậm xác minh', newDueDate: later });
    expect(apology.status).toBe(200);
    expect(apology.body.dueDate).toBe(later);
    expect(apology.body.originalDueDate).toBe(d.dueDate);
    expect(apology.body.apologies).toHaveLength(1);
    const returned = await act({ action: 'return' });
    expect(returned.body.status).toBe('returned');
    expect(returned.body.actions).toEqual([]);
    expect((await act({ action: 'return' })).status).toBe(409);
    expect(returned.body.events.map((e: { kind: string }) => e.kind)).toEqual([
      'receive',
      'requestSupplement',
      'supplied',
      'apologize',
      'return',
    ]);

    const today = returned.body.returnedDate;
    const stats = await officer.get(`/api/stats?communeId=${w.communes.a.id}&from=${today}&to=${today}`);
    expect(stats.body.indicators['onestop.apologyLetters']).toBe(1);
    expect(stats.body.indicators['onestop.dossiers.resolvedEarly']).toBe(1);

    const log = await (await w.as(w.users.leaderA)).get(`/api/audit?entity=dossier`);
    const updates = log.body.items.filter(
      (i: { entityId: string; action: string }) => i.entityId === d.id && i.action === 'update',
    );
    expect(updates).toHaveLength(4);
    expect(JSON.stringify(log.body)).not.toContain(d.lookupKey);
  });

  it('lets a citizen look a dossier up by code and rate it once, with the key from the receipt', async () => {
    const officer = await w.as(w.users.officerA);
    const d = (await receive(officer)).body;
    const anon = w.client();
    const url = `/api/public/communes/${w.communes.a.code}/dossiers/${d.code}`;
    const looked = await anon.get(url);
    expect(looked.status).toBe(200);
    expect(looked.body).toMatchObject({
      code: d.code,
      status: 'received',
      statusLabel: 'Đã tiếp nhận',
      canRate: false,
    });
    expect(JSON.stringify(looked.body)).not.toMatch(/Hồng|0912/);
    expect((await anon.post(`${url}/rating`, { lookupKey: d.lookupKey, overall: 5 })).status).toBe(409);
    await officer.post(`/api/communes/${w.communes.a.id}/dossiers/${d.id}/actions`, { action: 'return' });
    expect((await anon.post(`${url}/rating`, { lookupKey: 'SAIMA1', overall: 5 })).status).toBe(400);
    const rated = await anon.post(`${url}/rating`, {
      lookupKey: d.lookupKey.toLowerCase(),
      overall: 4,
      attitude: 5,
      timeliness: 4,
    });
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ rated: true, canRate: false });
    expect((await anon.post(`${url}/rating`, { lookupKey: d.lookupKey, overall: 1 })).status).toBe(409);
    expect((await anon.get(`/api/public/communes/${w.communes.a.code}/dossiers/KHONG-CO`)).status).toBe(404);
  });

  it('keeps dossiers inside their commune and read-only for the province', async () => {
    const officerB = await w.as(w.users.officerB);
    const officerA = await w.as(w.users.officerA);
    const d = (await receive(officerA)).body;
    expect((await officerB.get(`/api/communes/${w.communes.a.id}/dossiers/${d.id}`)).status).toBe(404);
    expect((await officerB.get(`/api/dossiers?communeId=${w.communes.a.id}`)).status).toBe(404);
    expect((await receive(officerB, w.communes.a.id)).status).toBe(404);
    const act = await officerB.post(`/api/communes/${w.communes.a.id}/dossiers/${d.id}/actions`, {
      action: 'return',
    });
    expect(act.status).toBe(404);
    const reviewer = await w.as(w.users.reviewer1);
    expect((await reviewer.get(`/api/communes/${w.communes.a.id}/dossiers/${d.id}`)).status).toBe(200);
    expect((await receive(reviewer)).status).toBe(403);
    expect(
      (await (await w.as(w.users.reviewer2)).get(`/api/communes/${w.communes.a.id}/dossiers/${d.id}`)).status,
    ).toBe(404);
  });

  it('finds dossiers by name without diacritics, and lists the desk views', async () => {
    const officer = await w.as(w.users.officerA);
    const found = await officer.get(`/api/dossiers?communeId=${w.communes.a.id}&q=nguyen thi hong`);
    expect(found.status).toBe(200);
    expect(found.body.total).toBeGreaterThan(0);
    const none = await officer.get(`/api/dossiers?communeId=${w.communes.a.id}&q=tran van`);
    expect(none.body.total).toBe(0);
    const open = await officer.get(`/api/dossiers?communeId=${w.communes.a.id}&view=open`);
    expect(
      open.body.items.every((d: { status: string }) =>
        ['received', 'supplement_requested', 'processing'].includes(d.status),
      ),
    ).toBe(true);
  });

  it('publishes the procedure on the portal', async () => {
    const res = await w.client().get(`/api/public/communes/${w.communes.a.code}/procedures/1.001193`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Đăng ký khai sinh', processingDays: 3 });
    const search = await w.client().get(`/api/public/communes/${w.communes.a.code}/procedures?q=khai sinh`);
    expect(search.body.items).toHaveLength(1);
  });
});
