import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoProvinceWorld } from '../../testing/world.ts';

describe('audit log over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  beforeAll(async () => {
    w = await twoProvinceWorld();
  });
  afterAll(() => w?.close());

  it('records one entry per mutation, with who, what and the values', async () => {
    const leader = await w.as(w.users.leaderA);
    const created = await leader.post(`/api/communes/${w.communes.a.id}/villages`, { name: 'Thôn Kiểm Tra' });
    expect(created.status).toBe(201);
    const log = await leader.get(`/api/audit?entity=village&actorId=${w.users.leaderA.id}`);
    expect(log.status).toBe(200);
    expect(log.body.total).toBe(1);
    expect(log.body.items[0]).toMatchObject({
      entity: 'village',
      entityId: created.body.id,
      action: 'create',
      communeId: w.communes.a.id,
      before: null,
      after: { id: created.body.id, name: 'Thôn Kiểm Tra' },
      actor: { id: w.users.leaderA.id, username: w.users.leaderA.username },
    });
    expect(log.body.items[0].requestId).toMatch(/[0-9a-f-]{36}/);
  });

  it("shows a leader only their commune's entries, and officers none", async () => {
    const leader = await w.as(w.users.leaderA);
    const all = await leader.get('/api/audit?limit=500');
    expect(all.body.items.length).toBeGreaterThan(0);
    expect(all.body.items.every((i: { communeId: string }) => i.communeId === w.communes.a.id)).toBe(true);
    const officer = await w.as(w.users.officerA);
    expect((await officer.get('/api/audit')).status).toBe(403);
  });

  it("gives an administrator every commune's entries and the system's own when no commune is named", async () => {
    const admin = await w.as(w.users.admin);
    await admin.post(`/api/communes/${w.communes.b.id}/villages`, { name: 'Thôn Bình Yên' });
    const override = await admin.request('PUT', '/api/calendar/2031', {
      daysOff: [{ from: '2031-04-29', name: 'Nghỉ hoán đổi' }],
      workingDays: [],
    });
    expect(override.status).toBe(200);
    const all = (await admin.get('/api/audit?limit=500')).body.items as { communeId: string | null }[];
    const communes = new Set(all.map((i) => i.communeId));
    expect(communes).toContain(w.communes.a.id);
    expect(communes).toContain(w.communes.b.id);
    expect(communes).toContain(null);
    const one = (await admin.get(`/api/audit?limit=500&communeId=${w.communes.b.id}`)).body.items;
    expect(one.every((i: { communeId: string }) => i.communeId === w.communes.b.id)).toBe(true);
  });

  it('filters by date and paginates', async () => {
    const admin = await w.as(w.users.admin);
    const page = await admin.get('/api/audit?limit=2&offset=0');
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThan(2);
    const future = await admin.get('/api/audit?from=2999-01-01');
    expect(future.body).toEqual({ items: [], total: 0 });
    const bad = await admin.get('/api/audit?from=31/12/2025');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields['querystring.from']).toBeTruthy();
  });

  it('is append-only even for the application role', async () => {
    await expect(
      w.db.transaction(async (tx) => {
        await tx.exec('set local role danvan_app');
        await tx.exec("select set_config('danvan.write', '*', true), set_config('danvan.read', '*', true)");
        await tx.query('delete from audit_log');
      }),
    ).rejects.toThrow(/permission denied/);
  });
});
