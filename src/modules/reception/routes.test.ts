import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../testing/http.ts';
import { twoProvinceWorld } from '../../testing/world.ts';

describe('citizen reception over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  let officer: Client;
  let base: string;
  beforeAll(async () => {
    w = await twoProvinceWorld();
    officer = await w.as(w.users.officerA);
    base = `/api/communes/${w.communes.a.id}/reception`;
  });
  afterAll(() => w?.close());

  const session = (o: object = {}) => ({
    kind: 'periodic',
    sessionDate: '2026-11-19',
    place: 'Phòng tiếp công dân UBND xã',
    receiverId: w.users.leaderA.id,
    receiverName: 'Nguyễn Văn Chủ Tịch',
    receiverRole: 'Chủ tịch UBND xã',
    citizens: 3,
    topics: ['land'],
    ...o,
  });

  it('records sessions, opens a petition from a visit in one step, and counts them', async () => {
    const created = await officer.post(`${base}/sessions`, session());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'periodic', citizens: 3, crowd: false, petitions: 0 });
    const id = created.body.id;
    for (let i = 0; i < 4; i++) {
      const p = await officer.post(`${base}/sessions/${id}/petitions`, {
        kind: i === 3 ? 'denunciation' : 'complaint',
        submitter: { name: `Công Dân ${i}` },
        subject: `Tranh chấp đất số ${i}`,
        topic: 'land',
        content: 'Trình bày tại buổi tiếp.',
      });
      expect(p.status).toBe(201);
      expect(p.body).toMatchObject({
        channel: 'reception',
        receptionSessionId: id,
        receivedDate: '2026-11-19',
      });
    }
    // Each petition is at least one visit: the fourth raised the count from 3 to 4.
    const after = await officer.get(`${base}/sessions/${id}`);
    expect(after.body).toMatchObject({ citizens: 4, petitions: 4 });
    const fewer = await officer.request('PUT', `${base}/sessions/${id}`, session({ citizens: 2 }));
    expect(fewer.status).toBe(400);
    expect(fewer.body.error.fields.citizens).toBeTruthy();
    expect((await officer.request('DELETE', `${base}/sessions/${id}`)).status).toBe(409);

    await officer.post(
      `${base}/sessions`,
      session({
        kind: 'regular',
        citizens: 2,
        receiverId: null,
        receiverName: 'Cán bộ trực',
        receiverRole: 'Công chức',
      }),
    );
    await officer.post(`${base}/sessions`, session({ kind: 'adhoc', citizens: 25, crowd: true }));
    const list = await officer.get(`${base}/sessions?from=2026-11-01&to=2026-11-30`);
    expect(list.body.total).toBe(3);
    const stats = await officer.get(`/api/stats?communeId=${w.communes.a.id}&from=2026-11-01&to=2026-11-30`);
    expect(stats.body.indicators).toMatchObject({
      'reception.sessions.regular': 1,
      'reception.sessions.periodic': 1,
      'reception.sessions.adhoc': 1,
      'reception.sessions.total': 3,
      'reception.citizens.regular': 2,
      'reception.citizens.periodic': 4,
      'reception.citizens.adhoc': 25,
      'reception.citizens.total': 31,
      'reception.crowds': 1,
      'petitions.received': 4,
      'complaints.received': 3,
      'denunciations.received': 1,
    });
  });

  it('refuses a session in the future, a receiver from another commune, and an unknown kind', async () => {
    const future = await officer.post(`${base}/sessions`, session({ sessionDate: '2099-01-01' }));
    expect(future.status).toBe(400);
    expect(future.body.error.fields.sessionDate).toBeTruthy();
    const outsider = await officer.post(`${base}/sessions`, session({ receiverId: w.users.officerB.id }));
    expect(outsider.status).toBe(400);
    const kind = await officer.post(`${base}/sessions`, session({ kind: 'weekly' }));
    expect(kind.status).toBe(400);
    expect(kind.body.error.message).toMatch(/kind/);
  });

  it('publishes the reception schedule on the portal', async () => {
    const weekly = await officer.post(`${base}/schedule`, {
      kind: 'periodic',
      receiverName: 'Nguyễn Văn Chủ Tịch',
      receiverRole: 'Chủ tịch UBND xã',
      weekday: 4,
      startTime: '07:30',
      endTime: '11:30',
      place: 'Phòng tiếp công dân UBND xã',
      validFrom: '2026-01-01',
    });
    expect(weekly.status).toBe(201);
    expect(weekly.body.when).toBe('Thứ Năm hằng tuần');
    const hidden = await officer.post(`${base}/schedule`, {
      kind: 'periodic',
      receiverName: 'Phó Chủ tịch',
      receiverRole: 'Phó Chủ tịch UBND xã',
      onDate: '2099-12-01',
      startTime: '14:00',
      endTime: '16:00',
      place: 'Nhà văn hóa thôn Một',
      validFrom: '2026-01-01',
      published: false,
    });
    expect(hidden.status).toBe(201);
    const both = await officer.post(`${base}/schedule`, {
      kind: 'periodic',
      receiverName: 'X',
      receiverRole: 'Y',
      weekday: 2,
      onDate: '2099-12-01',
      startTime: '14:00',
      endTime: '13:00',
      place: 'Z',
      validFrom: '2026-01-01',
    });
    expect(both.status).toBe(400);
    expect(Object.keys(both.body.error.fields)).toEqual(
      expect.arrayContaining(['body.weekday', 'body.endTime']),
    );
    const pub = await w.client().get(`/api/public/communes/${w.communes.a.code}/reception/schedule`);
    expect(pub.status).toBe(200);
    expect(pub.body.items).toHaveLength(1);
    expect(pub.body.items[0]).toMatchObject({
      when: 'Thứ Năm hằng tuần',
      startTime: '07:30',
      kindLabel: 'Định kỳ',
    });
    expect((await officer.request('DELETE', `${base}/schedule/${hidden.body.id}`)).status).toBe(204);
  });

  it('keeps sessions inside their commune and read-only for the province', async () => {
    const s = (await officer.post(`${base}/sessions`, session())).body;
    const officerB = await w.as(w.users.officerB);
    expect((await officerB.get(`${base}/sessions/${s.id}`)).status).toBe(404);
    expect((await officerB.post(`${base}/sessions`, session())).status).toBe(404);
    const reviewer = await w.as(w.users.reviewer1);
    expect((await reviewer.get(`${base}/sessions/${s.id}`)).status).toBe(200);
    expect((await reviewer.post(`${base}/sessions`, session())).status).toBe(403);
    expect((await reviewer.request('DELETE', `${base}/sessions/${s.id}`)).status).toBe(403);
    expect(
      (
        await reviewer.post(`${base}/sessions/${s.id}/petitions`, {
          kind: 'feedback',
          submitter: { name: 'A' },
          subject: 'B',
          topic: 'other',
          content: 'C',
        })
      ).status,
    ).toBe(403);
  });
});
