import { addDays } from '../../domain/calendar/index.ts';
import { formatInt, searchKey } from '../../domain/vi/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { addResponse, createDraft, publishAccount, recordMeeting } from '../disclosure/consultation.ts';
import { createDisclosure } from '../disclosure/items.ts';
import { documentReference } from '../documents/numbering.ts';
import { addCommendation, createInitiative, registerInitiative } from '../initiatives/initiatives.ts';
import { createMovement } from '../initiatives/movements.ts';
import { createInspection } from '../inspections/service.ts';
import { kindOfEvent, type SubjectNames } from '../letters/schema.ts';
import { defaultTemplates, fillTemplate, letterValues } from '../letters/templates.ts';
import { createOfficial, rateOfficial } from '../officials/service.ts';
import { vnDateTime } from '../onestop/appointment.ts';
import { getCommune } from '../units/service.ts';
import { childNames, menNames, womenNames } from './names.ts';
import type { Random } from './random.ts';
import { DEMO_HISTORY_DAYS } from './span.ts';

/**
 * Two years of grassroots-democracy records for one demo commune, ending today: the
 * document register (plans, decisions, reports, notices that reports can cite), disclosures,
 * consultations with their published accounts, "Dân vận khéo" initiatives, movements, the
 * communication log, the Chairman's letters for returned civil-status dossiers, the officials
 * roster and inspection rounds. Bulk inserts where there are many rows; services elsewhere.
 */
