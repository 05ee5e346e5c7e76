import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/calendar/index.ts';
import { twoProvinceWorld } from '../../testing/world.ts';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64');

describe('disclosure and consultation over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  beforeAll(async () => {
    w = await twoProvinceWorld();
  });
  afterAll(() => w?.close());
  const a = () => `/api/communes/${w.communes.a.id}`;

  it('lists the required categories not yet disclosed, and refuses a posting shorter than the minimum', async () => {
    const officer = await w.as(w.users.officerA);
    const before = await officer.get(`${a()}/disclosure/checklist?year=${year}`);
    expect(before.status).toBe(200);
    expect(before.body.missing.map((m: { code: string }) => m.code)).toContain('budget');
    expect(before.body.missing.length).toBe(before.body.categories.filter((c: any) => c.required).length);

    const short = await officer.post(`${a()}/disclosures`, {
      categoryCode: 'budget',
      title: 'Dự toán ngân sách xã năm nay',
      places: ['committeeBoard', 'webPortal'],
      postedFrom: today,
      postedTo: addDays(today, 14),
    });
    expect(short.status).toBe(400);
    expect(short.body.error.message).toContain('Thời gian niêm yết công khai tối thiểu là 30 ngày');
    expect(short.body.error.fields.postedTo).toBeTruthy();

    const doc = await officer.post(`${a()}/documents`, {
      type: 'QĐ',
      date: today,
      summary: 'Công bố công khai dự toán ngân sách xã',
      signer: 'Nguyễn Văn Hùng',
    });
    const item = await officer.post(`${a()}/disclosures`, {
      categoryCode: 'budget',
      title: 'Dự toán ngân sách xã năm nay',
      documentId: doc.body.id,
      places: ['committeeBoard', 'webPortal'],
      postedFrom: today,
      postedTo: addDays(today, 29),
    });
    expect(item.status).toBe(201);
    expect(item.body).toMatchObject({ days: 30, document: { reference: doc.body.reference } });
    expect(item.body.placeLabels).toContain('Niêm yết tại trụ sở UBND');

    const photo = await officer.post(`${a()}/disclosures/${item.body.id}/photos`, {
      fileName: 'bang-tin.png',
      contentBase64: png,
      caption: 'Bảng tin UBND xã',
    });
    expect(photo.status).toBe(200);
    expect(photo.body.photos).toHaveLength(1);
    const notPhoto = await officer.post(`${a()}/disclosures/${item.body.id}/photos`, {
      fileName: 'anh.jpg',
      contentBase64: Buffer.from('%PDF-1.4 not a photo').toString('base64'),
    });
    expect(notPhoto.status).toBe(400);

    // A loudspeaker announcement is not a posting: no 30-day minimum.
    const broadcast = await officer.post(`${a()}/disclosures`, {
      categoryCode: 'receptionSchedule',
      title: 'Lịch tiếp công dân của Chủ tịch UBND xã',
      places: ['loudspeaker'],
      postedFrom: today,
      postedTo: addDays(today, 2),
    });
    expect(broadcast.status).toBe(201);

    const after = await officer.get(`${a()}/disclosure/checklist?year=${year}`);
    const missing = after.body.missing.map((m: { code: string }) => m.code);
    expect(missing).not.toContain('budget');
    expect(missing).not.toContain('receptionSchedule');
    expect(missing).toContain('socioEconomicPlan');
    expect(after.body.categories.find((c: any) => c.code === 'budget').items).toBe(1);

    const portal = await w.client().get(`/api/public/communes/${w.communes.a.code}/disclosures`);
    expect(portal.status).toBe(200);
    expect(portal.body.items.map((i: { title: string }) => i.title)).toContain(
      'Dự toán ngân sách xã năm nay',
    );
    expect(JSON.stringify(portal.body)).not.toContain('bang-tin.png');
    const docLinks = await officer.get(`${a()}/documents/${doc.body.id}`);
    expect(docLinks.body.links).toEqual([
      { entity: 'disclosure', entityId: item.body.id, label: 'Dự toán ngân sách xã năm nay' },
    ]);
  });

  it('refuses a consultation shorter than the minimum for its type, naming the rule', async () => {
    const officer = await w.as(w.users.officerA);
    const draft = (closesOn: string, draftType = 'plan') =>
      officer.post(`${a()}/consultations`, {
        draftType,
        title: 'Dự thảo kế hoạch',
        summary: 'Tóm tắt',
        opensOn: today,
        closesOn,
      });
    const short = await draft(addDays(today, 18));
    expect(short.status).toBe(400);
    expect(short.body.error.message).toMatch(
      /Thời gian lấy ý kiến Nhân dân tối thiểu .* là 20 ngày liên tục \(Luật Thực hiện dân chủ ở cơ sở 2022, Điều 25/,
    );
    expect(short.body.error.message).toContain('chỉ 19 ngày');
    expect((await draft(addDays(today, 19))).status).toBe(201);

    const leader = await w.as(w.users.leaderA);
    const rule = await leader.request('PUT', `${a()}/consultation-rules/landUse`, { minDays: 30 });
    expect(rule.body).toMatchObject({ draftType: 'landUse', minDays: 30, isDefault: false });
    expect((await draft(addDays(today, 25), 'landUse')).status).toBe(400);
    expect((await draft(addDays(today, 29), 'landUse')).status).toBe(201);
  });

  it('takes comments on a passage from the portal, then publishes the committee account', async () => {
    const officer = await w.as(w.users.officerA);
    const created = await officer.post(`${a()}/consultations`, {
      draftType: 'rules',
      title: 'Dự thảo Quy ước thôn Một',
      summary: 'Quy ước về nếp sống văn minh, vệ sinh môi trường',
      questions: ['Mức đóng góp quỹ vệ sinh có phù hợp không?'],
      passages: [
        { label: 'Điều 3', body: 'Mỗi hộ đóng góp 20.000 đồng mỗi tháng cho quỹ vệ sinh môi trường.' },
        { label: 'Điều 7', body: 'Tổ chức đám cưới không quá 2 ngày.' },
      ],
      opensOn: addDays(today, -5),
      closesOn: addDays(today, 20),
    });
    expect(created.status).toBe(201);
    const d = created.body;
    expect(d.status).toBe('open');
    const [p3] = d.passages;

    const anon = w.client();
    const portalUrl = `/api/public/communes/${w.communes.a.code}/consultations/${d.id}`;
    const shown = await anon.get(portalUrl);
    expect(shown.body).toMatchObject({ canComment: true, account: null });
    const comment = await anon.post(`${portalUrl}/comments`, {
      passageId: p3.id,
      content: 'Đề nghị giảm mức đóng góp cho hộ nghèo.',
      authorName: 'Trần Văn Bình',
      contact: '0987 654 321',
    });
    expect(comment.status).toBe(201);
    const whole = await anon.post(`${portalUrl}/comments`, { content: 'Đồng ý với toàn bộ dự thảo.' });
    expect(whole.status).toBe(201);
    expect((await anon.post(`${portalUrl}/comments`, { passageId: d.id, content: 'x' })).status).toBe(400);

    const [village] = await w.db.query<{ id: string }>(
      'select id from villages where commune_id = $1 limit 1',
      [w.communes.a.id],
    );
    const meeting = await officer.post(`${a()}/consultations/${d.id}/meetings`, {
      villageId: village!.id,
      place: 'Nhà văn hóa thôn Một',
      meetingDate: addDays(today, -2),
      attendees: 85,
      agree: 78,
      disagree: 5,
      abstain: 2,
      opinions: [
        { passageId: d.passages[1].id, content: 'Đám cưới nên tổ chức trong 1 ngày.', supporters: 12 },
      ],
    });
    expect(meeting.status).toBe(200);
    expect(meeting.body.meetings[0]).toMatchObject({ attendees: 85, agree: 78 });
    expect(meeting.body.opinionList).toHaveLength(3);
    const staffView = meeting.body.opinionList.find(
      (o: any) => o.source === 'portal' && o.passageId === p3.id,
    );
    expect(staffView).toMatchObject({ passageLabel: 'Điều 3', authorName: 'Trần Văn Bình' });

    const early = await officer.post(`${a()}/consultations/${d.id}/responses`, {
      title: 'x',
      decision: 'accepted',
      reason: 'y',
      opinionIds: [staffView.id],
    });
    expect(early.status).toBe(409);

    // The period ends.
    await w.db.query(
      `update consultation_drafts set opens_on = opens_on - 30, closes_on = closes_on - 30 where id = $1`,
      [d.id],
    );
    await w.db.query(
      `update consultation_opinions set received_date = received_date - 30 where draft_id = $1`,
      [d.id],
    );
    expect((await anon.post(`${portalUrl}/comments`, { content: 'Muộn' })).status).toBe(409);

    const ids = meeting.body.opinionList.map((o: any) => o.id);
    const wedding = meeting.body.opinionList.find((o: any) => o.source === 'meeting').id;
    const agreeing = meeting.body.opinionList.find((o: any) => o.content.startsWith('Đồng ý')).id;
    await officer.post(`${a()}/consultations/${d.id}/responses`, {
      title: 'Về mức đóng góp quỹ vệ sinh (Điều 3)',
      decision: 'accepted',
      reason: 'Bổ sung: hộ nghèo, hộ cận nghèo được miễn đóng góp.',
      opinionIds: [staffView.id],
    });
    const unfinished = await officer.post(`${a()}/consultations/${d.id}/account`, { summary: 'Kết quả' });
    expect(unfinished.status).toBe(409);
    expect(unfinished.body.error.message).toContain('Còn 2 ý kiến');
    await officer.post(`${a()}/consultations/${d.id}/responses`, {
      title: 'Về thời gian tổ chức đám cưới (Điều 7)',
      decision: 'notAccepted',
      reason: 'Giữ 2 ngày vì phong tục của đồng bào; khuyến khích tổ chức gọn trong 1 ngày.',
      opinionIds: [wedding],
    });
    await officer.post(`${a()}/consultations/${d.id}/responses`, {
      title: 'Ý kiến đồng tình',
      decision: 'accepted',
      reason: 'Ghi nhận.',
      opinionIds: [agreeing],
    });
    const published = await officer.post(`${a()}/consultations/${d.id}/account`, {
      summary: 'Đã tổng hợp 3 ý kiến; tiếp thu 2, không tiếp thu 1.',
    });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    expect(published.body.actions).toEqual([]);
    expect(ids).toHaveLength(3);

    const account = await anon.get(portalUrl);
    expect(account.body.canComment).toBe(false);
    expect(account.body.account.summary).toContain('tiếp thu 2');
    const notAccepted = account.body.account.responses.find((r: any) => r.decision === 'notAccepted');
    expect(notAccepted).toMatchObject({
      decisionLabel: 'Không tiếp thu',
      title: 'Về thời gian tổ chức đám cưới (Điều 7)',
    });
    expect(notAccepted.reason).toContain('phong tục');
    expect(notAccepted.opinions[0]).toMatchObject({ passageLabel: 'Điều 7', source: 'meeting' });
    expect(JSON.stringify(account.body)).not.toMatch(/Trần Văn Bình|0987/);
    const list = await anon.get(`/api/public/communes/${w.communes.a.code}/consultations`);
    expect(list.body.items.find((x: any) => x.id === d.id).status).toBe('published');
  });

  it('limits portal comments from one address', async () => {
    const officer = await w.as(w.users.officerA);
    const d = await officer.post(`${a()}/consultations`, {
      draftType: 'plan',
      title: 'Dự thảo kế hoạch phát triển kinh tế - xã hội',
      summary: 'Tóm tắt',
      opensOn: today,
      closesOn: addDays(today, 25),
    });
    const anon = w.client();
    const url = `/api/public/communes/${w.communes.a.code}/consultations/${d.body.id}/comments`;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await anon.post(url, { content: `Góp ý số ${i}` })).status);
    expect(statuses).toContain(429);
    const limited = await anon.post(url, { content: 'Thêm một góp ý' });
    expect(limited.body.error.message).toMatch(/[À-ỹ]/);
  });

  it('keeps records inside their commune and read-only for the province', async () => {
    const officerB = await w.as(w.users.officerB);
    const reviewer = await w.as(w.users.reviewer1);
    const item = {
      categoryCode: 'fees',
      title: 'Các khoản thu',
      places: ['webPortal'],
      postedFrom: today,
      postedTo: addDays(today, 30),
    };
    expect((await officerB.post(`${a()}/disclosures`, item)).status).toBe(404);
    expect((await officerB.get(`${a()}/consultations`)).status).toBe(404);
    expect((await reviewer.get(`${a()}/disclosures`)).status).toBe(200);
    expect((await reviewer.post(`${a()}/disclosures`, item)).status).toBe(403);
    expect(
      (await (await w.as(w.users.officerA)).request('PUT', `${a()}/consultation-rules/plan`, { minDays: 5 }))
        .status,
    ).toBe(403);
  });
});
