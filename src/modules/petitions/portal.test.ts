import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Client } from '../../testing/http.ts';
import { twoProvinceWorld } from '../../testing/world.ts';
import { reopenPetition } from './portal.ts';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');

/** Issue 5, must-show 3 at API level: submit on the portal, follow by code, read the answer. */
describe('citizen portal: feedback by code', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  let officer: Client;
  let portal: string;
  let staff: string;
  beforeAll(async () => {
    w = await twoProvinceWorld();
    officer = await w.as(w.users.officerA);
    portal = `/api/public/communes/${w.communes.a.code}/petitions`;
    staff = `/api/communes/${w.communes.a.id}/petitions`;
  });
  afterAll(() => w?.close());

  it('takes feedback without an account, answers it by code, and lets the citizen rate and reopen it', async () => {
    const citizen = w.client();
    const sent = await citizen.post(portal, {
      name: 'Trần Thị Mến',
      contact: '0912 000 111',
      topic: 'environment',
      subject: 'Đề nghị nạo vét mương thoát nước thôn Hai',
      content: 'Mương bị tắc, mưa to là ngập đường vào trường tiểu học.',
      attachments: [{ fileName: 'anh-muong.pdf', contentBase64: pdf }],
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ status: 'received', kind: 'feedback', answer: null, canRate: false });
    expect(sent.body.secret).toMatch(/^[A-Z2-9]{8}$/);
    expect(sent.body.message).toContain(sent.body.code);
    const { code, secret } = sent.body;
    const url = `${portal}/${code}`;

    const looked = await citizen.get(url);
    expect(looked.status).toBe(200);
    expect(looked.body).toMatchObject({
      code,
      statusLabel: 'Đã tiếp nhận, chờ phân loại',
      topicLabel: 'Môi trường',
    });
    expect(JSON.stringify(looked.body)).not.toMatch(/Mến|0912|secret/);

    const found = await officer.get(
      `/api/petitions?communeId=${w.communes.a.id}&q=${encodeURIComponent(code)}`,
    );
    expect(found.body.items).toHaveLength(1);
    const p = found.body.items[0];
    expect(p).toMatchObject({
      channel: 'portal',
      submitterName: 'Trần Thị Mến',
      submitterContact: '0912 000 111',
    });
    const detail = await officer.get(`${staff}/${p.id}`);
    expect(detail.body.attachments).toMatchObject([
      { fileName: 'anh-muong.pdf', mediaType: 'application/pdf' },
    ]);
    const file = await officer.request(
      'GET',
      `${staff}/${p.id}/attachments/${detail.body.attachments[0].id}`,
    );
    expect(file.status).toBe(200);
    expect(String(file.body)).toContain('%PDF-1.4');

    const act = (body: object) => officer.post(`${staff}/${p.id}/actions`, body);
    expect((await act({ action: 'accept' })).body.status).toBe('accepted');
    expect((await citizen.get(url)).body.statusLabel).toBe('Đã thụ lý, đang giải quyết');
    const answer = 'UBND xã đã giao Thôn Hai nạo vét mương trước ngày 30/11/2026.';
    expect((await act({ action: 'answer', text: answer })).body).toMatchObject({
      status: 'answered',
      answerPublished: false,
    });
    expect((await citizen.get(url)).body).toMatchObject({ status: 'answered', answer: null, canRate: false });
    expect((await act({ action: 'publish' })).body.actions).toEqual([]);
    const published = await citizen.get(url);
    expect(published.body).toMatchObject({ answer, canRate: true, canReopen: true });
    expect(published.body.reopenUntil > published.body.answeredDate).toBe(true);

    expect((await citizen.post(`${url}/rating`, { secret: 'SAIMABIMAT', rating: 5 })).status).toBe(400);
    const rated = await citizen.post(`${url}/rating`, {
      secret: secret.toLowerCase(),
      rating: 2,
      comment: 'Chưa thấy làm',
    });
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ rated: true, canRate: false });
    expect((await citizen.post(`${url}/rating`, { secret, rating: 5 })).status).toBe(409);

    const reopened = await citizen.post(`${url}/reopen`, {
      secret,
      reason: 'Đã quá ngày hẹn mà mương vẫn tắc.',
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({
      status: 'accepted',
      reopenedCount: 1,
      canReopen: false,
      rated: false,
    });
    const back = await officer.get(`${staff}/${p.id}`);
    expect(back.body).toMatchObject({
      reopenReason: 'Đã quá ngày hẹn mà mương vẫn tắc.',
      reopenedCount: 1,
      closedDate: null,
    });
    expect(back.body.actions).toContain('answer');
    await act({ action: 'answer', text: 'Đã nạo vét xong ngày 21/11/2026.', publish: true });
    expect((await citizen.get(url)).body).toMatchObject({
      answer: 'Đã nạo vét xong ngày 21/11/2026.',
      canRate: true,
    });

    const stats = await officer.get(`/api/stats?communeId=${w.communes.a.id}`);
    expect(stats.body.indicators['feedback.received']).toBe(1);
    expect(stats.body.indicators['feedback.resolved']).toBe(1);
  });

  it('refuses a reopening after the commune window, which the leader sets', async () => {
    const citizen = w.client();
    const sent = (
      await citizen.post(portal, {
        name: 'Lò Văn Pọm',
        topic: 'policy',
        subject: 'Hỏi về chế độ hộ nghèo',
        content: 'Xin hướng dẫn.',
      })
    ).body;
    const [p] = (await officer.get(`/api/petitions?communeId=${w.communes.a.id}&q=${sent.code}`)).body.items;
    await officer.post(`${staff}/${p.id}/actions`, { action: 'accept' });
    await officer.post(`${staff}/${p.id}/actions`, { action: 'answer', text: 'Đã trả lời.', publish: true });
    expect((await officer.request('PUT', `${staff}/settings`, { reopenDays: 10 })).status).toBe(403);
    const leader = await w.as(w.users.leaderA);
    expect((await leader.request('PUT', `${staff}/settings`, { reopenDays: 10 })).body).toEqual({
      reopenDays: 10,
    });
    const view = (await citizen.get(`${portal}/${sent.code}`)).body;
    expect(view.canReopen).toBe(true);
    const later = new Date(Date.now() + 11 * 86_400_000);
    const refusal = await withContext(
      w.db,
      null,
      (ctx) => reopenPetition(ctx, w.communes.a.id, sent.code, { secret: sent.secret, reason: 'Muộn' }),
      { publicWriteCommune: w.communes.a.id, asOf: later },
    ).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).userMessage).toContain(`đến hết ngày ${view.reopenUntil}`);
  });

  it('never shows a denunciation on the portal, and answers unknown codes with 404', async () => {
    const d = await officer.post(staff, {
      kind: 'denunciation',
      channel: 'mail',
      submitter: { name: 'Người Tố Cáo' },
      subject: 'Tố cáo',
      topic: 'officials',
      content: 'Nội dung',
    });
    expect((await w.client().get(`${portal}/${d.body.code}`)).status).toBe(404);
    expect(
      (await w.client().post(`${portal}/${d.body.code}/reopen`, { secret: d.body.secret, reason: 'x' }))
        .status,
    ).toBe(404);
    expect((await w.client().get(`${portal}/KHONG-CO`)).status).toBe(404);
    expect((await w.client().get(`/api/public/communes/KHONG-CO/petitions/X`)).status).toBe(404);
  });
});
