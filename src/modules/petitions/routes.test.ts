import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../testing/http.ts';
import { twoProvinceWorld } from '../../testing/world.ts';

describe('petitions over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  let officer: Client;
  let leader: Client;
  let base: string;
  beforeAll(async () => {
    w = await twoProvinceWorld();
    officer = await w.as(w.users.officerA);
    leader = await w.as(w.users.leaderA);
    base = `/api/communes/${w.communes.a.id}/petitions`;
  });
  afterAll(() => w?.close());

  const complaint = (o: object = {}) => ({
    kind: 'complaint',
    channel: 'mail',
    submitter: { name: 'Nguyễn Văn Bình', address: 'Thôn Một' },
    subject: 'Khiếu nại quyết định thu hồi đất thửa số 125',
    topic: 'land',
    content: 'Gia đình tôi không đồng ý với mức bồi thường khi thu hồi đất.',
    ...o,
  });

  it('receives a petition with a code, a secret once, and its intake deadline from the rules', async () => {
    const res = await officer.post(base, complaint({ receivedDate: '2026-02-10' }));
    expect(res.status).toBe(201);
    expect(res.body.code).toMatch(new RegExp(`^${w.communes.a.code}-DT26-\\d{4}$`));
    expect(res.body.secret).toMatch(/^[A-Z2-9]{8}$/);
    expect(res.body).toMatchObject({
      status: 'received',
      intakeRuleKey: 'complaint.accept',
      intakeRuleEffectiveFrom: '2012-07-01',
      // 10 days from Tuesday 10/02/2026 is Friday 20/02, inside the Tết break (14–22/02) → Monday 23/02.
      intakeDueDate: '2026-02-23',
      dueDate: '2026-02-23',
      withinAuthority: null,
      overdue: true,
    });
    expect(res.body.actions).toEqual(['accept', 'transfer', 'guide', 'file', 'assign']);
    const again = await officer.get(`${base}/${res.body.id}`);
    expect(again.body.secret).toBeUndefined();
    expect(JSON.stringify(again.body)).not.toContain('secretHash');
  });

  it('accepts with the settlement deadline of the rule in force, settles with a decision, and refuses what is not allowed', async () => {
    const p = (await officer.post(base, complaint({ receivedDate: '2026-02-05' }))).body;
    const act = (body: object) => officer.post(`${base}/${p.id}/actions`, body);
    expect((await act({ action: 'settle', decisionRef: '12/QĐ-UBND' })).status).toBe(409);
    const accepted = await act({ action: 'accept', acceptedDate: '2026-02-11', variant: 'complex' });
    expect(accepted.status).toBe(200);
    // 45 days (complex) from Wednesday 11/02/2026 = Saturday 28/03 → Monday 30/03.
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      withinAuthority: true,
      acceptedDate: '2026-02-11',
      ruleKey: 'complaint.firstInstance',
      ruleEffectiveFrom: '2012-07-01',
      variant: 'complex',
      dueDate: '2026-03-30',
      intakeDueDate: '2026-02-23',
    });
    // Complaints have longer limits, not extensions.
    const extend = await act({ action: 'extend', days: 10, reason: 'Phức tạp' });
    expect(extend.status).toBe(409);
    expect(extend.body.error.message).toContain('Gia hạn');
    expect((await act({ action: 'accept' })).status).toBe(409);
    const bad = await act({ action: 'accept', acceptedDate: '2026-02-01' });
    expect(bad.status).toBe(409);
    const settled = await act({
      action: 'settle',
      decisionRef: '12/QĐ-UBND',
      outcome: 'partlyFounded',
      settledDate: '2026-03-20',
    });
    expect(settled.status).toBe(200);
    expect(settled.body).toMatchObject({
      status: 'settled',
      closedDate: '2026-03-20',
      decisionRef: '12/QĐ-UBND',
      actions: [],
    });
    expect(settled.body.events.map((e: { kind: string }) => e.kind)).toEqual(['receive', 'accept', 'settle']);
  });

  it('extends a denunciation within the law and refuses beyond it (hand-checked across Tết 2026)', async () => {
    const p = (
      await officer.post(base, {
        kind: 'denunciation',
        channel: 'mail',
        submitter: { name: 'Người Tố Cáo Một' },
        subject: 'Tố cáo việc thu tiền trái quy định',
        topic: 'officials',
        content: 'Nội dung tố cáo.',
        receivedDate: '2026-02-11',
      })
    ).body;
    // 7 working days from Wednesday 11/02: Thu 12, Fri 13, (Tết 14–22/02), Mon 23 … Fri 27/02.
    expect(p).toMatchObject({ intakeRuleKey: 'denunciation.intake', dueDate: '2026-02-27' });
    const act = (body: object) => officer.post(`${base}/${p.id}/actions`, body);
    // Checking at several places: + 3 working days → Wed 04/03; only once.
    const intake = await act({ action: 'extend', days: 3, reason: 'Phải xác minh tại nhiều địa điểm' });
    expect(intake.body).toMatchObject({ dueDate: '2026-03-04', intakeDueDate: '2026-03-04' });
    const twice = await act({ action: 'extend', days: 1, reason: 'Lần hai' });
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toContain('tối đa 1 lần');
    // Thursday 12/02 + 30 days = Saturday 14/03 → Monday 16/03.
    const accepted = await act({ action: 'accept', acceptedDate: '2026-02-12' });
    expect(accepted.body).toMatchObject({
      ruleKey: 'denunciation.settle',
      dueDate: '2026-03-16',
      extensions: [],
    });
    const tooLong = await act({ action: 'extend', days: 31, reason: 'Vụ việc phức tạp' });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.fields.days).toContain('không quá 30 ngày');
    // 60 days from 12/02 = Monday 13/04; 90 days = Wednesday 13/05.
    expect((await act({ action: 'extend', days: 30, reason: 'Vụ việc phức tạp' })).body.dueDate).toBe(
      '2026-04-13',
    );
    const second = await act({ action: 'extend', days: 30, reason: 'Vụ việc đặc biệt phức tạp' });
    expect(second.body.dueDate).toBe('2026-05-13');
    expect(second.body.extensions.map((e: { days: number }) => e.days)).toEqual([30, 30]);
    const third = await act({ action: 'extend', days: 5, reason: 'Thêm nữa' });
    expect(third.status).toBe(400);
    expect(third.body.error.message).toContain('tối đa 2 lần');
    const after = await officer.get(`${base}/${p.id}`);
    expect(after.body.dueDate).toBe('2026-05-13');
  });

  it('refuses dates in the future or before receipt with the field named', async () => {
    const future = await officer.post(base, complaint({ receivedDate: '2099-01-01' }));
    expect(future.status).toBe(400);
    expect(future.body.error.fields.receivedDate).toBeTruthy();
    const p = (await officer.post(base, complaint({ receivedDate: '2026-03-02' }))).body;
    const early = await officer.post(`${base}/${p.id}/actions`, {
      action: 'accept',
      acceptedDate: '2026-03-01',
    });
    expect(early.status).toBe(400);
    expect(early.body.error.fields.acceptedDate).toBeTruthy();
    const noName = await officer.post(base, complaint({ submitter: undefined }));
    expect(noName.status).toBe(400);
    expect(noName.body.error.message).toMatch(/submitter/);
    const anonComplaint = await officer.post(base, complaint({ submitter: undefined, anonymous: true }));
    expect(anonComplaint.status).toBe(400);
    expect(anonComplaint.body.error.fields['body.anonymous']).toContain('tố cáo');
  });

  it('transfers with a generated Vietnamese letter and guides the citizen', async () => {
    const p = (
      await officer.post(base, complaint({ subject: 'Tranh chấp hợp đồng mua bán xe máy', topic: 'other' }))
    ).body;
    const res = await officer.post(`${base}/${p.id}/actions`, {
      action: 'transfer',
      transferredTo: 'Tòa án nhân dân khu vực 1',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'transferred',
      withinAuthority: false,
      transferredTo: 'Tòa án nhân dân khu vực 1',
    });
    expect(res.body.letterText).toContain('PHIẾU CHUYỂN ĐƠN');
    expect(res.body.letterText).toContain('Kính gửi: Tòa án nhân dân khu vực 1.');
    expect(res.body.letterText).toContain('Ông/Bà Nguyễn Văn Bình');
    expect(res.body.letterText).toContain(p.code);
    const g = (await officer.post(base, complaint({ subject: 'Đòi nợ tiền vay cá nhân', topic: 'other' })))
      .body;
    const guided = await officer.post(`${base}/${g.id}/actions`, {
      action: 'guide',
      guidedTo: 'Tòa án nhân dân khu vực 1',
    });
    expect(guided.body.status).toBe('guided');
    expect(guided.body.letterText).toContain('Đề nghị Ông/Bà gửi đơn đến Tòa án nhân dân khu vực 1');
  });

  it('finds repeated petitions by the same person and subject, without diacritics', async () => {
    const first = (
      await officer.post(base, complaint({ subject: 'Tranh chấp ranh giới đất với hộ ông Trần Văn Cường' }))
    ).body;
    expect(first.repeatedOf).toBeNull();
    const again = await officer.post(
      base,
      complaint({
        submitter: { name: 'nguyen van binh' },
        subject: 'Don de nghi ve viec tranh chap ranh gioi dat voi ho ong Tran Van Cuong (lan 2)',
        channel: 'forwarded',
        forwardedBy: 'UBND tỉnh',
      }),
    );
    expect(again.status).toBe(201);
    expect(again.body.repeatedOf).toEqual({ id: first.id, code: first.code });
    // Forwarded by a higher level: the citizen went over the commune's head.
    expect(again.body.overLevel).toBe(true);
    const other = await officer.post(
      base,
      complaint({
        submitter: { name: 'Lê Thị Hoa' },
        subject: 'Tranh chấp ranh giới đất với hộ ông Trần Văn Cường',
      }),
    );
    expect(other.body.repeatedOf).toBeNull();
    const listed = await officer.get(`/api/petitions?communeId=${w.communes.a.id}&view=repeated`);
    expect(listed.body.items.map((p: { id: string }) => p.id)).toContain(again.body.id);
    const found = await officer.get(`/api/petitions?communeId=${w.communes.a.id}&q=ranh gioi dat`);
    expect(found.body.total).toBeGreaterThanOrEqual(3);
  });

  it('assigns only by a leader, and only to an official of the commune', async () => {
    const p = (await officer.post(base, complaint())).body;
    const byOfficer = await officer.post(`${base}/${p.id}/actions`, {
      action: 'assign',
      officialId: w.users.officerA.id,
    });
    expect(byOfficer.status).toBe(403);
    const outsider = await leader.post(`${base}/${p.id}/actions`, {
      action: 'assign',
      officialId: w.users.officerB.id,
    });
    expect(outsider.status).toBe(400);
    expect(outsider.body.error.fields.officialId).toBeTruthy();
    const ok = await leader.post(`${base}/${p.id}/actions`, {
      action: 'assign',
      officialId: w.users.officerA.id,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.assignedOfficial.id).toBe(w.users.officerA.id);
    const mine = await officer.get(`/api/petitions?communeId=${w.communes.a.id}&view=mine`);
    expect(mine.body.items.map((x: { id: string }) => x.id)).toContain(p.id);
  });

  it('answers feedback from an editable template, several at once, and publishes', async () => {
    const tpl = await officer.post(`/api/communes/${w.communes.a.id}/petition-templates`, {
      kind: 'feedback',
      topic: 'environment',
      title: 'Thu gom rác',
      body: 'UBND {xa} trả lời kiến nghị {ma_don} ngày {ngay_nhan} về "{noi_dung}": đã bố trí thu gom rác 2 lần/tuần.',
    });
    expect(tpl.status).toBe(201);
    const edited = await officer.request(
      'PUT',
      `/api/communes/${w.communes.a.id}/petition-templates/${tpl.body.id}`,
      {
        ...tpl.body,
        body: `${tpl.body.body} Trân trọng.`,
      },
    );
    expect(edited.status).toBe(200);
    const feedback = (subject: string, name: string) =>
      officer.post(base, {
        kind: 'feedback',
        channel: 'mail',
        submitter: { name },
        subject,
        topic: 'environment',
        content: subject,
      });
    const a = (await feedback('Rác thải tồn đọng ở đầu thôn Một', 'Phạm Văn An')).body;
    const b = (await feedback('Rác thải chưa được thu gom thôn Hai', 'Vũ Thị Lan')).body;
    const notAccepted = await officer.post(`${base}/answers`, { ids: [a.id, b.id], templateId: tpl.body.id });
    expect(notAccepted.status).toBe(409);
    for (const p of [a, b]) await officer.post(`${base}/${p.id}/actions`, { action: 'accept' });
    const both = await officer.post(`${base}/answers`, {
      ids: [a.id, b.id],
      templateId: tpl.body.id,
      publish: true,
    });
    expect(both.status).toBe(200);
    expect(both.body.items).toHaveLength(2);
    for (const [i, p] of [a, b].entries()) {
      expect(both.body.items[i]).toMatchObject({ status: 'answered', answerPublished: true });
      expect(both.body.items[i].answerText).toContain(`kiến nghị ${p.code}`);
      expect(both.body.items[i].answerText).toContain('Trân trọng.');
      expect(both.body.items[i].answerText).toContain(w.communes.a.name);
    }
    const both2 = await officer.post(`${base}/answers`, { ids: [a.id, a.id], text: 'x' });
    expect(both2.status).toBe(400);
    const list = await officer.get(`/api/communes/${w.communes.a.id}/petition-templates?kind=feedback`);
    expect(list.body.items).toHaveLength(1);
  });

  it('lists overdue and due-soon petitions for the home page', async () => {
    const old = (
      await officer.post(base, complaint({ receivedDate: '2026-01-05', subject: 'Việc cũ quá hạn thụ lý' }))
    ).body;
    const res = await officer.get(`${base}/attention?days=7`);
    expect(res.status).toBe(200);
    const overdue = res.body.overdue.find((i: { id: string }) => i.id === old.id);
    expect(overdue).toMatchObject({ code: old.code, dueDate: old.dueDate });
    expect(overdue.daysLeft).toBeLessThan(0);
    const fresh = (await officer.post(base, complaint({ subject: 'Việc mới nhận hôm nay' }))).body;
    const again = await officer.get(`${base}/attention?days=15`);
    expect(again.body.dueSoon.map((i: { id: string }) => i.id)).toContain(fresh.id);
    const listed = await officer.get(`/api/petitions?communeId=${w.communes.a.id}&view=overdue`);
    expect(listed.body.items.every((p: { overdue: boolean }) => p.overdue)).toBe(true);
  });

  it('lists petitions due within five days, and the officials a leader may assign', async () => {
    const fresh = (await officer.post(base, complaint({ subject: 'Việc sắp đến hạn thụ lý' }))).body;
    const soon = await officer.get(`/api/petitions?communeId=${w.communes.a.id}&view=dueSoon`);
    expect(soon.status).toBe(200);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const limit = new Date(Date.parse(today) + 5 * 86_400_000).toISOString().slice(0, 10);
    for (const p of soon.body.items as { dueDate: string; overdue: boolean }[]) {
      expect(p.overdue).toBe(false);
      expect(p.dueDate >= today && p.dueDate <= limit).toBe(true);
    }
    expect(soon.body.items.some((p: { id: string }) => p.id === fresh.id)).toBe(fresh.dueDate <= limit);

    const assignees = await leader.get(`${base}/assignees`);
    expect(assignees.status).toBe(200);
    const ids = assignees.body.items.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([w.users.officerA.id, w.users.leaderA.id]));
    expect(ids).not.toContain(w.users.officerB.id);
    const outside = await (await w.as(w.users.officerB)).get(`${base}/assignees`);
    expect(outside.status).toBe(404);
  });

  it('exports the register as CSV', async () => {
    const res = await officer.request('GET', `${base}/export?from=2021-01-01&to=2030-12-31`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(String(res.body)).toContain('Mã đơn');
    expect(String(res.body)).toContain('Nguyễn Văn Bình');
  });

  it('keeps petitions inside their commune and read-only for the province', async () => {
    const p = (await officer.post(base, complaint())).body;
    const officerB = await w.as(w.users.officerB);
    expect((await officerB.get(`${base}/${p.id}`)).status).toBe(404);
    expect((await officerB.get(`/api/petitions?communeId=${w.communes.a.id}`)).status).toBe(404);
    expect((await officerB.post(base, complaint())).status).toBe(404);
    expect((await officerB.post(`${base}/${p.id}/actions`, { action: 'file', reason: 'x' })).status).toBe(
      404,
    );
    expect((await officerB.get(`${base}/attention`)).status).toBe(404);
    const reviewer = await w.as(w.users.reviewer1);
    expect((await reviewer.get(`${base}/${p.id}`)).status).toBe(200);
    expect((await reviewer.post(base, complaint())).status).toBe(403);
    expect((await reviewer.post(`${base}/${p.id}/actions`, { action: 'file', reason: 'x' })).status).toBe(
      403,
    );
    expect((await (await w.as(w.users.reviewer2)).get(`${base}/${p.id}`)).status).toBe(404);
  });
});
