import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContext } from '../../platform/context.ts';
import { factories } from '../../testing/factories.ts';
import type { Client } from '../../testing/http.ts';
import { twoProvinceWorld } from '../../testing/world.ts';

const png =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

// What must never leak: the denouncer's name, address, phone and the scan's file name.
const identity = {
  name: 'Hoàng Thị Tố',
  address: 'Số 7 ngõ Cây Đa, Thôn Hai',
  contact: '0987 654 321',
  note: 'Xin giữ bí mật',
};
const secrets = ['Hoàng Thị Tố', 'Hoang Thi To', 'hoang thi to', 'Cây Đa', '0987 654 321', 'but-tich'];
const leaks = (body: unknown) => secrets.filter((s) => JSON.stringify(body).includes(s));

/** Issue 5, must-show 2: a denouncer's identity reaches only the leader and the assigned official. */
describe('denouncer protection over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  let officer: Client;
  let leader: Client;
  let assignee: Client;
  let assigneeId: string;
  let base: string;
  let denunciation: { id: string; code: string };
  beforeAll(async () => {
    w = await twoProvinceWorld();
    const second = await factories(w.db).makeUser({
      role: 'officer',
      communeCode: w.communes.a.code,
      fullName: 'Cán Bộ Được Giao',
    });
    assigneeId = second.id;
    officer = await w.as(w.users.officerA);
    leader = await w.as(w.users.leaderA);
    assignee = await w.as(second);
    base = `/api/communes/${w.communes.a.id}/petitions`;
    const res = await officer.post(base, {
      kind: 'denunciation',
      channel: 'reception',
      submitter: identity,
      subject: 'Tố cáo cán bộ địa chính nhận tiền khi cấp giấy chứng nhận',
      topic: 'officials',
      content: 'Cán bộ địa chính xã yêu cầu nộp thêm tiền ngoài quy định.',
    });
    expect(res.status).toBe(201);
    denunciation = res.body;
    // The receiving officer is neither leader nor assigned: even the receipt carries no identity.
    expect('identity' in res.body).toBe(false);
    expect(res.body.submitterName).toBeNull();
    expect(leaks(res.body)).toEqual([]);
    const scan = await officer.post(`${base}/${denunciation.id}/attachments`, {
      fileName: 'don-to-cao-but-tich.png',
      contentBase64: png,
    });
    expect(scan.status).toBe(201);
    expect(scan.body.attachments).toEqual([]);
    await leader.post(`${base}/${denunciation.id}/actions`, { action: 'assign', officialId: assigneeId });
  });
  afterAll(() => w?.close());

  it('gives an officer who is not assigned the petition without the identity field at all', async () => {
    const res = await officer.get(`${base}/${denunciation.id}`);
    expect(res.status).toBe(200);
    expect(res.body.kind).toBe('denunciation');
    expect(Object.keys(res.body)).not.toContain('identity');
    expect(res.body.submitterName).toBeNull();
    expect(leaks(res.body)).toEqual([]);
    const reviewer = await (await w.as(w.users.reviewer1)).get(`${base}/${denunciation.id}`);
    expect(reviewer.status).toBe(200);
    expect(Object.keys(reviewer.body)).not.toContain('identity');
    // An administrator runs the system; they are not the commune's leader.
    const admin = await (await w.as(w.users.admin)).get(`${base}/${denunciation.id}`);
    expect(Object.keys(admin.body)).not.toContain('identity');
  });

  it('gives the leader and the assigned official the identity, and audits both reads', async () => {
    const byLeader = await leader.get(`${base}/${denunciation.id}`);
    expect(byLeader.body.identity).toMatchObject({
      fullName: identity.name,
      address: identity.address,
      contact: identity.contact,
    });
    expect(byLeader.body.identity.files).toHaveLength(1);
    const byAssignee = await assignee.get(`${base}/${denunciation.id}`);
    expect(byAssignee.body.identity.fullName).toBe(identity.name);
    expect(byAssignee.body.assignedOfficial.id).toBe(assigneeId);

    const log = await leader.get(`/api/audit?entity=petition_identity&action=view`);
    expect(log.status).toBe(200);
    const views = log.body.items.filter((i: { entityId: string }) => i.entityId === denunciation.id);
    const readers = views.map((i: { actor: { id: string } }) => i.actor.id);
    expect(readers).toContain(w.users.leaderA.id);
    expect(readers).toContain(assigneeId);
    expect(readers).not.toContain(w.users.officerA.id);
    expect(leaks(views)).toEqual([]);
  });

  it('serves the handwriting scan only to them, audited', async () => {
    const withFiles = await leader.get(`${base}/${denunciation.id}`);
    const fileId = withFiles.body.identity.files[0].id;
    const url = `${base}/${denunciation.id}/attachments/${fileId}`;
    expect((await officer.request('GET', url)).status).toBe(403);
    const ok = await leader.request('GET', url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    const log = await leader.get(`/api/audit?entity=petition_identity&action=view`);
    expect(log.body.items.some((i: { after: { read: string } }) => i.after.read === `file ${fileId}`)).toBe(
      true,
    );
  });

  it('keeps the identity out of lists, search, exports, statistics and the petition audit rows', async () => {
    const list = await leader.get(`/api/petitions?communeId=${w.communes.a.id}`);
    expect(list.body.items.map((p: { id: string }) => p.id)).toContain(denunciation.id);
    expect(leaks(list.body)).toEqual([]);
    expect(list.body.items.some((p: object) => 'identity' in p)).toBe(false);
    const search = await leader.get(`/api/petitions?communeId=${w.communes.a.id}&q=hoang thi to`);
    expect(search.body.total).toBe(0);
    const csv = await leader.request('GET', `${base}/export?from=2026-01-01&to=2030-12-31`);
    expect(csv.status).toBe(200);
    expect(String(csv.body)).toContain(denunciation.code);
    expect(String(csv.body)).toContain('Bảo mật theo Luật Tố cáo');
    expect(leaks(csv.body)).toEqual([]);
    const stats = await leader.get(`/api/stats?communeId=${w.communes.a.id}&from=2026-01-01&to=2030-12-31`);
    expect(stats.body.indicators['denunciations.received']).toBeGreaterThan(0);
    expect(leaks(stats.body)).toEqual([]);
    const attention = await leader.get(`${base}/attention?days=60`);
    expect(leaks(attention.body)).toEqual([]);
    const audit = await (await w.as(w.users.admin)).get(`/api/audit?communeId=${w.communes.a.id}&limit=500`);
    expect(audit.body.items.some((i: { entity: string }) => i.entity === 'petition')).toBe(true);
    expect(leaks(audit.body)).toEqual([]);
  });

  it('hides identity rows from any query that has not been unlocked, whoever runs it', async () => {
    const count = (actor: null) =>
      withContext(
        w.db,
        actor,
        async (ctx) =>
          (await ctx.tx.query<{ n: number }>('select count(*)::int as n from petition_identities'))[0]?.n,
      );
    expect(await count(null)).toBe(0);
    const files = await withContext(w.db, null, (ctx) =>
      ctx.tx.query<{ n: number }>('select count(*)::int as n from petition_attachments where identity'),
    );
    expect(files[0]?.n).toBe(0);
  });

  it('finds a repeated denunciation by the same denouncer without showing who it is', async () => {
    const again = await officer.post(base, {
      kind: 'denunciation',
      channel: 'mail',
      submitter: { name: 'hoang thi to' },
      subject: 'To cao can bo dia chinh nhan tien khi cap giay chung nhan',
      topic: 'officials',
      content: 'Lần hai.',
    });
    expect(again.body.repeatedOf).toEqual({ id: denunciation.id, code: denunciation.code });
    expect(leaks(again.body)).toEqual([]);
  });

  it('does not handle an anonymous denunciation as a denunciation (Luật Tố cáo 2018, art. 25)', async () => {
    const anon = await officer.post(base, {
      kind: 'denunciation',
      channel: 'mail',
      anonymous: true,
      subject: 'Tố cáo nặc danh về việc lấn chiếm đất công ở thôn Một',
      topic: 'land',
      content: 'Hộ ông X xây tường rào lấn 50 m² đất công, có ảnh chụp kèm theo.',
    });
    expect(anon.status).toBe(201);
    expect(anon.body).toMatchObject({ anonymous: true, actions: ['file'] });
    const accept = await officer.post(`${base}/${anon.body.id}/actions`, { action: 'accept' });
    expect(accept.status).toBe(409);
    expect(accept.body.error.message).toContain('Điều 25');
    const filed = await officer.post(`${base}/${anon.body.id}/actions`, {
      action: 'file',
      reason: 'Nội dung cụ thể, có ảnh: chuyển công chức địa chính kiểm tra phục vụ quản lý.',
      forInspection: true,
    });
    expect(filed.body).toMatchObject({ status: 'filed', forInspection: true });
    const named = await officer.post(base, {
      kind: 'complaint',
      channel: 'mail',
      submitter: { name: 'Ai Đó' },
      subject: 'Việc khác',
      topic: 'other',
      content: 'Nội dung.',
    });
    const wrong = await officer.post(`${base}/${named.body.id}/actions`, {
      action: 'file',
      reason: 'x',
      forInspection: true,
    });
    expect(wrong.status).toBe(400);
  });
});