export async function loadDemoDemocracy(ctx: Ctx, communeId: string, communeName: string, random: Random) {
  const today = vnDateTime(ctx.asOf).date;
  const start = addDays(today, -DEMO_HISTORY_DAYS);
  const docs = await loadDocuments(ctx, communeId, start, today, random);
  const find = (year: number, startsWith: string) =>
    docs.find((d) => d.year === year && d.summary.startsWith(startsWith))?.id ?? null;
  const years = [...new Set(docs.map((d) => d.year))];
  const village = await getCommune(ctx, { id: communeId }).then((c) => c.villages);
  const chairman = await loadOfficials(ctx, communeId, today, random);

  // Disclosures: each required category at least once a year, linked to its decision where one exists.
  let disclosures = 0;
  for (const year of years) {
    for (const [category, title, doc, places] of [
      [
        'budget',
        `Dự toán ngân sách xã năm ${year}`,
        find(year, 'Quyết định công bố công khai dự toán'),
        'board',
      ],
      [
        'budget',
        `Quyết toán ngân sách xã năm ${year - 1}`,
        find(year, 'Quyết định công bố công khai quyết toán'),
        'board',
      ],
      ['socioEconomicPlan', `Kế hoạch phát triển kinh tế - xã hội năm ${year}`, null, 'board'],
      [
        'beneficiaries',
        `Danh sách hộ nghèo, hộ cận nghèo năm ${year}`,
        find(year, 'Quyết định phê duyệt danh sách hộ nghèo'),
        'village',
      ],
      [
        'receptionSchedule',
        `Lịch tiếp công dân năm ${year}`,
        find(year, 'Thông báo lịch tiếp công dân'),
        'speaker',
      ],
      ['procedures', 'Bộ thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã', null, 'board'],
      ['fees', `Các khoản phí, lệ phí và đóng góp của Nhân dân năm ${year}`, null, 'village'],
      ['investmentLand', `Kế hoạch sử dụng đất năm ${year}`, null, 'board'],
      ['policies', 'Chính sách hỗ trợ phát triển sản xuất nông nghiệp', null, 'village'],
      ['inspectionResults', `Kết quả tự kiểm tra công tác cải cách hành chính năm ${year}`, null, 'board'],
    ] as const) {
      const from = `${year}-${String(random.int(1, 11)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      if (from < start || from > today) continue;
      await createDisclosure(ctx, communeId, {
        categoryCode: category,
        title,
        documentId: doc,
        places:
          places === 'board'
            ? ['committeeBoard', 'webPortal']
            : places === 'village'
              ? ['committeeBoard', 'villageHouse', 'villageHead']
              : ['loudspeaker', 'webPortal'],
        postedFrom: from,
        postedTo: addDays(from, places === 'speaker' ? 2 : 30 + random.int(0, 15)),
      });
      disclosures++;
    }
  }

  // Consultations: a land-use plan and a village rule each year, the closed ones with their account.
  let drafts = 0;
  for (const year of years) {
    for (const [type, title, opens] of [
      ['landUse', `Dự thảo Kế hoạch sử dụng đất năm ${year + 1}`, `${year}-09-05`],
      [
        'rules',
        `Dự thảo Quy ước thôn ${village[year % village.length]?.name.replace(/^(Thôn|Bản|Tổ dân phố) /, '') ?? ''}`,
        `${year}-04-10`,
      ],
    ] as const) {
      const closes = addDays(opens, 24);
      if (opens < start || opens > today) continue;
      const d = await createDraft(ctx, communeId, {
        draftType: type,
        title,
        documentId: find(year, 'Thông báo niêm yết công khai dự thảo'),
        summary:
          type === 'landUse'
            ? 'Chỉ tiêu sử dụng đất, danh mục công trình, dự án thực hiện trong năm và diện tích đất cần thu hồi.'
            : 'Quy ước về nếp sống văn minh, giữ gìn vệ sinh môi trường, an ninh trật tự và tổ chức việc cưới, việc tang.',
        questions: [
          'Ông/bà có đồng ý với các nội dung của dự thảo không?',
          'Đề xuất sửa đổi, bổ sung (nếu có).',
        ],
        passages:
          type === 'landUse'
            ? [
                {
                  label: 'Mục 1',
                  body: 'Chuyển 2,5 ha đất trồng lúa sang đất giao thông để mở rộng đường liên thôn.',
                },
                { label: 'Mục 2', body: 'Bố trí 1,2 ha đất ở mới tại khu dân cư trung tâm.' },
              ]
            : [
                { label: 'Điều 3', body: 'Mỗi hộ đóng góp 20.000 đồng/tháng cho quỹ vệ sinh môi trường.' },
                { label: 'Điều 7', body: 'Việc cưới tổ chức gọn, không quá 2 ngày.' },
              ],
        opensOn: opens,
        closesOn: closes,
      });
      drafts++;
      const meetingDate = addDays(opens, 7);
      if (meetingDate > today) continue;
      const attendees = random.int(60, 140);
      const agree = attendees - random.int(3, 12);
      const withMeeting = await recordMeeting(ctx, communeId, d.id, {
        villageId: village[year % village.length]?.id ?? null,
        place: `Nhà văn hóa ${village[year % village.length]?.name ?? 'thôn'}`,
        meetingDate,
        attendees,
        agree,
        disagree: attendees - agree - 1,
        abstain: 1,
        opinions: [
          {
            passageId: d.passages[0]?.id,
            content: 'Đề nghị làm rõ phương án hỗ trợ cho các hộ bị ảnh hưởng.',
            supporters: random.int(3, 15),
          },
          {
            passageId: d.passages[1]?.id,
            content: 'Đề nghị điều chỉnh thời gian thực hiện cho phù hợp mùa vụ.',
            supporters: random.int(2, 9),
          },
          { content: 'Nhất trí với toàn bộ dự thảo.', supporters: random.int(20, 60) },
        ],
      });
      if (closes >= today) continue;
      const [o1, o2, o3] = withMeeting.opinionList;
      for (const [o, decision, reason] of [
        [o1, 'accepted', 'Bổ sung phương án hỗ trợ cụ thể vào dự thảo.'],
        [
          o2,
          'notAccepted',
          'Thời gian thực hiện đã được cấp trên phê duyệt, không điều chỉnh được; sẽ bố trí ngoài thời vụ.',
        ],
        [o3, 'accepted', 'Ghi nhận.'],
      ] as const) {
        if (o)
          await addResponse(ctx, communeId, d.id, { title: o.content, decision, reason, opinionIds: [o.id] });
      }
      await publishAccount(ctx, communeId, d.id, {
        summary: 'UBND xã đã tổng hợp, tiếp thu, giải trình các ý kiến của Nhân dân và hoàn thiện dự thảo.',
      });
      await ctx.tx.query(
        'update consultation_drafts set account_published_date = $3 where commune_id = $1 and id = $2',
        [communeId, d.id, [addDays(closes, 10), today].sort()[0]],
      );
    }
  }

  // "Dân vận khéo" initiatives, registered each year, some commended, one replicated.
  const models = [
    ['Hũ gạo tình thương', 'cultureSociety', 'womensUnion'],
    ['Camera an ninh', 'defenceSecurity', 'police'],
    ['Ngày thứ Bảy làm việc tại thôn', 'politicalSystem', 'committee'],
    ['Tổ hợp tác trồng rau an toàn', 'economy', 'farmersUnion'],
    ['Thắp sáng đường quê', 'cultureSociety', 'youthUnion'],
    ['Tổ tự quản an ninh trật tự', 'defenceSecurity', 'veteransAssociation'],
    ['Nuôi heo đất giúp hội viên nghèo', 'economy', 'womensUnion'],
    ['Mỗi tuần một buổi lắng nghe dân', 'politicalSystem', 'fatherlandFront'],
  ] as const;
  const firstYear = Number(start.slice(0, 4));
  let previous: string | null = null;
  for (const [i, [name, field, organisation]] of models.entries()) {
    const startedOn = `${firstYear - random.int(0, 3)}-${String(random.int(1, 12)).padStart(2, '0')}-15`;
    const created = await createInitiative(ctx, communeId, {
      name,
      field,
      organisation,
      villageId: village[i % village.length]?.id ?? null,
      startedOn: startedOn > today ? start : startedOn,
      description: `Mô hình "${name}" do ${organisation === 'committee' ? 'UBND xã' : 'tổ chức đoàn thể'} triển khai, huy động Nhân dân cùng tham gia.`,
      results: 'Mô hình duy trì thường xuyên, được Nhân dân đồng tình hưởng ứng.',
      figures: [{ label: 'Hộ tham gia', value: random.int(30, 300), unit: 'hộ' }],
      replicatedFromId: i === models.length - 1 ? previous : null,
    });
    previous = created.id;
    for (const year of years) {
      const registeredOn = `${year}-01-${String(random.int(10, 28))}`;
      if (registeredOn <= today) await registerInitiative(ctx, communeId, created.id, { year, registeredOn });
    }
    if (random.chance(0.4)) {
      await addCommendation(ctx, communeId, created.id, {
        level: random.pick(['commune', 'district', 'province'] as const),
        title: 'Giấy khen có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo"',
        issuer: 'Chủ tịch UBND',
        awardedOn: addDays(start, random.int(30, 500)),
      });
    }
  }

  // Emulation movements launched by their plans.
  for (const year of years) {
    for (const [name, plan] of [
      [`Phong trào thi đua "Dân vận khéo" năm ${year}`, 'Kế hoạch phát động phong trào thi đua'],
      [`Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm ${year}`, null],
    ] as const) {
      const startsOn = `${year}-02-20`;
      if (startsOn < start || startsOn > today) continue;
      await createMovement(ctx, communeId, {
        name,
        planDocumentId: plan ? find(year, plan) : null,
        startsOn,
        endsOn: `${year}-12-15`,
      });
    }
  }

  const entries = await loadCommunication(ctx, communeId, start, today, random);
  const letters = await loadLetters(ctx, communeId, communeName, chairman, today, random);

  // Inspection and supervision rounds.
  let rounds = 0;
  for (const year of years) {
    for (const [kind, title, by, month] of [
      ['selfInspection', `Tự kiểm tra công tác cải cách hành chính năm ${year}`, 'Tổ kiểm tra UBND xã', 5],
      ['selfInspection', `Tự kiểm tra việc thực hiện dân chủ ở cơ sở năm ${year}`, 'Tổ kiểm tra UBND xã', 10],
      [
        'councilSupervision',
        `Giám sát việc giải quyết đơn thư của công dân năm ${year}`,
        'Thường trực HĐND xã',
        8,
      ],
      [
        'frontSupervision',
        `Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo năm ${year}`,
        'Ban Thường trực Ủy ban MTTQ xã',
        9,
      ],
      [
        'communitySupervision',
        `Giám sát công trình đường giao thông nông thôn năm ${year}`,
        'Ban Giám sát đầu tư của cộng đồng',
        7,
      ],
    ] as const) {
      const startsOn = `${year}-${String(month).padStart(2, '0')}-12`;
      if (startsOn < start || startsOn > today) continue;
      const due = addDays(startsOn, 30);
      await createInspection(ctx, communeId, {
        kind,
        title,
        subject:
          kind === 'communitySupervision'
            ? 'Công trình đường giao thông liên thôn'
            : 'UBND xã và các bộ phận chuyên môn',
        conductedBy: by,
        startsOn,
        endsOn: addDays(startsOn, 5),
        documentId: kind === 'selfInspection' ? find(year, 'Kế hoạch tự kiểm tra') : null,
        conclusion: 'Cơ bản thực hiện đúng quy định; còn một số tồn tại cần khắc phục.',
        findings: [
          {
            description: random.pick([
              'Niêm yết thủ tục hành chính chưa cập nhật kịp thời',
              'Sổ theo dõi hồ sơ ghi chưa đầy đủ',
              'Một số đơn thư giải quyết chậm so với thời hạn',
              'Biên bản niêm yết công khai chưa lưu đủ',
            ]),
            responsible: random.pick([
              'Văn phòng – thống kê',
              'Bộ phận Một cửa',
              'Công chức Tư pháp – hộ tịch',
            ]),
            dueOn: due,
            fixedOn: due < today && random.chance(0.85) ? addDays(startsOn, random.int(10, 30)) : null,
          },
        ],
      });
      rounds++;
    }
  }

  await recordAudit(ctx, {
    communeId,
    entity: 'democracy_import',
    entityId: `demo-${today}`,
    action: 'create',
    after: { source: 'Dữ liệu minh họa', documents: docs.length, communication: entries, letters },
  });
  return `Dân chủ cơ sở ${communeName}: ${formatInt(docs.length)} văn bản, ${disclosures} nội dung công khai, ${drafts} dự thảo, ${models.length} mô hình, ${formatInt(letters)} thư, ${rounds} cuộc kiểm tra, giám sát`;
}

// --- Document register -----------------------------------------------------------------------------

/** A year's register as it typically runs: [month, day, type, summary, field of a công văn]. */
const yearlyDocuments = (y: number): [number, number, string, string, string?][] => [
  [1, 5, 'CTr', `Chương trình công tác năm ${y} của Ủy ban nhân dân xã`],
  [1, 8, 'TB', `Thông báo lịch tiếp công dân của Chủ tịch UBND xã năm ${y}`],
  [1, 10, 'QĐ', `Quyết định công bố công khai dự toán ngân sách xã năm ${y}`],
  [1, 12, 'KH', `Kế hoạch cải cách hành chính năm ${y}`],
  [1, 15, 'KH', `Kế hoạch thực hiện công tác dân vận chính quyền năm ${y}`],
  [1, 20, 'QĐ', `Quyết định phê duyệt danh sách hộ nghèo, hộ cận nghèo năm ${y}`],
  [2, 18, 'KH', `Kế hoạch phát động phong trào thi đua "Dân vận khéo" năm ${y}`],
  [2, 25, 'KH', `Kế hoạch triển khai thực hiện Luật Thực hiện dân chủ ở cơ sở năm ${y}`],
  [3, 6, 'KH', `Kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật năm ${y}`],
  [3, 20, '', 'V/v rà soát, cập nhật thủ tục hành chính thuộc thẩm quyền giải quyết', 'VP'],
  [3, 28, 'BC', `Báo cáo kết quả công tác cải cách hành chính quý I năm ${y}`],
  [4, 5, 'TB', 'Thông báo niêm yết công khai dự thảo Quy ước thôn để lấy ý kiến Nhân dân'],
  [4, 22, 'KH', `Kế hoạch tự kiểm tra công tác cải cách hành chính năm ${y}`],
  [5, 10, 'QĐ', 'Quyết định kiện toàn Ban Chỉ đạo thực hiện dân chủ ở cơ sở'],
  [5, 25, '', 'V/v triển khai Tháng hành động vì an toàn thực phẩm', 'VX'],
  [6, 10, 'BC', `Báo cáo kết quả công tác dân vận chính quyền 6 tháng đầu năm ${y}`],
  [6, 15, 'BC', `Báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm ${y}`],
  [6, 25, 'QĐ', `Quyết định công bố công khai quyết toán ngân sách xã năm ${y - 1}`],
  [7, 8, 'TB', 'Thông báo kết luận của Chủ tịch UBND xã tại hội nghị đối thoại với Nhân dân'],
  [8, 12, 'KH', 'Kế hoạch tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân'],
  [8, 28, 'TTr', `Tờ trình đề nghị khen thưởng mô hình "Dân vận khéo" năm ${y}`],
  [9, 1, 'TB', 'Thông báo niêm yết công khai dự thảo Kế hoạch sử dụng đất để lấy ý kiến Nhân dân'],
  [9, 26, 'BC', `Báo cáo kết quả công tác cải cách hành chính 9 tháng năm ${y}`],
  [10, 15, 'QĐ', 'Quyết định ban hành Quy chế tiếp công dân của Ủy ban nhân dân xã'],
  [11, 5, 'KH', `Kế hoạch xây dựng chính quyền thân thiện, vì Nhân dân phục vụ năm ${y + 1}`],
  [
    11,
    20,
    'QĐ',
    `Quyết định khen thưởng tập thể, cá nhân có thành tích trong phong trào thi đua "Dân vận khéo" năm ${y}`,
  ],
  [12, 5, 'BC', `Báo cáo kết quả công tác dân vận chính quyền năm ${y}`],
  [12, 10, 'BC', `Báo cáo kết quả thực hiện dân chủ ở cơ sở năm ${y}`],
  [12, 15, 'BC', `Báo cáo kết quả công tác cải cách hành chính năm ${y}`],
  [12, 20, 'BC', `Báo cáo tình hình tiếp công dân, giải quyết khiếu nại, tố cáo năm ${y}`],
];

async function loadDocuments(ctx: Ctx, communeId: string, start: string, today: string, random: Random) {
  const signers = ['Chủ tịch UBND xã', 'Phó Chủ tịch UBND xã'];
  const rows: {
    type: string;
    field: string;
    year: number;
    number: number;
    date: string;
    summary: string;
    signer: string;
  }[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(today.slice(0, 4)); y++) {
    const dated = yearlyDocuments(y)
      .map(([m, d, type, summary, field]) => ({
        type,
        field: field ?? '',
        date: `${y}-${String(m).padStart(2, '0')}-${String(Math.min(28, d + random.int(0, 3))).padStart(2, '0')}`,
        summary,
      }))
      .filter((d) => d.date <= today)
      .sort((a, b) => a.date.localeCompare(b.date));
    dated.forEach((d, i) => {
      rows.push({ ...d, year: y, number: i + 1, signer: random.pick(signers) });
    });
  }
  const withRefs = rows.map((r) => {
    const reference = documentReference({ number: r.number, type: r.type, issuer: 'UBND', field: r.field });
    return { ...r, reference, search_text: searchKey(`${reference} ${r.summary} ${r.signer}`) };
  });
  const inserted = await ctx.tx.query<{ id: string; year: number; summary: string }>(
    `insert into documents (commune_id, type_code, issuer, field_code, year, sequence, number, reference, issued_date,
       summary, signer, search_text)
     select $1, type, 'UBND', field, year, '*', number, reference, date, summary, signer, search_text
     from jsonb_to_recordset($2::jsonb) as x(type text, field text, year int, number int, reference text, date date,
       summary text, signer text, search_text text)
     returning id, year, summary`,
    [communeId, JSON.stringify(withRefs)],
  );
  await ctx.tx.query(
    `insert into document_counters (commune_id, issuer, year, sequence, last_number)
     select $1, 'UBND', year, '*', max(number) from documents where commune_id = $1 group by year
     on conflict (commune_id, issuer, year, sequence) do update set last_number = excluded.last_number`,
    [communeId],
  );
  return inserted;
}

// --- Officials -----------------------------------------------------------------------------------

async function loadOfficials(ctx: Ctx, communeId: string, today: string, random: Random): Promise<string> {
  const users = await ctx.tx.query<{ name: string; position: string }>(
    `select full_name as name, position from users where commune_id = $1 and position is not null order by username`,
    [communeId],
  );
  const extra: [string, string][] = [
    ['Phó Chủ tịch UBND xã', 'Bùi Quang Vinh'],
    ['Công chức Tài chính – kế toán', 'Đinh Thị Ngọc'],
    ['Công chức Văn hóa – xã hội', 'Trịnh Văn Lâm'],
    ['Chỉ huy trưởng Ban Chỉ huy Quân sự', 'Lý Văn Cường'],
    ['Công chức Địa chính – nông nghiệp', 'Hồ Thị Thanh'],
    ['Công chức Tư pháp – hộ tịch', 'Dương Minh Đức'],
    ['Chủ tịch Ủy ban MTTQ xã', 'Vương Thị Hạnh'],
    ['Bí thư Đoàn Thanh niên', 'Tạ Quang Huy'],
  ];
  const people = [...users.map((u) => [u.position, u.name] as [string, string]), ...extra].filter(
    (p, i, all) => all.findIndex((q) => q[0] === p[0]) === i,
  );
  const year = Number(today.slice(0, 4));
  let chairman = '';
  for (const [position, fullName] of people) {
    const cadre = /Chủ tịch|Bí thư/.test(position);
    const o = await createOfficial(ctx, communeId, {
      fullName,
      birthYear: random.int(1968, 1996),
      gender: /Thị/.test(fullName) ? 'female' : 'male',
      category: cadre ? 'cadre' : 'civilServant',
      position,
      duties: position.replace(/^Công chức /, ''),
      degree: random.weighted([
        ['postgraduate', 2],
        ['university', 14],
        ['college', 2],
        ['intermediate', 2],
      ] as const),
      politicalTheory: cadre ? 'intermediate' : random.pick(['intermediate', 'elementary', 'none'] as const),
      stateManagement: random.pick(['principalSpecialist', 'specialist', 'specialist', 'none'] as const),
      joinedOn: `${random.int(2008, 2020)}-0${random.int(1, 9)}-01`,
    });
    if (/^Chủ tịch UBND/.test(position) && !chairman) chairman = fullName;
    for (const y of [year - 2, year - 1]) {
      await rateOfficial(ctx, communeId, o.id, {
        year: y,
        rating: random.weighted([
          ['excellent', 2],
          ['good', 7],
          ['satisfactory', 1],
        ] as const),
      });
    }
  }
  return chairman;
}

// --- Communication log ----------------------------------------------------------------------------

async function loadCommunication(ctx: Ctx, communeId: string, start: string, today: string, random: Random) {
  const topics = [
    'phòng chống cháy rừng',
    'Luật Đất đai năm 2024',
    'bảo hiểm y tế hộ gia đình',
    'phòng chống lừa đảo qua mạng',
    'dịch vụ công trực tuyến',
    'an toàn giao thông',
    'tiêm chủng mở rộng',
    'xây dựng nông thôn mới',
  ];
  const rows: Record<string, unknown>[] = [];
  for (let day = start; day <= today; day = addDays(day, 7)) {
    rows.push({
      kind: 'broadcast',
      date: day,
      title: `Tin bài tuyên truyền về ${random.pick(topics)}`,
      quantity: random.int(2, 6),
    });
    if (random.chance(0.5))
      rows.push({
        kind: 'webPost',
        date: addDays(day, 2),
        title: `Tin hoạt động: ${random.pick(topics)}`,
        quantity: 1,
      });
    if (random.chance(0.12))
      rows.push({
        kind: 'banner',
        date: addDays(day, 1),
        title: 'Băng rôn, khẩu hiệu chào mừng các ngày lễ lớn',
        quantity: random.int(10, 40),
      });
    if (random.chance(0.08))
      rows.push({
        kind: 'conference',
        date: addDays(day, 3),
        title: `Hội nghị tuyên truyền ${random.pick(topics)}`,
        quantity: 1,
        participants: random.int(60, 250),
      });
  }
  rows.push({
    kind: 'contest',
    date: addDays(today, -120),
    title: 'Cuộc thi tìm hiểu pháp luật về thực hiện dân chủ ở cơ sở',
    quantity: 1,
    participants: 420,
    entries: 388,
  });
  const kept = rows.filter((r) => (r.date as string) <= today);
  await ctx.tx.query(
    `insert into communication_entries (commune_id, kind, entry_date, title, quantity, participants, entries)
     select $1, kind, date, title, quantity, participants, entries
     from jsonb_to_recordset($2::jsonb) as x(kind text, date date, title text, quantity int, participants int, entries int)`,
    [communeId, JSON.stringify(kept)],
  );
  return kept.length;
}

// --- Letters ---------------------------------------------------------------------------------------

/**
 * Names for every returned civil-status dossier, and the Chairman's letter for each: sent a few
 * days after the result, except the last week's, left for `proposeLettersForReturnedDossiers`.
 */
async function loadLetters(
  ctx: Ctx,
  communeId: string,
  communeName: string,
  signer: string,
  today: string,
  random: Random,
) {
  const dossiers = await ctx.tx.query<{
    id: string;
    event: 'birth' | 'marriage' | 'death';
    applicant: string;
    returned: string;
  }>(
    `select d.id, p.civil_status_event as event, d.applicant_name as applicant, d.returned_date as returned
     from dossiers d join procedures p on p.commune_id = d.commune_id and p.id = d.procedure_id
     where d.commune_id = $1 and d.status = 'returned' and p.civil_status_event is not null`,
    [communeId],
  );
  const namesRows: { id: string; names: SubjectNames }[] = [];
  const letters: Record<string, unknown>[] = [];
  const inSentence = communeName.charAt(0).toLocaleLowerCase('vi') + communeName.slice(1);
  for (const d of dossiers) {
    const family = d.applicant.split(' ')[0] ?? 'Nguyễn';
    const names: SubjectNames =
      d.event === 'birth'
        ? {
            child: `${family} ${random.pick(childNames)}`,
            father: d.applicant,
            mother: random.pick(womenNames),
          }
        : d.event === 'marriage'
          ? { husband: random.pick(menNames), wife: random.pick(womenNames) }
          : {
              deceased: `cụ ${family} Văn ${random.pick(['Lộc', 'Phúc', 'Thọ', 'Tài'])}`,
              family: `ông/bà ${d.applicant}`,
            };
    namesRows.push({ id: d.id, names });
    if (d.returned > addDays(today, -7)) continue;
    const kind = kindOfEvent[d.event];
    const t = defaultTemplates[kind];
    const values = letterValues(names, d.applicant, inSentence);
    const letterDate = addDays(d.returned, random.int(0, 2));
    letters.push({
      dossier_id: d.id,
      kind,
      recipient: fillTemplate(t.recipient, values).text,
      title: t.title,
      body: fillTemplate(t.body, values).text,
      paper: t.paper,
      letter_date: letterDate,
      sent_date:
        addDays(letterDate, random.int(0, 3)) < today ? addDays(letterDate, random.int(0, 3)) : today,
    });
  }
  await ctx.tx.query(
    `update dossiers d set subject_names = x.names from jsonb_to_recordset($2::jsonb) as x(id uuid, names jsonb)
     where d.commune_id = $1 and d.id = x.id`,
    [communeId, JSON.stringify(namesRows)],
  );
  await ctx.tx.query(
    `insert into letters (commune_id, dossier_id, kind, status, recipient, title, body, paper, letter_date, signer_name, sent_date)
     select $1, dossier_id, kind, 'sent', recipient, title, body, paper, letter_date, $3, sent_date
     from jsonb_to_recordset($2::jsonb) as x(dossier_id uuid, kind text, recipient text, title text, body text, paper text,
       letter_date date, sent_date date)`,
    [communeId, JSON.stringify(letters), signer],
  );
  return letters.length;
}
