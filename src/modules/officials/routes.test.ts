import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoProvinceWorld } from '../../testing/world.ts';

describe('officials, inspections and supervision over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  beforeAll(async () => {
    w = await twoProvinceWorld();
  });
  afterAll(() => w?.close());
  const a = () => `/api/communes/${w.communes.a.id}`;

  it('keeps the roster with yearly ratings and training, and shows the staff table with percentages', async () => {
    const officer = await w.as(w.users.officerA);
    const add = (o: object) =>
      officer.post(`${a()}/officials`, {
        category: 'civilServant',
        position: 'Công chức Văn phòng – thống kê',
        degree: 'university',
        politicalTheory: 'intermediate',
        stateManagement: 'specialist',
        ...o,
      });
    const chair = await add({
      fullName: 'Nguyễn Văn Hùng',
      category: 'cadre',
      position: 'Chủ tịch UBND xã',
      degree: 'postgraduate',
    });
    expect(chair.status).toBe(201);
    const b = await add({ fullName: 'Lê Thị Mai' });
    await add({ fullName: 'Phạm Minh Tuấn', degree: 'college' });
    await add({ fullName: 'Người Đã Nghỉ', joinedOn: '2015-01-01', leftOn: '2020-06-30' });
    for (const [id, rating] of [
      [chair.body.id, 'excellent'],
      [b.body.id, 'good'],
    ]) {
      expect((await officer.request('PUT', `${a()}/officials/${id}/ratings`, { year, rating })).status).toBe(
        200,
      );
    }
    const trained = await officer.post(`${a()}/officials/${b.body.id}/trainings`, {
      title: 'Bồi dưỡng kỹ năng dân vận',
      provider: 'Trường Chính trị tỉnh',
      startsOn: `${year}-03-01`,
      endsOn: `${year}-03-05`,
    });
    expect(trained.body.trainings).toHaveLength(1);

    const table = await officer.get(`${a()}/staff-table?year=${year}`);
    expect(table.body.total).toBe(3);
    const degree = Object.fromEntries(table.body.byDegree.map((r: any) => [r.key, r]));
    expect(degree.university).toMatchObject({ count: 1, percent: '33,3%' });
    expect(degree.postgraduate.count + degree.university.count + degree.college.count).toBe(3);
    const rating = Object.fromEntries(table.body.byRating.map((r: any) => [r.key, r.count]));
    expect(rating).toEqual({ excellent: 1, good: 1, satisfactory: 0, unsatisfactory: 0, notRated: 1 });

    const s = (await officer.get(`/api/stats?communeId=${w.communes.a.id}&from=${year}-01-01&to=${today}`))
      .body.indicators;
    expect(s['staff.total']).toBe(3);
    const sum = (prefix: string) =>
      Object.entries(s)
        .filter(([k]) => k.startsWith(prefix))
        .reduce((n, [, v]) => n + (v as number), 0);
    expect(sum('staff.byDegree.')).toBe(3);
    expect(sum('staff.rating.')).toBe(3);
    expect(s['staff.rating.excellent']).toBe(1);
    expect(s['staff.cadres'] + s['staff.civilServants'] + s['staff.partTime']).toBe(3);
  });

  it('records inspection and supervision rounds with findings and their fixes', async () => {
    const officer = await w.as(w.users.officerA);
    const plan = await officer.post(`${a()}/documents`, {
      type: 'KH',
      date: today,
      summary: 'Tự kiểm tra công tác cải cách hành chính',
      signer: 'Nguyễn Văn Hùng',
    });
    const round = await officer.post(`${a()}/inspections`, {
      kind: 'selfInspection',
      title: 'Tự kiểm tra công tác cải cách hành chính',
      subject: 'Bộ phận Một cửa',
      conductedBy: 'Tổ kiểm tra UBND xã',
      startsOn: today,
      documentId: plan.body.id,
      findings: [
        {
          description: 'Chưa niêm yết đủ thủ tục lĩnh vực đất đai',
          responsible: 'Công chức Địa chính',
          dueOn: today,
        },
        { description: 'Sổ theo dõi hồ sơ ghi thiếu ngày trả', responsible: 'Bộ phận Một cửa' },
      ],
    });
    expect(round.status).toBe(201);
    expect(round.body.document.reference).toBe(plan.body.reference);
    const fixed = await officer.request(
      'PATCH',
      `${a()}/inspections/${round.body.id}/findings/${round.body.findings[0].id}`,
      {
        fixedOn: today,
        fixNote: 'Đã niêm yết bổ sung 12 thủ tục',
      },
    );
    expect(fixed.body.findings[0]).toMatchObject({ fixedOn: today, overdue: false });
    await officer.post(`${a()}/inspections`, {
      kind: 'councilSupervision',
      title: 'Giám sát việc giải quyết đơn thư',
      subject: 'UBND xã',
      conductedBy: 'Thường trực HĐND xã',
      startsOn: today,
      findings: [{ description: 'Một đơn quá hạn', responsible: 'Công chức Tư pháp' }],
    });
    await officer.post(`${a()}/inspections`, {
      kind: 'communitySupervision',
      title: 'Giám sát công trình đường giao thông thôn Hai',
      subject: 'Công trình đường thôn Hai',
      conductedBy: 'Ban Giám sát đầu tư của cộng đồng',
      startsOn: today,
    });
    const open = await officer.get(`${a()}/inspections?openFindings=true`);
    expect(open.body.items).toHaveLength(2);
    const s = (await officer.get(`/api/stats?communeId=${w.communes.a.id}&from=${year}-01-01&to=${today}`))
      .body.indicators;
    expect(s).toMatchObject({
      'inspections.selfRounds': 1,
      'supervision.councilRounds': 1,
      'supervision.communityRounds': 1,
      'inspections.findings': 3,
      'inspections.findingsFixed': 1,
      'inspections.findingsOpen': 2,
    });
  });

  it('keeps records inside their commune and read-only for the province', async () => {
    const body = {
      fullName: 'X',
      category: 'cadre',
      position: 'Y',
      degree: 'none',
      politicalTheory: 'none',
      stateManagement: 'none',
    };
    expect((await (await w.as(w.users.officerB)).post(`${a()}/officials`, body)).status).toBe(404);
    expect((await (await w.as(w.users.officerB)).get(`${a()}/inspections`)).status).toBe(404);
    const reviewer = await w.as(w.users.reviewer1);
    expect((await reviewer.get(`${a()}/staff-table`)).status).toBe(200);
    expect((await reviewer.post(`${a()}/officials`, body)).status).toBe(403);
    expect(
      (
        await reviewer.post(`${a()}/inspections`, {
          kind: 'selfInspection',
          title: 'a',
          subject: 'b',
          conductedBy: 'c',
          startsOn: today,
        })
      ).status,
    ).toBe(403);
  });
});
