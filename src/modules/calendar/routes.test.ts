import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoProvinceWorld } from '../../testing/world.ts';

type Day = { date: string; working: boolean; kind: string; name?: string };

describe('calendar and deadline rules over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  beforeAll(async () => {
    w = await twoProvinceWorld();
  });
  afterAll(() => w?.close());

  const dayOf = (body: { days: Day[] }, date: string) => body.days.find((d) => d.date === date);

  it('shows 2026 with the seeded Tết break 14/02–22/02 and Giỗ Tổ made up on Monday 27/04', async () => {
    const officer = await w.as(w.users.officerA);
    const res = await officer.get('/api/calendar/2026');
    expect(res.status).toBe(200);
    expect(res.body.days).toHaveLength(365);
    expect(dayOf(res.body, '2026-02-13')).toMatchObject({ working: true, kind: 'working' });
    for (let d = 14; d <= 22; d++) {
      expect(dayOf(res.body, `2026-02-${d}`), `${d}/02`).toMatchObject({
        working: false,
        name: 'Nghỉ Tết Nguyên đán',
      });
    }
    expect(dayOf(res.body, '2026-02-23')).toMatchObject({ working: true, kind: 'working' });
    // 10/3 lunar falls on Sunday 26/04/2026: the holiday is made up on the next working day.
    expect(dayOf(res.body, '2026-04-26')).toMatchObject({ kind: 'holiday', name: 'Giỗ Tổ Hùng Vương' });
    expect(dayOf(res.body, '2026-04-27')).toMatchObject({
      working: false,
      kind: 'compensatory',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
    });
    expect(res.body.holidays).toContainEqual({ date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' });
    expect(res.body.override).toMatchObject({ year: 2026, replaces: ['tet'] });
    expect(res.body.holidayRules.map((r: { key: string }) => r.key)).toContain('tet');

    // Thursday 12/02 + 3 working days: Friday 13/02, then after the break Monday 23/02, Tuesday 24/02.
    const add = await officer.get('/api/calendar/working-days/add?date=2026-02-12&n=3');
    expect(add).toMatchObject({ status: 200, body: { date: '2026-02-24' } });
  });

  it("an administrator's override for 2027 is shown, audited with before/after and used for counting", async () => {
    const admin = await w.as(w.users.admin);
    const officer = await w.as(w.users.officerA);
    const count = async (date: string, n: number) =>
      (await officer.get(`/api/calendar/working-days/add?date=${date}&n=${n}`)).body.date;

    const before = await officer.get('/api/calendar/2027');
    expect(before.body.override).toBeNull();
    expect(dayOf(before.body, '2027-04-24')).toMatchObject({ working: false, kind: 'weekend' });
    // Friday 23/04 + 1 → Monday 26/04; Wednesday 28/04 + 1 → Thursday 29/04.
    expect(await count('2027-04-23', 1)).toBe('2027-04-26');
    expect(await count('2027-04-28', 1)).toBe('2027-04-29');

    // Thursday 29/04 off to bridge to 30/04, worked on Saturday 24/04 instead.
    const first = {
      daysOff: [{ from: '2027-04-29', name: 'Nghỉ hoán đổi trước lễ 30/4' }],
      workingDays: [{ date: '2027-04-24', name: 'Làm bù cho thứ Năm 29/04/2027' }],
    };
    const put = await admin.request('PUT', '/api/calendar/2027', first);
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(dayOf(put.body, '2027-04-24')).toMatchObject({ working: true, kind: 'makeUpWorkingDay' });
    expect(dayOf(put.body, '2027-04-29')).toMatchObject({ working: false, kind: 'officialDayOff' });

    const shown = await officer.get('/api/calendar/2027');
    expect(shown.body.override).toMatchObject({
      year: 2027,
      daysOff: [{ from: '2027-04-29', name: 'Nghỉ hoán đổi trước lễ 30/4', tag: 'V' }],
      workingDays: [{ date: '2027-04-24', name: 'Làm bù cho thứ Năm 29/04/2027', tag: 'V' }],
    });
    expect(shown.body.makeUpWorkingDays).toEqual([
      { date: '2027-04-24', name: 'Làm bù cho thứ Năm 29/04/2027' },
    ]);
    expect(shown.body.updatedAt).toEqual(expect.any(String));
    // Friday 23/04 + 1 → the make-up Saturday; Wednesday 28/04 + 1 → past 29/04, 30/04, 01/05 and
    // Monday 03/05 (Labour Day falls on a Saturday) to Tuesday 04/05.
    expect(await count('2027-04-23', 1)).toBe('2027-04-24');
    expect(await count('2027-04-28', 1)).toBe('2027-05-04');

    // A second edit: the audit log keeps what it replaced.
    const second = { ...first, daysOff: [{ ...first.daysOff[0], name: 'Nghỉ hoán đổi (sửa)', tag: 'P' }] };
    expect((await admin.request('PUT', '/api/calendar/2027', second)).status).toBe(200);
    const audit = await admin.get('/api/audit?entity=calendar_year');
    expect(audit.status).toBe(200);
    const entries = audit.body.items.filter((i: { entityId: string }) => i.entityId === '2027');
    expect(entries).toHaveLength(2);
    const [update, create] = entries;
    expect(create).toMatchObject({ action: 'create', before: null, after: { year: 2027 } });
    expect(create.actor.username).toBe(w.users.admin.username);
    expect(update).toMatchObject({
      action: 'update',
      before: { daysOff: [{ name: 'Nghỉ hoán đổi trước lễ 30/4' }] },
      after: { daysOff: [{ name: 'Nghỉ hoán đổi (sửa)', tag: 'P' }] },
    });

    // Deleting the override returns the year to the default rules, audited too.
    const del = await admin.request('DELETE', '/api/calendar/2027');
    expect(del.status).toBe(200);
    expect(del.body.override).toBeNull();
    expect(await count('2027-04-23', 1)).toBe('2027-04-26');
    const log = await admin.get('/api/audit?entity=calendar_year&action=delete');
    expect(log.body.items[0]).toMatchObject({ entityId: '2027', before: { year: 2027 }, after: null });
  });

  it('refuses writes from every role but administrator', async () => {
    const body = { daysOff: [], workingDays: [{ date: '2027-01-09', name: 'Làm bù' }] };
    for (const user of [w.users.officerA, w.users.leaderA, w.users.reviewer1]) {
      const c = await w.as(user);
      const put = await c.request('PUT', '/api/calendar/2027', body);
      expect(put.status).toBe(403);
      expect(put.body.error.message).toMatch(/không có quyền/);
      expect((await c.request('DELETE', '/api/calendar/2026')).status).toBe(403);
    }
    const officer = await w.as(w.users.officerA);
    const rule = {
      key: 'complaint.accept',
      effectiveFrom: '2030-01-01',
      name: 'Thử',
      count: 1,
      unit: 'working',
      startEvent: 'receipt',
      source: 'Thử',
      tag: 'U',
    };
    expect((await officer.post('/api/deadline-rules', rule)).status).toBe(403);
    expect((await w.client().get('/api/calendar/2026')).status).toBe(401);
    expect((await officer.get('/api/calendar/2027')).body.override).toBeNull();
  });

  it('answers 400 naming the field for invalid input', async () => {
    const admin = await w.as(w.users.admin);
    const put = (year: number | string, body: unknown) => admin.request('PUT', `/api/calendar/${year}`, body);

    const badDate = await put(2027, { daysOff: [{ from: '2027-02-30', name: 'X' }], workingDays: [] });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.fields['body.daysOff.0.from']).toMatch(/YYYY-MM-DD/);

    const reversed = await put(2027, {
      daysOff: [{ from: '2027-05-03', to: '2027-05-01', name: 'X' }],
      workingDays: [],
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.fields['body.daysOff.0.to']).toMatch(/sau ngày bắt đầu/);

    const otherYear = await put(2027, { daysOff: [], workingDays: [{ date: '2026-12-26', name: 'Làm bù' }] });
    expect(otherYear.status).toBe(400);
    expect(otherYear.body.error.fields['workingDays.0.date']).toBe('Ngày phải thuộc năm 2027');
    expect(otherYear.body.error.message).toMatch(/workingDays\.0\.date/);

    const clash = await put(2027, {
      daysOff: [{ from: '2027-04-29', to: '2027-05-02', name: 'Nghỉ' }],
      workingDays: [{ date: '2027-05-01', name: 'Làm bù' }],
    });
    expect(clash.status).toBe(400);
    expect(clash.body.error.fields['workingDays.0.date']).toMatch(/nằm trong đợt nghỉ/);

    const missing = await put(2027, { daysOff: [] });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.error.fields)).toContain('body.workingDays');

    expect((await put(1800, { daysOff: [], workingDays: [] })).body.error.fields).toHaveProperty(
      'params.year',
    );
    const add = await admin.get('/api/calendar/working-days/add?date=2026-13-01&n=-2');
    expect(add.status).toBe(400);
    expect(add.body.error.fields).toHaveProperty('querystring.date');
    expect(add.body.error.fields).toHaveProperty('querystring.n');
    const edge = await admin.get('/api/calendar/working-days/add?date=2100-12-30&n=10');
    expect(edge.status).toBe(400);
    expect(edge.body.error.message).toMatch(/phạm vi lịch/);

    const due = await admin.get(
      '/api/deadline-rules/complaint.accept/due-date?start=2026-02-10&variant=complex',
    );
    expect(due.status).toBe(400);
    expect(due.body.error.fields).toHaveProperty('variant');
    expect((await admin.get('/api/deadline-rules/khong.co/due-date?start=2026-02-10')).status).toBe(404);
  });

  it('lists rule versions with their verification label; a later version leaves earlier due dates alone', async () => {
    const officer = await w.as(w.users.officerA);
    const admin = await w.as(w.users.admin);
    const list = await officer.get('/api/deadline-rules');
    expect(list.status).toBe(200);
    const byKey = (items: any[], key: string) => items.filter((r) => r.key === key);
    expect(byKey(list.body.items, 'denunciation.intake')[0]).toMatchObject({
      tag: 'U',
      tagLabel: 'chưa xác minh',
    });
    expect(byKey(list.body.items, 'complaint.accept')).toEqual([
      expect.objectContaining({ count: 10, unit: 'calendar', tagLabel: 'đã xác minh', inForce: true }),
    ]);

    const due = async (start: string) =>
      (await officer.get(`/api/deadline-rules/complaint.accept/due-date?start=${start}`)).body;
    // 10/02/2026 + 10 days = Friday 20/02, inside the Tết break: it ends on Monday 23/02 (Civil Code art. 148).
    expect((await due('2026-02-10')).dueDate).toBe('2026-02-23');
    // 02/07/2026 + 10 days = Sunday 12/07 → Monday 13/07.
    expect((await due('2026-07-02')).dueDate).toBe('2026-07-13');

    const version = {
      key: 'complaint.accept',
      effectiveFrom: '2026-07-01',
      name: 'Thời hạn thụ lý giải quyết khiếu nại',
      count: 5,
      unit: 'working',
      startEvent: 'receipt',
      source: 'Văn bản thử nghiệm',
      tag: 'P',
    };
    const added = await admin.post('/api/deadline-rules', version);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({ ...version, tagLabel: 'xác minh một phần' });
    expect((await admin.post('/api/deadline-rules', version)).status).toBe(409);

    // Started before 01/07/2026: still the 10-day version.
    const early = await due('2026-02-10');
    expect(early.dueDate).toBe('2026-02-23');
    expect(early.rule).toMatchObject({ effectiveFrom: '2012-07-01', count: 10 });
    // Started after: Thursday 02/07 + 5 working days = Thursday 09/07.
    const late = await due('2026-07-02');
    expect(late.dueDate).toBe('2026-07-09');
    expect(late.rule).toMatchObject({ effectiveFrom: '2026-07-01', count: 5, unit: 'working' });
    // asOf picks the version explicitly.
    const asOf = await officer.get(
      '/api/deadline-rules/complaint.accept/due-date?start=2026-07-02&asOf=2026-06-30',
    );
    expect(asOf.body.dueDate).toBe('2026-07-13');

    const versions = byKey((await officer.get('/api/deadline-rules')).body.items, 'complaint.accept');
    expect(versions.map((v: { effectiveFrom: string }) => v.effectiveFrom)).toEqual([
      '2012-07-01',
      '2026-07-01',
    ]);

    const audit = await admin.get('/api/audit?entity=deadline_rule');
    expect(audit.body.items[0]).toMatchObject({
      entityId: 'complaint.accept@2026-07-01',
      action: 'create',
      after: { count: 5 },
    });

    const bad = await admin.post('/api/deadline-rules', {
      ...version,
      unit: 'tuần',
      effectiveFrom: '2026-02-30',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('body.unit');
    expect(bad.body.error.fields).toHaveProperty('body.effectiveFrom');
  });
});
