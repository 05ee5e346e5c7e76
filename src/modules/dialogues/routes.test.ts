import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContext } from '../../platform/context.ts';
import type { Client } from '../../testing/http.ts';
import { twoProvinceWorld } from '../../testing/world.ts';

describe('dialogue conferences over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  let officer: Client;
  let base: string;
  const villages: Record<'a' | 'b', { id: string; name: string }> = {} as never;
  beforeAll(async () => {
    w = await twoProvinceWorld();
    for (const k of ['a', 'b'] as const) {
      const [v] = await withContext(w.db, null, (ctx) =>
        ctx.tx.query<{ id: string; name: string }>(
          'select id, name from villages where commune_id = $1 order by name',
          [w.communes[k].id],
        ),
      );
      villages[k] = v as { id: string; name: string };
    }
    officer = await w.as(w.users.officerA);
    base = `/api/communes/${w.communes.a.id}/dialogues`;
  });
  afterAll(() => w?.close());

  const conference = (o: object = {}) => ({
    heldDate: '2026-10-15',
    villageId: villages.a.id,
    place: 'Nhà văn hóa thôn Một',
    chairedBy: 'Chủ tịch UBND xã',
    topic: 'Đối thoại về bồi thường giải phóng mặt bằng đường liên thôn',
    participants: 85,
    ...o,
  });

  it('records opinions answered on the spot, later and escalated, and counts them', async () => {
    const c = await officer.post(base, conference());
    expect(c.status).toBe(201);
    expect(c.body.villageName).toBe(villages.a.name);
    const url = `${base}/${c.body.id}/opinions`;
    const spot = await officer.post(url, {
      topic: 'land',
      content: 'Giá bồi thường đất vườn?',
      outcome: 'answeredOnSpot',
      answer: 'Theo bảng giá tỉnh.',
    });
    expect(spot.status).toBe(201);
    expect(spot.body.opinions[0]).toMatchObject({
      outcome: 'answeredOnSpot',
      answeredDate: '2026-10-15',
      outcomeLabel: 'Đã trả lời tại hội nghị',
    });
    const noAnswer = await officer.post(url, {
      topic: 'land',
      content: 'Thời gian chi trả?',
      outcome: 'answeredLater',
    });
    expect(noAnswer.status).toBe(400);
    expect(noAnswer.body.error.fields['body.answer']).toBeTruthy();
    const pending = await officer.post(url, {
      topic: 'land',
      content: 'Thời gian chi trả?',
      outcome: 'pending',
      raisedBy: 'Ông Lê Văn Tư',
    });
    const opinionId = pending.body.opinions[1].id;
    const later = await officer.request('PUT', `${url}/${opinionId}`, {
      topic: 'land',
      content: 'Thời gian chi trả?',
      outcome: 'answeredLater',
      answer: 'Chi trả trong tháng 11/2026.',
      answeredDate: '2026-10-30',
    });
    expect(later.status).toBe(200);
    await officer.post(url, {
      topic: 'policy',
      content: 'Hỗ trợ chuyển đổi nghề',
      outcome: 'escalated',
      escalatedTo: 'UBND tỉnh',
    });
    await officer.post(url, { topic: 'environment', content: 'Bụi khi thi công', outcome: 'pending' });
    const stats = async (to: string) =>
      (await officer.get(`/api/stats?communeId=${w.communes.a.id}&from=2026-10-01&to=${to}`)).body.indicators;
    expect(await stats('2026-10-31')).toMatchObject({
      'dialogues.conferences': 1,
      'dialogues.opinions': 4,
      'dialogues.answered': 2,
      'dialogues.answeredOnSpot': 1,
      'dialogues.answeredLater': 1,
      'dialogues.escalated': 1,
      'dialogues.pending': 1,
    });
    // Answered on 30/10: at the end of 20/10 it was still pending.
    expect(await stats('2026-10-20')).toMatchObject({ 'dialogues.answered': 1, 'dialogues.pending': 2 });
  });

  it('refuses a village of another commune, a future date; tenancy and read-only province', async () => {
    const wrong = await officer.post(base, conference({ villageId: villages.b.id }));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.villageId).toBeTruthy();
    expect((await officer.post(base, conference({ heldDate: '2099-01-01' }))).status).toBe(400);
    const c = (await officer.post(base, conference())).body;
    expect((await (await w.as(w.users.officerB)).get(`${base}/${c.id}`)).status).toBe(404);
    const reviewer = await w.as(w.users.reviewer1);
    expect((await reviewer.get(`${base}/${c.id}`)).status).toBe(200);
    expect((await reviewer.post(base, conference())).status).toBe(403);
    expect((await officer.request('DELETE', `${base}/${c.id}`)).status).toBe(204);
    expect((await officer.get(`${base}/${c.id}`)).status).toBe(404);
  });
});
