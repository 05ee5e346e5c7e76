import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../testing/http.ts';
import { twoProvinceWorld } from '../../testing/world.ts';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);

describe('friendly-government letters over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  let officer: Client;
  const procedures: Record<string, string> = {};
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  beforeAll(async () => {
    w = await twoProvinceWorld();
    officer = await w.as(w.users.officerA);
    for (const [code, name, event] of [
      ['1.001193', 'Đăng ký khai sinh', 'birth'],
      ['1.000894', 'Đăng ký kết hôn', 'marriage'],
      ['1.000656', 'Đăng ký khai tử', 'death'],
      ['2.000908', 'Chứng thực bản sao từ bản chính', null],
    ] as const) {
      const res = await officer.post(`/api/communes/${w.communes.a.id}/procedures`, {
        code,
        name,
        sector: 'Hộ tịch',
        processingDays: 1,
        civilStatusEvent: event,
      });
      procedures[event ?? 'none'] = res.body.id;
    }
  });
  afterAll(() => w?.close());
  const a = () => `/api/communes/${w.communes.a.id}`;

  const returned = async (event: string, applicantName: string, names?: object) => {
    const d = (
      await officer.post(`${a()}/dossiers`, {
        procedureId: procedures[event],
        channel: 'direct',
        applicantName,
      })
    ).body;
    if (names)
      expect((await officer.request('PUT', `${a()}/dossiers/${d.id}/subject-names`, names)).status).toBe(200);
    expect((await officer.post(`${a()}/dossiers/${d.id}/actions`, { action: 'return' })).status).toBe(200);
    return d;
  };

  it('proposes a congratulation letter with the child and parents named, prints it as DOCX and counts it once sent', async () => {
    const birth = await returned('birth', 'Lê Văn Tâm', {
      child: 'Lê Minh Khang',
      father: 'Lê Văn Tâm',
      mother: 'Phạm Thị Hoa',
    });
    await returned('none', 'Ngô Văn Bảy');
    // Returning the birth registration proposed its letter; proposing again finds nothing to do.
    const proposed = await officer.post(`${a()}/letters/propose`);
    expect(proposed.status).toBe(200);
    expect(proposed.body.created).toBe(0);
    const listed = (await officer.get(`${a()}/letters?dossierId=${birth.id}`)).body.items;
    expect(listed).toHaveLength(1);
    expect((await officer.get(`${a()}/letters`)).body.items).toHaveLength(1);
    const letter = listed[0];
    expect(letter).toMatchObject({
      dossierId: birth.id,
      kind: 'newborn',
      status: 'draft',
      recipient: 'Ông Lê Văn Tâm và Bà Phạm Thị Hoa',
      complete: true,
      letterDate: today,
    });
    expect(letter.body).toContain('cháu Lê Minh Khang chào đời');
    expect(letter.body).toContain('Ủy ban nhân dân xã An');

    const edited = await officer.request('PATCH', `${a()}/letters/${letter.id}`, {
      signerName: 'Nguyễn Văn Hùng',
      paper: 'A5',
    });
    expect(edited.body.signerName).toBe('Nguyễn Văn Hùng');

    const res = await fetch(`${w.url}${a()}/letters/${letter.id}/docx`, {
      headers: { cookie: (officer as any).cookie },
    });
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    for (const expected of [
      'ỦY BAN NHÂN DÂN',
      'XÃ AN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'An, ngày',
      'THƯ CHÚC MỪNG',
      'Ông Lê Văn Tâm và Bà Phạm Thị Hoa',
      'Lê Minh Khang',
      'CHỦ TỊCH',
      'Nguyễn Văn Hùng',
    ]) {
      expect(text).toContain(expected);
    }
    if (soffice) {
      const dir = await mkdtemp(path.join(tmpdir(), 'danvan-letter-'));
      try {
        const file = path.join(dir, 'thu.docx');
        await writeFile(file, bytes);
        execFileSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
          timeout: 120_000,
          env: { ...process.env, HOME: dir },
        });
        const pdf = path.join(dir, 'thu.pdf');
        expect(existsSync(pdf)).toBe(true);
        const info = execFileSync('pdfinfo', [pdf]).toString();
        expect(info).toMatch(/Page size:\s+(419|420)(\.\d+)? x 595(\.\d+)? pts/); // A5
        expect(info).toMatch(/Pages:\s+1\n/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }

    const sent = await officer.post(`${a()}/letters/${letter.id}/actions`, { action: 'markSent' });
    expect(sent.body).toMatchObject({ status: 'sent', sentDate: today, actions: [] });
    expect((await officer.request('PATCH', `${a()}/letters/${letter.id}`, { body: 'x' })).status).toBe(409);
    const stats = await officer.get(`/api/stats?communeId=${w.communes.a.id}&from=${today}&to=${today}`);
    expect(stats.body.indicators).toMatchObject({
      'letters.newborn': 1,
      'letters.marriage': 0,
      'letters.condolence': 0,
      'letters.total': 1,
    });
  });

  it('leaves a gap for a missing name and refuses to send until it is filled; templates are editable', async () => {
    const leader = await w.as(w.users.leaderA);
    const tpl = await leader.request('PUT', `${a()}/letter-templates/condolence`, {
      title: 'Thư chia buồn',
      recipient: 'Gia đình {family}',
      body: 'Vô cùng thương tiếc báo tin {deceased} từ trần. UBND {commune} xin chia buồn cùng gia đình.',
      paper: 'A4',
    });
    expect(tpl.body).toMatchObject({ isDefault: false, paper: 'A4' });
    await returned('death', 'Trần Văn Hải', { deceased: 'cụ Trần Văn Lộc', family: 'ông Trần Văn Hải' });
    await returned('marriage', 'Đỗ Văn Nam');
    const proposed = (await officer.get(`${a()}/letters?status=draft`)).body.items;
    const condolence = proposed.find((l: any) => l.kind === 'condolence');
    expect(condolence).toMatchObject({ recipient: 'Gia đình ông Trần Văn Hải', paper: 'A4', complete: true });
    expect(condolence.body).toContain('cụ Trần Văn Lộc từ trần');
    const marriage = proposed.find((l: any) => l.kind === 'marriage');
    expect(marriage.complete).toBe(false);
    expect(marriage.recipient).toBe('Anh …… và Chị ……');
    expect((await officer.post(`${a()}/letters/${marriage.id}/actions`, { action: 'markSent' })).status).toBe(
      400,
    );
    const fixed = await officer.request('PATCH', `${a()}/letters/${marriage.id}`, {
      recipient: 'Anh Đỗ Văn Nam và Chị Vũ Thị Lan',
    });
    expect(fixed.body.complete).toBe(true);
    // Names recorded after the proposal: the draft is written again from the template with them.
    const refilled = await officer.post(`${a()}/letters/${marriage.id}/actions`, {
      action: 'refill',
      names: { husband: 'Đỗ Văn Nam', wife: 'Vũ Thị Lan' },
    });
    expect(refilled.status).toBe(200);
    expect(refilled.body).toMatchObject({
      status: 'draft',
      recipient: 'Anh Đỗ Văn Nam và Chị Vũ Thị Lan',
      complete: true,
      subjectNames: { husband: 'Đỗ Văn Nam', wife: 'Vũ Thị Lan' },
    });
    expect(refilled.body.body).toContain('đăng ký kết hôn');
    const list = await officer.get(`${a()}/letters?status=draft`);
    expect(list.body.items.map((l: any) => l.kind).sort()).toEqual(['condolence', 'marriage']);
  });

  it('takes the names at the desk when the dossier is received, and only for a civil-status procedure', async () => {
    const received = await officer.post(`${a()}/dossiers`, {
      procedureId: procedures.birth,
      channel: 'direct',
      applicantName: 'Hà Văn Sơn',
      subjectNames: { child: 'Hà Gia Bảo', father: 'Hà Văn Sơn', mother: 'Lý Thị Mai' },
    });
    expect(received.status).toBe(201);
    expect(received.body).toMatchObject({
      civilStatusEvent: 'birth',
      subjectNames: { child: 'Hà Gia Bảo', father: 'Hà Văn Sơn', mother: 'Lý Thị Mai' },
    });
    await officer.post(`${a()}/dossiers/${received.body.id}/actions`, { action: 'return' });
    const [letter] = (await officer.get(`${a()}/letters?dossierId=${received.body.id}`)).body.items;
    expect(letter).toMatchObject({ recipient: 'Ông Hà Văn Sơn và Bà Lý Thị Mai', complete: true });
    expect(letter.body).toContain('cháu Hà Gia Bảo');

    const plain = await officer.post(`${a()}/dossiers`, {
      procedureId: procedures.none,
      channel: 'direct',
      applicantName: 'Ngô Văn Bảy',
      subjectNames: { child: 'Ngô Minh' },
    });
    expect(plain.status).toBe(400);
    expect(plain.body.error.fields.subjectNames).toBeTruthy();
    const none = await officer.post(`${a()}/dossiers`, {
      procedureId: procedures.none,
      channel: 'direct',
      applicantName: 'Ngô Văn Bảy',
    });
    expect(none.body).toMatchObject({ civilStatusEvent: null, subjectNames: null });
  });

  it('keeps letters inside their commune and read-only for the province', async () => {
    const officerB = await w.as(w.users.officerB);
    expect((await officerB.post(`${a()}/letters/propose`)).status).toBe(404);
    expect((await officerB.get(`${a()}/letters`)).status).toBe(404);
    const reviewer = await w.as(w.users.reviewer1);
    expect((await reviewer.get(`${a()}/letters`)).status).toBe(200);
    expect((await reviewer.post(`${a()}/letters/propose`)).status).toBe(403);
  });
});
