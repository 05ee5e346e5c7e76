import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoProvinceWorld } from '../../testing/world.ts';

const jpg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]).toString('base64');

describe('initiatives, movements and communication over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  beforeAll(async () => {
    w = await twoProvinceWorld();
  });
  afterAll(() => w?.close());
  const a = () => `/api/communes/${w.communes.a.id}`;

  it('records an initiative with results, a yearly registration, a commendation, photos and a replication', async () => {
    const officer = await w.as(w.users.officerA);
    const created = await officer.post(`${a()}/initiatives`, {
      name: 'Hũ gạo tình thương',
      field: 'cultureSociety',
      organisation: 'womensUnion',
      startedOn: `${year - 1}-03-08`,
      description: 'Mỗi hội viên góp một nắm gạo mỗi ngày để giúp hộ khó khăn.',
      results: 'Đã trao 1.250 kg gạo cho 42 hộ.',
      figures: [
        { label: 'Gạo đã trao', value: 1250, unit: 'kg' },
        { label: 'Hộ được giúp', value: 42, unit: 'hộ' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      fieldLabel: 'Văn hóa – xã hội',
      organisationLabel: 'Hội Liên hiệp Phụ nữ',
    });
    const id = created.body.id;
    expect(
      (await officer.post(`${a()}/initiatives/${id}/registrations`, { year, registeredOn: `${year}-01-15` }))
        .status,
    ).toBe(200);
    expect(
      (await officer.post(`${a()}/initiatives/${id}/registrations`, { year, registeredOn: `${year}-01-16` }))
        .status,
    ).toBe(409);
    const commended = await officer.post(`${a()}/initiatives/${id}/commendations`, {
      level: 'province',
      title: 'Bằng khen của Chủ tịch UBND tỉnh',
      issuer: 'UBND tỉnh',
      awardedOn: today,
    });
    expect(commended.body.commendations[0]).toMatchObject({ levelLabel: 'Cấp tỉnh' });
    const photo = await officer.post(`${a()}/initiatives/${id}/photos`, {
      fileName: 'trao-gao.jpg',
      contentBase64: jpg,
    });
    expect(photo.body.photos).toHaveLength(1);

    const copy = await officer.post(`${a()}/initiatives`, {
      name: 'Hũ gạo tình thương thôn Hai',
      field: 'cultureSociety',
      organisation: 'other',
      startedOn: today,
      replicatedFromId: id,
    });
    expect(copy.status).toBe(400);
    expect(copy.body.error.fields.organisationName).toBeTruthy();
    const replicated = await officer.post(`${a()}/initiatives`, {
      name: 'Hũ gạo tình thương thôn Hai',
      field: 'cultureSociety',
      organisation: 'other',
      organisationName: 'Chi hội Phụ nữ thôn Hai',
      startedOn: today,
      replicatedFromId: id,
    });
    expect(replicated.body.replicatedFrom).toEqual({ id, name: 'Hũ gạo tình thương' });
    const listed = await officer.get(`${a()}/initiatives?year=${year}`);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
    const found = await officer.get(`${a()}/initiatives?q=hu gao`);
    expect(found.body.items).toHaveLength(2);
  });

  it('links a movement to its plan and logs communication; the indicators add up', async () => {
    const officer = await w.as(w.users.officerA);
    const plan = await officer.post(`${a()}/documents`, {
      type: 'KH',
      date: today,
      summary: 'Phát động phong trào thi đua "Dân vận khéo"',
      signer: 'Nguyễn Văn Hùng',
    });
    const movement = await officer.post(`${a()}/movements`, {
      name: 'Phong trào thi đua "Dân vận khéo"',
      planDocumentId: plan.body.id,
      startsOn: today,
    });
    expect(movement.status).toBe(201);
    expect(movement.body.plan.reference).toBe(plan.body.reference);
    const log = (body: object) => officer.post(`${a()}/communication`, { date: today, ...body });
    expect(
      (await log({ kind: 'broadcast', title: 'Tin về phòng chống cháy rừng', quantity: 12 })).status,
    ).toBe(201);
    await log({ kind: 'banner', title: 'Băng rôn chào mừng ngày Quốc khánh', quantity: 30 });
    await log({ kind: 'conference', title: 'Hội nghị tuyên truyền Luật Đất đai', participants: 120 });
    await log({
      kind: 'contest',
      title: 'Cuộc thi tìm hiểu pháp luật',
      participants: 300,
      entries: 280,
      movementId: movement.body.id,
    });
    const bad = await log({ kind: 'banner', title: 'x', entries: 3 });
    expect(bad.status).toBe(400);

    const stats = await officer.get(`/api/stats?communeId=${w.communes.a.id}&from=${year}-01-01&to=${today}`);
    const s = stats.body.indicators;
    expect(s['initiatives.total']).toBe(2);
    expect(
      s['initiatives.byField.economy'] +
        s['initiatives.byField.cultureSociety'] +
        s['initiatives.byField.defenceSecurity'] +
        s['initiatives.byField.politicalSystem'],
    ).toBe(s['initiatives.total']);
    expect(s['movements.launched']).toBe(1);
    expect(s['communication.broadcasts']).toBe(12);
    expect(s['communication.banners']).toBe(30);
    expect(s['communication.conferences']).toBe(1);
    expect(s['communication.participants']).toBe(420);
    const plans = await officer.get(`${a()}/documents/${plan.body.id}`);
    expect(plans.body.links[0]).toMatchObject({ entity: 'movement', entityId: movement.body.id });
  });

  it('keeps records inside their commune and read-only for the province', async () => {
    const body = {
      name: 'Camera an ninh',
      field: 'defenceSecurity',
      organisation: 'police',
      startedOn: today,
    };
    expect((await (await w.as(w.users.officerB)).post(`${a()}/initiatives`, body)).status).toBe(404);
    expect((await (await w.as(w.users.officerB)).get(`${a()}/communication`)).status).toBe(404);
    const reviewer = await w.as(w.users.reviewer1);
    expect((await reviewer.get(`${a()}/initiatives`)).status).toBe(200);
    expect((await reviewer.post(`${a()}/initiatives`, body)).status).toBe(403);
    expect((await reviewer.post(`${a()}/movements`, { name: 'x', startsOn: today })).status).toBe(403);
  });
});
