import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoProvinceWorld } from '../../testing/world.ts';

describe('tenancy over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  beforeAll(async () => {
    w = await twoProvinceWorld();
  });
  afterAll(() => w?.close());

  it('an officer lists only their own commune', async () => {
    const officer = await w.as(w.users.officerA);
    const res = await officer.get('/api/communes');
    expect(res.status).toBe(200);
    expect(res.body.items.map((c: { id: string }) => c.id)).toEqual([w.communes.a.id]);
  });

  it('an officer of commune A gets 404 for every record of commune B', async () => {
    const officer = await w.as(w.users.officerA);
    const b = w.communes.b.id;
    expect((await officer.get(`/api/communes/${b}`)).status).toBe(404);
    expect((await officer.get(`/api/stats?communeId=${b}`)).status).toBe(404);
    expect((await officer.get(`/api/audit?communeId=${b}`)).status).toBe(403);
    const write = await officer.post(`/api/communes/${b}/villages`, { name: 'Thôn Lạ' });
    expect(write.status).toBe(404);
    expect((await officer.get(`/api/communes/${w.communes.a.id}`)).status).toBe(200);
    // Its own statistics carry each indicator's Vietnamese name.
    const own = await officer.get(`/api/stats?communeId=${w.communes.a.id}`);
    expect(own.status).toBe(200);
    expect(Object.keys(own.body.labels).sort()).toEqual(Object.keys(own.body.indicators).sort());
    expect(own.body.labels['onestop.dossiers.received']).toMatch(/hồ sơ/);
  });

  it('a province reviewer reads every commune of their province and none of another', async () => {
    const r1 = await w.as(w.users.reviewer1);
    const listed = (await r1.get('/api/communes')).body.items.map((c: { id: string }) => c.id).sort();
    expect(listed).toEqual([w.communes.a.id, w.communes.b.id].sort());
    expect((await r1.get(`/api/communes/${w.communes.b.id}`)).status).toBe(200);
    expect((await r1.get(`/api/communes/${w.communes.c.id}`)).status).toBe(404);
    const r2 = await w.as(w.users.reviewer2);
    expect((await r2.get(`/api/communes/${w.communes.a.id}`)).status).toBe(404);
    expect((await r2.get(`/api/stats?communeId=${w.communes.a.id}`)).status).toBe(404);
  });

  it('a province reviewer writes nothing of a commune', async () => {
    const r1 = await w.as(w.users.reviewer1);
    const res = await r1.post(`/api/communes/${w.communes.a.id}/villages`, { name: 'Thôn Mới' });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/không được sửa|không có quyền/);
  });

  it('an unauthenticated write gets 401 and a write without the CSRF token 403', async () => {
    const anon = w.client();
    expect((await anon.post(`/api/communes/${w.communes.a.id}/villages`, { name: 'Thôn X' })).status).toBe(
      401,
    );
    expect((await anon.get('/api/communes')).status).toBe(401);
    const leader = await w.as(w.users.leaderA);
    const noToken = await leader.post(
      `/api/communes/${w.communes.a.id}/villages`,
      { name: 'Thôn X' },
      { 'x-csrf-token': '' },
    );
    expect(noToken.status).toBe(403);
    const wrongToken = await leader.post(
      `/api/communes/${w.communes.a.id}/villages`,
      { name: 'Thôn X' },
      { 'x-csrf-token': 'sai' },
    );
    expect(wrongToken.status).toBe(403);
    const ok = await leader.post(`/api/communes/${w.communes.a.id}/villages`, { name: 'Thôn X' });
    expect(ok.status).toBe(201);
  });

  it('the citizen portal lists communes without an account and shows no internal ids', async () => {
    const anon = w.client();
    const list = await anon.get('/api/public/communes');
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBe(3);
    const one = await anon.get(`/api/public/communes/${w.communes.a.code}`);
    expect(one.status).toBe(200);
    expect(one.body.name).toBe('Xã An');
    expect(JSON.stringify(one.body)).not.toContain(w.communes.a.id);
  });
});
