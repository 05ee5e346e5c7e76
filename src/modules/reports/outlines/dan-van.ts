import { formatDate, formatInt } from '../../../domain/vi/index.ts';
import { onestopSentence } from '../../onestop/sentence.ts';
import type { ReportData } from '../data.ts';
import type { Paragraph, Section } from '../model.ts';
import { comparison, Writer } from '../phrases.ts';

/**
 * The "dân vận chính quyền" report (semi-annual, annual, and the five-year summary): the spine of
 * Chỉ thị 33/CT-TTg as the example reports follow it (PRIMER §3). Figures come from data; the
 * judgement sections are the officials' text, pre-filled from their previous report.
 */
export function danVanOutline(data: ReportData, options: { recommendations: boolean }): Section[] {
  const commune = communeWord(data.commune.name);
  const sections: Section[] = [
    section('overview', 'I.', 'KHÁI QUÁT CHUNG', 1, true, [profile(data)]),
    section('direction', 'II.', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', 1, true, [direction(data, commune)]),
    {
      ...section('results', 'III.', 'KẾT QUẢ THỰC HIỆN', 1, false, []),
      children: [
        section('communication', '1.', 'Công tác tuyên truyền, giáo dục', 2, false, [communication(data)]),
        section('initiatives', '2.', 'Phong trào thi đua "Dân vận khéo"', 2, false, [initiatives(data)]),
        section(
          'reform',
          '3.',
          'Cải cách hành chính, thực hiện cơ chế một cửa, một cửa liên thông',
          2,
          true,
          onestop(data, commune),
        ),
        section('democracy', '4.', 'Thực hiện dân chủ ở cơ sở', 2, false, [democracy(data)]),
        section(
          'petitions',
          '5.',
          'Tiếp công dân, giải quyết đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh; đối thoại',
          2,
          true,
          [petitions(data)],
        ),
        section('friendly', '6.', 'Xây dựng chính quyền thân thiện', 2, false, [letters(data, commune)]),
        section(
          'supervision',
          '7.',
          'Phối hợp với Mặt trận Tổ quốc và các đoàn thể; kiểm tra, giám sát',
          2,
          false,
          [supervision(data)],
        ),
      ],
    },
    {
      ...section('assessment', 'IV.', 'ĐÁNH GIÁ CHUNG', 1, false, []),
      children: [
        section('strengths', '1.', 'Ưu điểm', 2, true, judgement(data, 'strengths')),
        section(
          'shortcomings',
          '2.',
          'Tồn tại, hạn chế và nguyên nhân',
          2,
          true,
          judgement(data, 'shortcomings'),
        ),
      ],
    },
    section('tasks', 'V.', 'NHIỆM VỤ, GIẢI PHÁP', 1, true, judgement(data, 'tasks')),
  ];
  if (options.recommendations) {
    sections.push(
      section('recommendations', 'VI.', 'KIẾN NGHỊ, ĐỀ XUẤT', 1, false, judgement(data, 'recommendations')),
    );
  }
  return sections;
}

function section(
  id: string,
  number: string,
  title: string,
  level: 1 | 2 | 3,
  required: boolean,
  paragraphs: Paragraph[],
): Section {
  return {
    id,
    number,
    title,
    level,
    required,
    paragraphs: paragraphs.filter((p) => p.kind === 'judgement' || p.text),
    children: [],
  };
}

const generated = (id: string, w: Writer, sums?: Paragraph['sums']): Paragraph => ({
  id,
  kind: 'generated',
  ...w.done(),
  ...(sums ? { sums } : {}),
});

function judgement(data: ReportData, id: string): Paragraph[] {
  const previous = data.judgement[id] ?? [];
  return (previous.length ? previous : ['']).map((text, i) => ({
    id: `${id}.${i + 1}`,
    kind: 'judgement',
    text,
    figures: [],
  }));
}

/** "Xã Tân Phú" → "xã Tân Phú" inside a sentence; "UBND xã" for the committee. */
function communeWord(name: string) {
  const [kind = 'xã', ...rest] = name.split(' ');
  return { kind: kind.toLowerCase(), name: rest.join(' '), full: `${kind.toLowerCase()} ${rest.join(' ')}` };
}

function profile(data: ReportData): Paragraph {
  const w = new Writer(data.indicators);
  w.text(`${data.commune.name}`);
  if (data.commune.districtName) w.text(` (trước ngày 01/7/2025 thuộc ${data.commune.districtName})`);
  const parts: string[] = [];
  if (w.has('profile.areaHa')) parts.push(`diện tích tự nhiên ${w.decimal('profile.areaHa')} ha`);
  if (w.has('profile.households')) {
    parts.push(
      `${w.int('profile.households')} hộ${w.has('profile.population') ? ` với ${w.int('profile.population')} nhân khẩu` : ''}`,
    );
  }
  if (w.has('profile.villages')) parts.push(`${w.int('profile.villages', true)} thôn, tổ dân phố`);
  w.text(parts.length ? ` có ${parts.join(', ')}.` : '.');
  if (w.has('profile.ethnicGroups') && w.value('profile.ethnicGroups') > 1) {
    w.text(` Trên địa bàn có ${w.int('profile.ethnicGroups', true)} dân tộc cùng sinh sống`);
    w.text(
      w.has('profile.minorityHouseholds')
        ? `, ${w.int('profile.minorityHouseholds')} hộ đồng bào dân tộc thiểu số.`
        : '.',
    );
  }
  return generated('overview.profile', w);
}

function direction(data: ReportData, commune: ReturnType<typeof communeWord>): Paragraph {
  if (data.documents.length === 0) {
    return { id: 'direction.documents', kind: 'judgement', text: '', figures: [] };
  }
  const list = data.documents
    .map((d) => `${d.typeName} số ${d.reference} ngày ${formatDate(d.date)} về ${subject(d.summary)}`)
    .join('; ');
  return {
    id: 'direction.documents',
    kind: 'generated',
    text: `Trong kỳ, UBND ${commune.kind} đã ban hành ${data.documents.length} văn bản lãnh đạo, chỉ đạo, triển khai thực hiện: ${list}.`,
    figures: [],
    citations: data.documents.map((d) => ({ reference: d.reference, date: d.date })),
  };
}

/** A document's summary after "về": "Thực hiện …" → "thực hiện …"; an acronym keeps its capitals. */
function subject(summary: string): string {
  const s = summary.trim().replace(/^(?:về|V\/v)\s+/i, '');
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function communication(data: ReportData): Paragraph {
  const w = new Writer(data.indicators);
  const items = [
    w.has('communication.broadcasts') &&
      `${w.int('communication.broadcasts')} lượt phát thanh trên hệ thống truyền thanh`,
    w.has('communication.banners') && `${w.int('communication.banners')} băng rôn, khẩu hiệu`,
    w.has('communication.conferences') && `${w.int('communication.conferences', true)} hội nghị tuyên truyền`,
  ].filter(Boolean);
  if (items.length === 0) return { id: 'communication.figures', kind: 'judgement', text: '', figures: [] };
  w.text(`Trong kỳ, đã thực hiện ${items.join(', ')}.`);
  return generated('communication.figures', w);
}

function initiatives(data: ReportData): Paragraph {
  const w = new Writer(data.indicators);
  if (!w.has('initiatives.total'))
    return { id: 'initiatives.figures', kind: 'judgement', text: '', figures: [] };
  if (w.value('initiatives.total') === 0) {
    w.text('Trong kỳ, chưa có mô hình "Dân vận khéo" được đăng ký.');
    return generated('initiatives.figures', w);
  }
  const fields: [string, string][] = [
    ['initiatives.byField.economy', 'lĩnh vực kinh tế'],
    ['initiatives.byField.cultureSociety', 'văn hóa - xã hội'],
    ['initiatives.byField.defenceSecurity', 'quốc phòng - an ninh'],
    ['initiatives.byField.politicalSystem', 'xây dựng hệ thống chính trị'],
  ];
  const parts = fields
    .filter(([k]) => w.value(k) > 0)
    .map(([k, label]) => `${w.int(k, true)} mô hình ${label}`);
  w.text(
    `Trong kỳ, có ${w.int('initiatives.total', true)} mô hình "Dân vận khéo"${parts.length ? ` (trong đó ${parts.join(', ')})` : ''}.`,
  );
  return generated('initiatives.figures', w, [{ total: 'initiatives.total', parts: fields.map(([k]) => k) }]);
}

function onestop(data: ReportData, commune: ReturnType<typeof communeWord>): Paragraph[] {
  const out: Paragraph[] = [];
  const w = new Writer(data.indicators);
  if (w.has('onestop.procedures.total')) {
    w.text(`UBND ${commune.kind} đang thực hiện ${w.int('onestop.procedures.total')} thủ tục hành chính`);
    if (w.value('onestop.procedures.onlineFull') + w.value('onestop.procedures.onlinePartial') > 0) {
      w.text(
        `, trong đó ${w.int('onestop.procedures.onlineFull')} thủ tục dịch vụ công trực tuyến toàn trình và ${w.int('onestop.procedures.onlinePartial')} thủ tục trực tuyến một phần`,
      );
    }
    w.text('; 100% thủ tục được niêm yết công khai tại Bộ phận Một cửa và trên Cổng thông tin điện tử.');
    out.push(generated('reform.procedures', w));
  }
  if (data.onestop) {
    const c = data.onestop;
    const f = new Writer(data.indicators);
    // The sentence of PRIMER §3, with its figures recorded for the checks.
    const text = onestopSentence(c);
    for (const key of [
      'onestop.dossiers.received',
      'onestop.dossiers.receivedOnline',
      'onestop.dossiers.receivedDirect',
      'onestop.dossiers.receivedPostal',
      'onestop.dossiers.carriedOver',
      'onestop.dossiers.resolved',
      'onestop.dossiers.resolvedEarly',
      'onestop.dossiers.resolvedOnTime',
      'onestop.dossiers.resolvedLate',
      'onestop.dossiers.pendingWithinDeadline',
      'onestop.dossiers.pendingOverdue',
      'onestop.dossiers.withdrawn',
      'onestop.dossiers.rejected',
    ]) {
      if (f.value(key) > 0) f.int(key);
    }
    // "cùng kỳ" goes right after the total it compares: "tiếp nhận 701 hồ sơ, tăng 12,5% so với cùng kỳ (trong đó…".
    const received = `tiếp nhận ${formatInt(c.received)} hồ sơ`;
    f.text(
      text.replace(
        received,
        `${received}${comparison(c.received, data.previous?.['onestop.dossiers.received'])}`,
      ),
    );
    out.push(
      generated('reform.dossiers', f, [
        {
          total: 'onestop.dossiers.received',
          parts: [
            'onestop.dossiers.receivedOnline',
            'onestop.dossiers.receivedDirect',
            'onestop.dossiers.receivedPostal',
          ],
        },
        {
          total: 'onestop.dossiers.resolved',
          parts: [
            'onestop.dossiers.resolvedEarly',
            'onestop.dossiers.resolvedOnTime',
            'onestop.dossiers.resolvedLate',
          ],
        },
      ]),
    );
    const r = new Writer(data.indicators);
    const resolved = c.resolvedEarly + c.resolvedOnTime;
    r.text(
      `Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn đạt ${r.share('onestop.onTimeRate', resolved, c.resolved)}; tỷ lệ tiếp nhận trực tuyến đạt ${r.percent('onestop.onlineRate')}; tỷ lệ số hóa hồ sơ đạt ${r.percent('onestop.digitizationRate')}`,
    );
    if (r.value('onestop.onlinePaymentRate') > 0)
      r.text(`; thanh toán trực tuyến đạt ${r.percent('onestop.onlinePaymentRate')}`);
    r.text('.');
    if (r.value('onestop.apologyLetters') > 0) {
      r.text(
        ` Đối với hồ sơ trễ hạn, Bộ phận Một cửa đã ban hành ${r.int('onestop.apologyLetters', true)} phiếu xin lỗi và hẹn lại ngày trả kết quả.`,
      );
    }
    if (r.value('onestop.satisfaction.surveys') > 0) {
      r.text(
        ` Qua ${r.int('onestop.satisfaction.surveys')} phiếu đánh giá, tỷ lệ người dân hài lòng đạt ${r.percent('onestop.satisfaction.positiveRate')}.`,
      );
    }
    out.push(generated('reform.rates', r));
  }
  out.push(...judgement(data, 'reform'));
  return out;
}

function democracy(data: ReportData): Paragraph {
  const w = new Writer(data.indicators);
  const items = [
    w.has('disclosure.items') && `công khai ${w.int('disclosure.items', true)} nội dung theo quy định`,
    w.has('consultation.drafts') &&
      `lấy ý kiến Nhân dân đối với ${w.int('consultation.drafts', true)} dự thảo`,
    w.has('consultation.opinions') && `tiếp nhận ${w.int('consultation.opinions')} ý kiến góp ý`,
  ].filter(Boolean);
  if (items.length === 0) return { id: 'democracy.figures', kind: 'judgement', text: '', figures: [] };
  w.text(`Trong kỳ, đã ${items.join(', ')}.`);
  return generated('democracy.figures', w);
}

function petitions(data: ReportData): Paragraph {
  const w = new Writer(data.indicators);
  const parts: string[] = [];
  const sessions = ['reception.sessions.regular', 'reception.sessions.periodic', 'reception.sessions.adhoc'];
  if (sessions.some((k) => w.has(k))) {
    const total = sessions.reduce((s, k) => s + w.value(k), 0);
    parts.push(
      total === 0
        ? 'Trong kỳ, không có công dân đến kiến nghị, phản ánh tại trụ sở tiếp công dân'
        : `Trong kỳ, UBND xã tổ chức tiếp công dân định kỳ ${w.int('reception.sessions.periodic', true)} buổi, thường xuyên ${w.int('reception.sessions.regular', true)} buổi, đột xuất ${w.int('reception.sessions.adhoc', true)} buổi`,
    );
  }
  if (w.has('petitions.received')) {
    if (w.value('petitions.received') === 0)
      parts.push('không có đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh');
    else
      parts.push(
        `tiếp nhận ${w.int('petitions.received', true)} đơn thư (${w.int('complaints.received', true)} đơn khiếu nại, ${w.int('denunciations.received', true)} đơn tố cáo, ${w.int('feedback.received', true)} đơn kiến nghị, phản ánh), đã giải quyết ${w.int('petitions.resolved', true)} đơn`,
      );
  }
  if (w.has('dialogues.conferences') && w.value('dialogues.conferences') > 0) {
    parts.push(
      `tổ chức ${w.int('dialogues.conferences', true)} hội nghị đối thoại với Nhân dân, tiếp nhận ${w.int('dialogues.opinions', true)} ý kiến`,
    );
  }
  if (w.has('mediation.cases')) {
    parts.push(
      w.value('mediation.cases') === 0
        ? 'không phát sinh vụ việc hòa giải ở cơ sở'
        : `hòa giải ${w.int('mediation.cases', true)} vụ việc, thành công ${w.int('mediation.successful', true)} vụ`,
    );
  }
  if (parts.length === 0) return { id: 'petitions.figures', kind: 'judgement', text: '', figures: [] };
  w.text(`${parts.join('; ')}.`);
  return generated('petitions.figures', w, [
    {
      total: 'petitions.received',
      parts: ['complaints.received', 'denunciations.received', 'feedback.received'],
    },
  ]);
}

function letters(data: ReportData, commune: ReturnType<typeof communeWord>): Paragraph {
  const w = new Writer(data.indicators);
  if (!w.has('letters.newborn')) return { id: 'friendly.letters', kind: 'judgement', text: '', figures: [] };
  w.text(
    `Chủ tịch UBND ${commune.kind} đã gửi ${w.int('letters.newborn', true)} thư chúc mừng khai sinh, ${w.int('letters.marriage', true)} thư chúc mừng đăng ký kết hôn và ${w.int('letters.condolence', true)} thư chia buồn tới các gia đình.`,
  );
  return generated('friendly.letters', w);
}

function supervision(data: ReportData): Paragraph {
  const w = new Writer(data.indicators);
  const items = [
    w.has('inspections.selfRounds') && `tự kiểm tra ${w.int('inspections.selfRounds', true)} cuộc`,
    w.has('supervision.councilRounds') &&
      `tiếp ${w.int('supervision.councilRounds', true)} cuộc giám sát của Hội đồng nhân dân, Mặt trận Tổ quốc`,
    w.has('inspections.findings') &&
      `qua đó phát hiện ${w.int('inspections.findings', true)} tồn tại, hạn chế`,
  ].filter(Boolean);
  if (items.length === 0) return { id: 'supervision.figures', kind: 'judgement', text: '', figures: [] };
  w.text(`Trong kỳ, đã ${items.join(', ')}.`);
  return generated('supervision.figures', w);
}
