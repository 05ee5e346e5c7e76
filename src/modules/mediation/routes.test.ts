import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../testing/http.ts';
import { twoProvinceWorld } from '../../testing/world.ts';

describe('grassroots mediation over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  let officer: Client;
  let base: string;
  beforeAll(async () => {
    w = await twoProvinceWorld();
    officer = await w.as(w.users.officerA);
    base = `/api/communes/${w.communes.a.id}/mediation/cases`;
  });
  afterAll(() => w?.close());

  const mediationCase = (o: object = {}) => ({
    receivedDate: '2026-09-03',
    field: 'land',
    subject: 'Tranh chấp lối đi chung giữa hai hộ',
    parties: ['Hộ ông Nguyễn Văn A', 'Hộ bà Trần Thị B'],
    mediators: ['Tổ hòa giải thôn Một'],
    ...o,
  });

  it('records cases with their result and counts them by the state at the period end', async () => {
    const open = await officer.post(base, mediationCase());
    expect(open.status).toBe(201);
    expect(open.body).toMatchObject({ result: 'ongoing', resultLabel: 'Đang hòa giải' });
    const done = await officer.request(
      'PUT',
      `${base}/${open.body.id}`,
      mediationCase({ result: 'successful', resultDate: '2026-09-20', mediationDate: '2026-09-18' }),
    );
    expect(done.body.result).toBe('successful');
    await officer.post(
      base,
      mediationCase({ field: 'family', result: 'unsuccessful', resultDate: '2026-09-10' }),
    );
    await officer.post(base, mediationCase({ field: 'neighbour' }));
    const stats = async (to: string) =>
      (await officer.get(`/api/stats?communeId=${w.communes.a.id}&from=2026-09-01&to=${to}`)).body.indicators;
    expect(await stats('2026-09-30')).toMatchObject({
      'mediation.cases': 3,
      'mediation.successful': 1,
      'mediation.unsuccessful': 1,
      'mediation.ongoing': 1,
    });
    expect(await stats('2026-09-15')).toMatchObject({
      'mediation.cases': 3,
      'mediation.successful': 0,
      'mediation.ongoing': 2,
    });
  });

  it('refuses a result without its date, or a date before receipt, naming the field', async () => {
    const noDate = await officer.post(base, mediationCase({ result: 'successful' }));
    expect(noDate.status).toBe(400);
    expect(noDate.body.error.fields['body.resultDate']).toBeTruthy();
    const early = await officer.post(base, mediationCase({ result: 'successful', resultDate: '2026-09-01' }));
    expect(early.status).toBe(400);
    const noParty = await officer.post(base, mediationCase({ parties: [] }));
    expect(noParty.status).toBe(400);
    expect(noParty.body.error.fields['body.parties']).toBeTruthy();
  });

  it('keeps cases inside their commune and read-only for the province', async () => {
    const c = (await officer.post(base, mediationCase())).body;
    expect((await (await w.as(w.users.officerB)).get(`${base}/${c.id}`)).status).toBe(404);
    const reviewer = await w.as(w.users.reviewer1);
    expect((await reviewer.get(`${base}/${c.id}`)).status).toBe(200);
    expect((await reviewer.request('PUT', `${base}/${c.id}`, mediationCase())).status).toBe(403);
    expect((await officer.request('DELETE', `${base}/${c.id}`)).status).toBe(204);
  });
});
