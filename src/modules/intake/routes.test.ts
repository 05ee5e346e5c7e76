import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContext } from '../../platform/context.ts';
import { factories } from '../../testing/factories.ts';
import { twoProvinceWorld } from '../../testing/world.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const hoangDieu = 'bao-cao-dan-van-6-thang-2023-hoang-dieu.txt';
const upload = (name: string, bytes: Uint8Array = fixture(name)) => ({
  fileName: name,
  contentBase64: Buffer.from(bytes).toString('base64'),
});

interface Value {
  key: string;
  value: number;
  extracted: number | null;
  span: { start: number; end: number } | null;
  sentence: string | null;
  edited: boolean;
}

describe('intake over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  let hd: { id: string; code: string; name: string };
  let qm: { id: string; code: string; name: string };

  beforeAll(async () => {
    w = await twoProvinceWorld();
    const f = factories(w.db);
    hd = await f.makeCommune(w.provinces.p1.code, { name: 'Xã Hoàng Diệu' });
    qm = await f.makeCommune(w.provinces.p1.code, { name: 'Xã Quang Minh' });
  });
  afterAll(() => w?.close());

  it('reads a report uploaded by a province reviewer, matching its commune from the text', async () => {
    const reviewer = await w.as(w.users.reviewer1);
    const res = await reviewer.post('/api/intakes', {
      files: [upload(hoangDieu)],
      provinceId: w.provinces.p1.id,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const [intake] = res.body.items;
    expect(intake).toMatchObject({
      commune: { id: hd.id, name: 'Xã Hoàng Diệu' },
      fileName: hoangDieu,
      period: { from: '2023-01-01', to: '2023-06-30', label: '2023-H1' },
      status: 'draft',
      detected: { commune: { name: 'Hoàng Diệu', district: 'Gia Lộc' } },
    });
    const households = intake.values.find((v: Value) => v.key === 'profile.households') as Value;
    expect(households).toMatchObject({ value: 2381, extracted: 2381, edited: false });
    // The span indexes the stored text, and the sentence says where the value came from.
    expect(intake.text.slice(households.span?.start, households.span?.end)).toBe('2.381');
    expect(households.sentence).toContain('2.381');
    expect(intake.findings.map((f: { rule: string }) => f.rule)).toContain('value.conflict');

    const list = await reviewer.get(`/api/intakes?provinceId=${w.provinces.p1.id}`);
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({ id: intake.id, values: intake.values.length, edited: 0 });
  });

  it('reads several files at once, and .docx as well as .txt', async () => {
    const officer = await w.as(w.users.officerA);
    const { Document, Packer, Paragraph } = await import('docx');
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('UBND XÃ AN'),
              new Paragraph('BÁO CÁO kết quả công tác dân vận chính quyền 6 tháng đầu năm 2025'),
              new Paragraph('Toàn xã có 1.204 hộ với 4.870 nhân khẩu, 6 thôn.'),
            ],
          },
        ],
      }),
    );
    const res = await officer.post('/api/intakes', {
      files: [upload('bao-cao-an.docx', docx), upload('an.txt', Buffer.from('UBND xã An. Xã có 1.205 hộ.'))],
      communeId: w.communes.a.id,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items[0].values).toContainEqual(
      expect.objectContaining({ key: 'profile.households', value: 1204 }),
    );
    expect(res.body.items[0].period).toMatchObject({ label: '2025-H1' });
    expect(res.body.items[1].period).toBeNull();
  });

  it('asks for the commune when the text names none in reach, and refuses what is not a report', async () => {
    const officer = await w.as(w.users.officerA);
    // Quang Minh is in the officer's province, but not the officer's commune.
    const unknown = await officer.post('/api/intakes', {
      files: [upload('bao-cao-cchc-nam-2023-quang-minh.txt')],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toHaveProperty('communeId');
    expect(unknown.body.error.message).toContain('Quang Minh');

    const exe = await officer.post('/api/intakes', {
      files: [upload('bao-cao.txt', Buffer.from([0x4d, 0x5a, 0x90, 0x00]))],
      communeId: w.communes.a.id,
    });
    expect(exe.status).toBe(400);
    expect(exe.body.error.fields).toHaveProperty(['files.0']);
    // A Word 97–2003 file starts with the OLE compound-file signature.
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const doc = await officer.post('/api/intakes', {
      files: [upload('bao-cao.doc', ole)],
      communeId: w.communes.a.id,
    });
    expect(doc.status).toBe(400);
    expect(doc.body.error.message).toMatch(/"bao-cao\.doc" là định dạng Word cũ \(\.doc\).*\.docx/);
  });

  it('lets a corrected value, a removed one and a chosen period be saved as the figures of a report', async () => {
    const reviewer = await w.as(w.users.reviewer1);
    const created = await reviewer.post('/api/intakes', {
      files: [upload('bao-cao-cchc-nam-2023-quang-minh.txt')],
      communeId: qm.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const intake = created.body.items[0];
    const url = `/api/communes/${qm.id}/intakes/${intake.id}`;
    const first = intake.values[0] as Value;
    const edited = await reviewer.request('PATCH', url, {
      period: '2025-H1',
      values: [
        { key: first.key, value: first.value + 1 },
        { key: 'mediation.cases', value: 7 },
        { key: 'onestop.onlinePaymentRate', value: 0.5 },
      ],
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.period).toMatchObject({ from: '2025-01-01', to: '2025-06-30', label: '2025-H1' });
    expect(edited.body.values).toContainEqual(
      expect.objectContaining({
        key: first.key,
        value: first.value + 1,
        extracted: first.value,
        edited: true,
      }),
    );
    expect(edited.body.values).toContainEqual(
      expect.objectContaining({
        key: 'mediation.cases',
        value: 7,
        extracted: null,
        span: null,
        edited: true,
      }),
    );
    const removed = await reviewer.request('PATCH', url, {
      values: [{ key: 'onestop.onlinePaymentRate', value: null }],
    });
    expect(removed.body.values.map((v: Value) => v.key)).not.toContain('onestop.onlinePaymentRate');
    const back = await reviewer.request('PATCH', url, { values: [{ key: first.key, value: first.value }] });
    expect(back.body.values.find((v: Value) => v.key === first.key)).toMatchObject({ edited: false });

    const bad = await reviewer.request('PATCH', url, {
      values: [
        { key: 'no.such', value: 1 },
        { key: 'onestop.onTimeRate', value: 97.5 },
      ],
    });
    expect(bad.status, JSON.stringify(bad.body)).toBe(400);
    // A derived rate (on time = (early + on time) / resolved) is computed from its counts, never entered.
    expect(Object.keys(bad.body.error.fields)).toEqual(['body.values.0.key', 'body.values.1.key']);
    const rate = await reviewer.request('PATCH', url, {
      values: [{ key: 'onestop.satisfaction.positiveRate', value: 97.5 }],
    });
    expect(rate.status).toBe(400);
    expect(rate.body.error.fields).toHaveProperty(['values.0.value']);

    const saved = await reviewer.post(`${url}/save`, {});
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.status).toBe('saved');
    const audit = await withContext(w.db, null, (ctx) =>
      ctx.tx.query<{ action: string }>(
        "select action from audit_log where entity = 'intake' and entity_id = $1 order by id",
        [intake.id],
      ),
    );
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update', 'update', 'update']);
  });

  it('feeds the province roll-up for a commune without records, marked as read from a report', async () => {
    const reviewer = await w.as(w.users.reviewer1);
    const rollup = await reviewer.get(
      `/api/provinces/${w.provinces.p1.id}/rollup?period=2025-H1&keys=mediation.cases,profile.villages`,
    );
    expect(rollup.status, JSON.stringify(rollup.body)).toBe(200);
    const row = rollup.body.rows.find((r: { commune: { id: string } }) => r.commune.id === qm.id);
    expect(row).toMatchObject({ source: 'intake', values: { 'mediation.cases': 7 } });
    const none = rollup.body.rows.find((r: { commune: { id: string } }) => r.commune.id === hd.id);
    // Hoàng Diệu's report is read but not saved: it is not the commune's figures yet.
    expect(none).toMatchObject({ source: 'none' });
    // Another period shows nothing from it.
    const other = await reviewer.get(
      `/api/provinces/${w.provinces.p1.id}/rollup?period=2024&keys=mediation.cases`,
    );
    expect(other.body.rows.find((r: { commune: { id: string } }) => r.commune.id === qm.id).source).toBe(
      'none',
    );
  });

  it('keeps one saved report per commune and period: saving another supersedes it', async () => {
    const officer = await w.as(w.users.officerA);
    const make = async (households: string) => {
      const res = await officer.post('/api/intakes', {
        files: [upload('an.txt', Buffer.from(`UBND xã An. Báo cáo năm 2024. Xã có ${households} hộ.`))],
        communeId: w.communes.a.id,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.items[0].id as string;
    };
    const one = await make('1.000');
    const two = await make('1.100');
    const base = `/api/communes/${w.communes.a.id}/intakes`;
    expect((await officer.post(`${base}/${one}/save`, {})).status).toBe(200);
    expect((await officer.post(`${base}/${two}/save`, {})).status).toBe(200);
    expect((await officer.get(`${base}/${one}`)).body.status).toBe('superseded');
    const unsaved = await make('1.200');
    const noPeriod = await officer.post('/api/intakes', {
      files: [upload('an.txt', Buffer.from('UBND xã An. Xã có 900 hộ.'))],
      communeId: w.communes.a.id,
    });
    const refused = await officer.post(`${base}/${noPeriod.body.items[0].id}/save`, {});
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toHaveProperty('period');
    expect((await officer.request('DELETE', `${base}/${unsaved}`)).status).toBe(204);
    expect((await officer.get(`${base}/${unsaved}`)).status).toBe(404);
  });

  it('keeps each commune’s reports within its tenancy', async () => {
    const reviewer1 = await w.as(w.users.reviewer1);
    const [intake] = (await reviewer1.get(`/api/intakes?communeId=${qm.id}`)).body.items;
    const url = `/api/communes/${qm.id}/intakes/${intake.id}`;
    // Another province's reviewer, and another commune's officer: the report does not exist for them.
    for (const user of [w.users.reviewer2, w.users.officerB]) {
      const other = await w.as(user);
      expect((await other.get(url)).status).toBe(404);
      expect(
        (await other.request('PATCH', url, { values: [{ key: 'mediation.cases', value: 1 }] })).status,
      ).toBe(404);
      expect((await other.post(`${url}/save`, {})).status).toBe(404);
      expect((await other.get(`/api/intakes?communeId=${qm.id}`)).status).toBe(404);
      expect(
        (await other.post('/api/intakes', { files: [upload(hoangDieu)], communeId: qm.id })).status,
      ).toBe(404);
    }
    const reviewer2 = await w.as(w.users.reviewer2);
    expect((await reviewer2.get('/api/intakes')).body.items).toEqual([]);
    expect((await reviewer2.get(`/api/intakes?provinceId=${w.provinces.p1.id}`)).status).toBe(404);
    // The roll-up of province 1 is not theirs either.
    expect((await reviewer2.get(`/api/provinces/${w.provinces.p1.id}/rollup?period=2025-H1`)).status).toBe(
      404,
    );
    // An admin reads it; an anonymous caller does not.
    const admin = await w.as(w.users.admin);
    expect((await admin.get(url)).status).toBe(200);
    expect((await w.client().get(url)).status).toBe(401);
  });

  it('moves a report read under the wrong commune to another, its values with it, back to draft', async () => {
    const reviewer = await w.as(w.users.reviewer1);
    const created = await reviewer.post('/api/intakes', {
      files: [upload('hd.txt', Buffer.from('UBND xã Hoàng Diệu. Báo cáo năm 2022. Xã có 1.500 hộ.'))],
      communeId: hd.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { id } = created.body.items[0];
    const oldUrl = `/api/communes/${hd.id}/intakes/${id}`;
    expect((await reviewer.post(`${oldUrl}/save`, {})).status).toBe(200);
    const rollup = async () =>
      (
        await reviewer.get(`/api/provinces/${w.provinces.p1.id}/rollup?period=2022&keys=profile.households`)
      ).body.rows.find((r: { commune: { id: string } }) => r.commune.id === hd.id).source;
    expect(await rollup()).toBe('intake');

    // The move, and a correction in the same request, applied under the new commune.
    const b = w.communes.b;
    const moved = await reviewer.request('PATCH', oldUrl, {
      communeId: b.id,
      values: [{ key: 'mediation.cases', value: 4 }],
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ id, commune: { id: b.id, name: b.name }, status: 'draft' });
    expect(moved.body.values).toContainEqual(
      expect.objectContaining({ key: 'profile.households', value: 1500, extracted: 1500, edited: false }),
    );
    expect(moved.body.values).toContainEqual(
      expect.objectContaining({ key: 'mediation.cases', value: 4, edited: true }),
    );
    expect((await reviewer.get(oldUrl)).status).toBe(404);
    const newUrl = `/api/communes/${b.id}/intakes/${id}`;
    const fetched = await reviewer.get(newUrl);
    expect(fetched.status).toBe(200);
    expect(fetched.body.values).toEqual(moved.body.values);
    // Its figures left Hoàng Diệu's roll-up; saved again, they are the new commune's.
    expect(await rollup()).toBe('none');
    expect((await reviewer.post(`${newUrl}/save`, {})).body.status).toBe('saved');

    const [audit] = await withContext(w.db, null, (ctx) =>
      ctx.tx.query<{ communeId: string; after: Record<string, unknown> }>(
        `select commune_id as "communeId", after from audit_log where entity = 'intake' and entity_id = $1
           and after ? 'commune'`,
        [id],
      ),
    );
    expect(audit).toMatchObject({
      communeId: b.id,
      after: {
        commune: { before: { id: hd.id, name: hd.name }, after: { id: b.id, name: b.name } },
        status: { before: 'saved', after: 'draft' },
      },
    });
  });

  it('refuses a move to a commune the caller cannot see, or that does not exist, or is malformed', async () => {
    const officer = await w.as(w.users.officerA);
    const created = await officer.post('/api/intakes', {
      files: [upload('an.txt', Buffer.from('UBND xã An. Báo cáo năm 2021. Xã có 800 hộ.'))],
      communeId: w.communes.a.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const intake = created.body.items[0];
    const url = `/api/communes/${w.communes.a.id}/intakes/${intake.id}`;
    // Commune B is in the officer's province, but not theirs: for them it does not exist.
    const refused = await officer.request('PATCH', url, {
      communeId: w.communes.b.id,
      values: [{ key: 'mediation.cases', value: 1 }],
    });
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).toContain('Xã');
    const admin = await w.as(w.users.admin);
    expect((await admin.request('PATCH', url, { communeId: crypto.randomUUID() })).status).toBe(404);
    const malformed = await officer.request('PATCH', url, { communeId: 'xa-b' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.fields).toHaveProperty(['body.communeId']);

    const after = await officer.get(url);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ commune: { id: w.communes.a.id }, status: 'draft' });
    expect(after.body.values).toEqual(intake.values);
    expect((await officer.request('PATCH', url, { communeId: w.communes.a.id })).body.commune.id).toBe(
      w.communes.a.id,
    );
  });

  it('lets an admin list the reports of one province, and refuses a malformed province', async () => {
    const admin = await w.as(w.users.admin);
    const cat = await admin.post('/api/intakes', {
      files: [upload('cat.txt', Buffer.from('UBND xã Cát. Xã có 1.205 hộ, 4.870 nhân khẩu.'))],
      communeId: w.communes.c.id,
    });
    expect(cat.status, JSON.stringify(cat.body)).toBe(201);
    const catId = cat.body.items[0].id;

    const inP2 = await admin.get(`/api/intakes?provinceId=${w.provinces.p2.id}`);
    expect(inP2.status).toBe(200);
    expect(inP2.body).toMatchObject({ total: 1, items: [{ id: catId, commune: { id: w.communes.c.id } }] });
    const inP1 = await admin.get(`/api/intakes?provinceId=${w.provinces.p1.id}&limit=200`);
    const p1Communes = new Set([hd.id, qm.id, w.communes.a.id, w.communes.b.id]);
    expect(inP1.body.items.length).toBeGreaterThan(0);
    expect(inP1.body.items.every((i: { commune: { id: string } }) => p1Communes.has(i.commune.id))).toBe(
      true,
    );
    const all = await admin.get('/api/intakes?limit=200');
    expect(all.body.total).toBe(inP1.body.total + 1);

    const bad = await admin.get('/api/intakes?provinceId=tinh-mot');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('provinceId');
  });
});
