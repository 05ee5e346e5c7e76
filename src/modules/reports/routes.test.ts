import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../testing/http.ts';
import { twoProvinceWorld } from '../../testing/world.ts';
import type { Paragraph, ReportDraft, Section } from './model.ts';

const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));
const period = `${year}-H${today.slice(5, 7) <= '06' ? 1 : 2}`;

const paragraphs = (sections: readonly Section[]): Paragraph[] =>
  sections.flatMap((s) => [...s.paragraphs, ...paragraphs(s.children)]);
const find = (content: ReportDraft, id: string) => {
  const p = paragraphs(content.sections).find((x) => x.id === id);
  if (!p) throw new Error(`no paragraph ${id}`);
  return p;
};
const revisionOf = (report: { sections: { sectionId: string; revision: number }[] }, sectionId: string) =>
  report.sections.find((s) => s.sectionId === sectionId)?.revision ?? -1;

/** Bytes of a download (the test client reads answers as text). */
async function download(w: { url: string }, client: Client, url: string) {
  const res = await fetch(w.url + url, {
    headers: { cookie: (client as unknown as { cookie: string }).cookie },
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

describe('report composer over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  let officer: Client;
  let leader: Client;
  let procedureId: string;
  const base = () => `/api/communes/${w.communes.a.id}/reports`;

  const receive = () =>
    officer.post(`/api/communes/${w.communes.a.id}/dossiers`, {
      procedureId,
      channel: 'direct',
      applicantName: 'Trần Văn Bình',
    });

  beforeAll(async () => {
    w = await twoProvinceWorld();
    officer = await w.as(w.users.officerA);
    leader = await w.as(w.users.leaderA);
    const proc = await officer.post(`/api/communes/${w.communes.a.id}/procedures`, {
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      sector: 'Hộ tịch',
      processingDays: 3,
    });
    procedureId = proc.body.id;
    for (let i = 0; i < 3; i++) expect((await receive()).status).toBe(201);
    const plan = await officer.post(`/api/communes/${w.communes.a.id}/documents`, {
      type: 'KH',
      date: today,
      summary: 'Thực hiện công tác dân vận chính quyền',
      signer: 'Nguyễn Văn Hùng',
    });
    expect(plan.status).toBe(201);
  });
  afterAll(() => w?.close());

  let draftId: string;

  it('composes and stores a draft from the data and the register, once per period', async () => {
    const res = await officer.post(base(), { genre: 'dan-van', period });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    draftId = res.body.id;
    expect(res.body).toMatchObject({ status: 'draft', version: 1, reference: null, genre: 'dan-van' });
    expect(res.body.actions).toEqual(['edit', 'regenerate', 'check', 'finalise', 'delete', 'download']);
    expect(find(res.body.content, 'reform.dossiers').text).toMatch(/^Trong kỳ, tiếp nhận 3 hồ sơ/);
    expect(find(res.body.content, 'direction.documents').text).toMatch(
      /Kế hoạch số 01\/KH-UBND ngày \d\d\/\d\d\/\d{4} về thực hiện công tác dân vận chính quyền/,
    );
    expect(revisionOf(res.body, 'reform')).toBe(0);
    expect(revisionOf(res.body, 'header')).toBe(0);
    const again = await leader.post(base(), { genre: 'dan-van', period });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/Đã có dự thảo/);
    const bad = await officer.post(base(), { genre: 'dan-van', period: '2025-H3' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields['body.period']).toBeTruthy();
    const long = await officer.post(base(), { genre: 'so-ket', period: '2000..2020' });
    expect(long.status).toBe(400);
    expect(long.body.error.message).toBe('Kỳ báo cáo dài tối đa 10 năm.');
    const list = await officer.get(`${base()}?genre=dan-van&period=${period}`);
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([draftId]);
  });

  it('keeps reports inside their commune, read-only for the province', async () => {
    const reviewer = await w.as(w.users.reviewer1);
    const read = await reviewer.get(`${base()}/${draftId}`);
    expect(read.status).toBe(200);
    expect(read.body.actions).toEqual(['check', 'download']);
    expect((await reviewer.post(base(), { genre: 'cchc', period })).status).toBe(403);
    expect(
      (await reviewer.request('PATCH', `${base()}/${draftId}/paragraphs/tasks.1`, { revision: 0, text: 'x' }))
        .status,
    ).toBe(403);
    expect((await reviewer.request('DELETE', `${base()}/${draftId}`)).status).toBe(403);
    const officerB = await w.as(w.users.officerB);
    expect((await officerB.get(`${base()}/${draftId}`)).status).toBe(404);
    expect((await officerB.post(base(), { genre: 'cchc', period })).status).toBe(404);
    expect((await (await w.as(w.users.reviewer2)).get(`${base()}/${draftId}`)).status).toBe(404);
  });

  it('autosaves paragraphs; two officials edit two sections, a stale save of one section is refused', async () => {
    const first = await officer.request('PATCH', `${base()}/${draftId}/paragraphs/strengths.1`, {
      revision: 0,
      text: 'Công tác dân vận chính quyền được quan tâm.',
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ sectionId: 'strengths', revision: 1 });
    // The same text again (an autosave firing twice) changes nothing.
    const twice = await officer.request('PATCH', `${base()}/${draftId}/paragraphs/strengths.1`, {
      revision: 1,
      text: 'Công tác dân vận chính quyền được quan tâm.',
    });
    expect(twice.body.revision).toBe(1);
    // The leader, meanwhile, writes another section from revision 0: no conflict.
    const other = await leader.request('PATCH', `${base()}/${draftId}/paragraphs/tasks.1`, {
      revision: 0,
      text: 'Tiếp tục đẩy mạnh cải cách hành chính.',
    });
    expect(other.status).toBe(200);
    // …but the leader's copy of "Ưu điểm" is the old one.
    const stale = await leader.request('PATCH', `${base()}/${draftId}/paragraphs/strengths.1`, {
      revision: 0,
      text: 'Bản của lãnh đạo.',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/Mục «1\. Ưu điểm» vừa được sửa bởi Người Thử lúc/);
    const report = (await officer.get(`${base()}/${draftId}`)).body;
    expect(find(report.content, 'strengths.1').text).toBe('Công tác dân vận chính quyền được quan tâm.');
    expect(find(report.content, 'tasks.1').text).toBe('Tiếp tục đẩy mạnh cải cách hành chính.');
    expect(report.sections.find((s: { sectionId: string }) => s.sectionId === 'tasks')).toMatchObject({
      revision: 1,
      updatedBy: 'Người Thử',
    });
    const missing = await officer.request('PATCH', `${base()}/${draftId}/paragraphs/khong.co`, {
      revision: 0,
      text: 'x',
    });
    expect(missing.status).toBe(404);
  });

  it('saves concurrent edits of different sections without losing either, and only one of the same', async () => {
    const created = await officer.post(base(), { genre: 'so-ket', period: `${year - 4}..${year}` });
    expect(created.status).toBe(201);
    const url = (p: string) => `${base()}/${created.body.id}/paragraphs/${p}`;
    const different = await Promise.all([
      officer.request('PATCH', url('strengths.1'), { revision: 0, text: 'Ưu điểm A.' }),
      leader.request('PATCH', url('recommendations.1'), { revision: 0, text: 'Kiến nghị B.' }),
      officer.request('PATCH', url('tasks.1'), { revision: 0, text: 'Nhiệm vụ C.' }),
    ]);
    expect(different.map((r) => r.status)).toEqual([200, 200, 200]);
    const same = await Promise.all([
      officer.request('PATCH', url('shortcomings.1'), { revision: 0, text: 'Bản của cán bộ.' }),
      leader.request('PATCH', url('shortcomings.1'), { revision: 0, text: 'Bản của lãnh đạo.' }),
    ]);
    expect(same.map((r) => r.status).sort()).toEqual([200, 409]);
    const content = (await officer.get(`${base()}/${created.body.id}`)).body.content;
    expect(find(content, 'strengths.1').text).toBe('Ưu điểm A.');
    expect(find(content, 'recommendations.1').text).toBe('Kiến nghị B.');
    expect(find(content, 'tasks.1').text).toBe('Nhiệm vụ C.');
    const winner = same.find((r) => r.status === 200)?.body.paragraphs[0].text;
    expect(find(content, 'shortcomings.1').text).toBe(winner);
  });

  it('adds, keeps and removes paragraphs of a section, naming a wrong paragraph', async () => {
    const url = `${base()}/${draftId}/sections/shortcomings`;
    const wrong = await officer.request('PUT', url, {
      revision: 0,
      paragraphs: [{ id: 'tasks.1', text: 'x' }],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields['paragraphs.0.id']).toBeTruthy();
    const saved = await officer.request('PUT', url, {
      revision: 0,
      paragraphs: [
        { id: 'shortcomings.1', text: 'Một số hồ sơ còn chậm.' },
        { text: 'Nguyên nhân: thiếu cán bộ.' },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.revision).toBe(1);
    expect(saved.body.paragraphs.map((p: Paragraph) => p.text)).toEqual([
      'Một số hồ sơ còn chậm.',
      'Nguyên nhân: thiếu cán bộ.',
    ]);
    expect(saved.body.paragraphs[1].id).toMatch(/^shortcomings\.[0-9a-f]{6}$/);
  });

  it('edits the header with its own revision', async () => {
    const res = await leader.request('PATCH', `${base()}/${draftId}`, {
      revision: 0,
      recipients: ['UBND tỉnh', 'Sở Nội vụ', 'Lưu: VT'],
    });
    expect(res.status).toBe(200);
    expect(res.body.content.recipients).toEqual(['UBND tỉnh', 'Sở Nội vụ', 'Lưu: VT']);
    expect(revisionOf(res.body, 'header')).toBe(1);
    expect((await officer.request('PATCH', `${base()}/${draftId}`, { revision: 0, place: 'X' })).status).toBe(
      409,
    );
  });

  it('refuses to issue a draft whose typed total disagrees with its parts, pointing to the paragraph', async () => {
    const report = (await officer.get(`${base()}/${draftId}`)).body;
    const p = find(report.content, 'reform.dossiers');
    const edited = await officer.request('PATCH', `${base()}/${draftId}/paragraphs/reform.dossiers`, {
      revision: revisionOf(report, 'reform'),
      text: p.text.replace('tiếp nhận 3 hồ sơ', 'tiếp nhận 5 hồ sơ'),
    });
    expect(edited.status).toBe(200);
    const checks = await officer.get(`${base()}/${draftId}/checks`);
    expect(checks.status).toBe(200);
    expect(checks.body.errors).toBeGreaterThan(0);
    const refused = await officer.post(`${base()}/${draftId}/finalise`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/Chưa thể ban hành báo cáo/);
    const sum = refused.body.error.checks.find((c: { check: string }) => c.check === 'sum');
    expect(sum).toMatchObject({ paragraphId: 'reform.dossiers', sectionId: 'reform', severity: 'error' });
    expect(refused.body.error.checks.every((c: { severity: string }) => c.severity === 'error')).toBe(true);
    // Nothing was numbered: the register still has only the plan.
    const docs = await officer.get(`/api/communes/${w.communes.a.id}/documents?type=BC`);
    expect(docs.body.total).toBe(0);
    // Put the figure back.
    await officer.request('PATCH', `${base()}/${draftId}/paragraphs/reform.dossiers`, {
      revision: edited.body.revision,
      text: p.text,
    });
  });

  let issued: { reference: string; content: ReportDraft; documentId: string };

  it('issues the report with a number from the register and freezes it', async () => {
    const report = (await officer.get(`${base()}/${draftId}`)).body;
    expect(find(report.content, 'shortcomings.1').text).toBeTruthy();
    const checks = (await officer.get(`${base()}/${draftId}/checks`)).body;
    expect(checks.errors, JSON.stringify(checks.items)).toBe(0);
    const res = await leader.post(`${base()}/${draftId}/finalise`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'final', version: 1 });
    expect(res.body.reference).toMatch(/^\d{2}\/BC-UBND$/);
    expect(res.body.content.reference).toBe(res.body.reference);
    expect(res.body.content.date).toBe(today);
    expect(res.body.actions).toEqual(['check', 'newVersion', 'download']);
    issued = res.body;
    const doc = await officer.get(`/api/communes/${w.communes.a.id}/documents/${res.body.documentId}`);
    expect(doc.body).toMatchObject({ type: 'BC', reference: res.body.reference });
    expect(doc.body.links).toContainEqual(expect.objectContaining({ entity: 'report', entityId: draftId }));
    // Frozen: no edit, no regeneration, no deletion, no second number.
    expect(
      (await officer.request('PATCH', `${base()}/${draftId}/paragraphs/tasks.1`, { revision: 1, text: 'x' }))
        .status,
    ).toBe(409);
    expect((await officer.post(`${base()}/${draftId}/regenerate`, {})).status).toBe(409);
    expect((await officer.request('DELETE', `${base()}/${draftId}`)).status).toBe(409);
    expect((await officer.post(`${base()}/${draftId}/finalise`, {})).status).toBe(409);
  });

  it('leaves an issued report unchanged when the data changes, while a new version picks the change up', async () => {
    expect((await receive()).status).toBe(201);
    const after = (await officer.get(`${base()}/${draftId}`)).body;
    expect(after.content).toEqual(issued.content);
    expect(find(after.content, 'reform.dossiers').text).toMatch(/tiếp nhận 3 hồ sơ/);
    const docx = await download(w, officer, `${base()}/${draftId}/docx`);
    const { value: text } = await mammoth.extractRawText({ buffer: docx.bytes });
    expect(text).toContain(`Số: ${issued.reference}`);
    expect(text).toContain('tiếp nhận 3 hồ sơ');
    // An issued report is not compared with later data.
    const frozenChecks = (await officer.get(`${base()}/${draftId}/checks`)).body;
    expect(frozenChecks.items.filter((c: { check: string }) => c.check === 'figure.stale')).toEqual([]);

    const v2 = await officer.post(`${base()}/${draftId}/versions`);
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ status: 'draft', version: 2, reference: null });
    expect(find(v2.body.content, 'tasks.1').text).toBe('Tiếp tục đẩy mạnh cải cách hành chính.');
    const stale = (await officer.get(`${base()}/${v2.body.id}/checks`)).body;
    expect(stale.items).toContainEqual(
      expect.objectContaining({ check: 'figure.stale', severity: 'warning' }),
    );
    const regenerated = await officer.post(`${base()}/${v2.body.id}/regenerate`, {});
    expect(regenerated.status).toBe(200);
    expect(find(regenerated.body.content, 'reform.dossiers').text).toMatch(/tiếp nhận 4 hồ sơ/);
    expect(find(regenerated.body.content, 'tasks.1').text).toBe('Tiếp tục đẩy mạnh cải cách hành chính.');
    expect(regenerated.body.changedSections).toContain('reform');
    expect(revisionOf(regenerated.body, 'reform')).toBeGreaterThan(revisionOf(v2.body, 'reform'));
    const second = await leader.post(`${base()}/${v2.body.id}/finalise`);
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect(second.body.reference).not.toBe(issued.reference);
    expect(Number(second.body.reference.split('/')[0])).toBe(Number(issued.reference.split('/')[0]) + 1);
    // The first issue still says what it said.
    expect((await officer.get(`${base()}/${draftId}`)).body.content).toEqual(issued.content);
  });

  it("pre-fills the next period's judgement sections from the latest issued report", async () => {
    const next = await officer.post(base(), { genre: 'dan-van', period: `${year + 1}-H1` });
    expect(next.status).toBe(201);
    expect(find(next.body.content, 'tasks.1').text).toBe('Tiếp tục đẩy mạnh cải cách hành chính.');
    expect(find(next.body.content, 'strengths.1').text).toBe('Công tác dân vận chính quyền được quan tâm.');
    // The year's report starts from its half-year's, which ends no later than the year.
    const annual = await officer.post(base(), { genre: 'dan-van', period: `${year}` });
    expect(annual.status).toBe(201);
    expect(find(annual.body.content, 'tasks.1').text).toBe('Tiếp tục đẩy mạnh cải cách hành chính.');
    // Another genre starts empty.
    const cchc = await officer.post(base(), { genre: 'cchc', from: `${year}-01-01`, to: today });
    expect(cchc.status).toBe(201);
    expect(find(cchc.body.content, 'tasks.1').text).toBe('');
    expect(cchc.body.period.key).toBe(`${year}-01-01..${today}`);
    // A draft is deleted (and can be created again); its text stays in the audit log.
    expect((await officer.request('DELETE', `${base()}/${next.body.id}`)).status).toBe(204);
    expect((await officer.get(`${base()}/${next.body.id}`)).status).toBe(404);
    const log = await leader.get(`/api/audit?entity=report`);
    const actions = log.body.items
      .filter((i: { entityId: string }) => i.entityId === next.body.id)
      .map((i: { action: string }) => i.action);
    expect(actions.sort()).toEqual(['create', 'delete']);
  });

  it('keeps an edited generated paragraph on regeneration, and overwrites it when asked', async () => {
    const list = (await officer.get(`${base()}?genre=cchc`)).body.items;
    const id = list[0].id;
    const report = (await officer.get(`${base()}/${id}`)).body;
    const p = find(report.content, 'reform.dossiers');
    await officer.request('PATCH', `${base()}/${id}/paragraphs/reform.dossiers`, {
      revision: revisionOf(report, 'reform'),
      text: `${p.text} Bộ phận Một cửa làm việc cả thứ Bảy.`,
    });
    const kept = await officer.post(`${base()}/${id}/regenerate`, {});
    expect(kept.body.keptEdited).toEqual(['reform.dossiers']);
    expect(find(kept.body.content, 'reform.dossiers').text).toMatch(/thứ Bảy/);
    const overwritten = await officer.post(`${base()}/${id}/regenerate`, { overwrite: ['reform.dossiers'] });
    expect(overwritten.body.keptEdited).toEqual([]);
    expect(find(overwritten.body.content, 'reform.dossiers').text).not.toMatch(/thứ Bảy/);
  });

  it('downloads any version as DOCX and previews it as an A4 page, for the province too', async () => {
    const reviewer = await w.as(w.users.reviewer1);
    const docx = await download(w, reviewer, `${base()}/${draftId}/docx`);
    expect(docx.status).toBe(200);
    expect(docx.type).toMatch(/wordprocessingml/);
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
    const preview = await reviewer.get(`${base()}/${draftId}/preview`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toMatch(/text\/html/);
    expect(preview.body).toContain('@page { size: A4;');
    // The page's own styles are allowed by the server's content security policy.
    expect(preview.headers.get('content-security-policy')).toMatch(/style-src[^;]*'unsafe-inline'/);
    expect(preview.body).toContain('Times New Roman');
    expect(preview.body).toContain(`Số: ${issued.reference}`);
    expect(preview.body).toContain('Nơi nhận:');
    expect(preview.body).toContain(find(issued.content, 'reform.dossiers').text);
    expect(preview.body).not.toContain('DỰ THẢO');
    expect((await (await w.as(w.users.officerB)).get(`${base()}/${draftId}/preview`)).status).toBe(404);
  });
});
