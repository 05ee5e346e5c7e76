import { createHash, randomUUID } from 'node:crypto';
import {
  addDays,
  type Calendar,
  isWorkingDay,
  weekdayOf,
  workingDayOnOrAfter,
} from '../../domain/calendar/index.ts';
import { vnDate } from '../../domain/calendar/local-date.ts';
import type { DeadlineRule } from '../../domain/deadlines/index.ts';
import { formatInt, searchKey } from '../../domain/vi/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { listDeadlineRules, loadCalendar } from '../calendar/service.ts';
import { intakeRuleKey, settlementRuleKey, stageDeadline } from '../petitions/deadlines.ts';
import { guidanceLetter, renderTemplate, transferLetter } from '../petitions/letters.ts';
import { petitionSearchText } from '../petitions/receive.ts';
import type { PetitionKind, Topic } from '../petitions/schema.ts';
import { getCommune } from '../units/service.ts';
import { personName } from './names.ts';
import type { Random } from './random.ts';
import { DEMO_HISTORY_DAYS } from './span.ts';
import { demoCommunes } from './units.ts';

/**
 * Two years of citizen reception, petitions, dialogue conferences and mediation for each
 * demo commune, ending today: the Chairman receives citizens every Thursday, land disputes
 * dominate, a few denunciations carry protected identities (and an anonymous one), dialogues raise
 * opinions answered on the spot or later, four mediations in five succeed. Deadlines come from
 * the same rules and calendar as the desk. Written in bulk, with one audit row per commune.
 */
export async function loadDemoPetitions(
  ctx: Ctx,
  random: Random,
  onStep?: (step: string) => void,
): Promise<void> {
  const rules = (await listDeadlineRules(ctx)) as DeadlineRule[];
  const calendar = await loadCalendar(ctx);
  for (const c of demoCommunes) {
    const commune = await getCommune(ctx, { code: c.code });
    const scale = c.code === 'SH-HOABINH' ? 1.3 : c.code === 'SH-YENSON' ? 0.6 : 1;
    const gen = new Generator(ctx, random, rules, calendar, {
      id: commune.id,
      code: commune.code,
      name: commune.name,
      villages: commune.villages,
      scale,
    });
    const counts = await gen.run();
    onStep?.(
      `Tiếp công dân, đơn thư ${commune.name}: ${formatInt(counts.sessions)} buổi tiếp, ${formatInt(counts.petitions)} đơn, ` +
        `${formatInt(counts.conferences)} hội nghị đối thoại, ${formatInt(counts.mediations)} vụ hòa giải`,
    );
  }
}

// --- Words --------------------------------------------------------------------------------------

const topicWeights: readonly (readonly [Topic, number])[] = [
  ['land', 55],
  ['construction', 9],
  ['policy', 10],
  ['environment', 10],
  ['publicOrder', 5],
  ['officials', 3],
  ['administrativeRules', 5],
  ['other', 3],
];

/** Subjects by kind and topic; {v} a village, {p} a person, {n} a number. */
const subjects: Record<PetitionKind, Partial<Record<Topic, string[]>>> = {
  complaint: {
    land: [
      'Khiếu nại mức bồi thường khi thu hồi đất làm đường liên thôn {v}',
      'Khiếu nại việc không cấp giấy chứng nhận quyền sử dụng đất thửa số {n}',
      'Khiếu nại quyết định xử phạt vi phạm hành chính về đất đai',
      'Khiếu nại việc đo đạc lại diện tích thửa đất số {n} tại {v}',
    ],
    construction: ['Khiếu nại quyết định buộc tháo dỡ công trình xây dựng tại {v}'],
    policy: [
      'Khiếu nại việc không được xét hỗ trợ hộ cận nghèo',
      'Khiếu nại việc cắt trợ cấp xã hội hằng tháng',
    ],
    other: ['Khiếu nại việc xác nhận hồ sơ chậm'],
  },
  denunciation: {
    land: [
      'Tố cáo hộ {p} lấn chiếm đất công tại {v}',
      'Tố cáo việc san lấp đất nông nghiệp trái phép tại {v}',
    ],
    officials: [
      'Tố cáo cán bộ thôn {v} thu tiền trái quy định',
      'Tố cáo cán bộ địa chính gây khó khăn khi làm thủ tục đất đai',
    ],
    environment: ['Tố cáo cơ sở chăn nuôi xả thải ra kênh tưới tại {v}'],
    publicOrder: ['Tố cáo tụ tập đánh bạc tại khu vực chợ {v}'],
  },
  feedback: {
    land: [
      'Đề nghị giải quyết tranh chấp ranh giới đất với hộ {p}',
      'Đề nghị hướng dẫn thủ tục tách thửa đất tại {v}',
      'Kiến nghị về việc hộ {p} xây tường rào lấn lối đi chung',
      'Đề nghị cấp đổi giấy chứng nhận quyền sử dụng đất bị sai tên',
      'Phản ánh việc đổ đất lấn mương thoát nước tại {v}',
    ],
    construction: [
      'Phản ánh công trình xây dựng không phép tại {v}',
      'Kiến nghị sửa chữa đường bê tông thôn {v} bị hư hỏng',
    ],
    policy: [
      'Đề nghị xem xét hỗ trợ hộ nghèo cho gia đình {p}',
      'Hỏi về chế độ bảo hiểm y tế cho người cao tuổi',
      'Kiến nghị chi trả chậm trợ cấp người có công',
    ],
    environment: [
      'Phản ánh rác thải tồn đọng tại đầu {v}',
      'Phản ánh mùi hôi từ trại chăn nuôi gần khu dân cư {v}',
      'Kiến nghị nạo vét kênh mương nội đồng {v}',
    ],
    publicOrder: [
      'Phản ánh tình trạng xe tải chạy tốc độ cao qua {v}',
      'Kiến nghị lắp đèn chiếu sáng đường vào {v}',
    ],
    officials: ['Phản ánh thái độ tiếp dân của cán bộ bộ phận một cửa'],
    administrativeRules: [
      'Kiến nghị đơn giản hóa giấy tờ khi đăng ký thường trú',
      'Phản ánh yêu cầu nộp thêm giấy tờ ngoài quy định khi chứng thực',
    ],
    other: ['Đề nghị hỗ trợ sửa chữa nhà văn hóa {v}', 'Kiến nghị mở lớp dạy nghề cho thanh niên'],
  },
};

const transferBodies = [
  'Ủy ban nhân dân tỉnh Sơn Hà',
  'Sở Nông nghiệp và Môi trường tỉnh Sơn Hà',
  'Tòa án nhân dân khu vực 2 – Sơn Hà',
  'Công an tỉnh Sơn Hà',
  'Chi nhánh Văn phòng đăng ký đất đai khu vực Hòa Lâm',
];

const templates: { kind: PetitionKind; topic: Topic; title: string; body: string }[] = [
  {
    kind: 'feedback',
    topic: 'land',
    title: 'Tranh chấp, ranh giới đất đai',
    body: 'Ủy ban nhân dân {xa} nhận được đơn {ma_don} ngày {ngay_nhan} về việc "{noi_dung}". Ngày {ngay_tra_loi}, UBND xã đã chủ trì buổi làm việc, xác minh thực địa cùng các hộ liên quan và Tổ hòa giải thôn; đề nghị các bên giữ nguyên hiện trạng, nếu không thống nhất thì nộp đơn đến Tòa án nhân dân khu vực để được giải quyết theo quy định.',
  },
  {
    kind: 'feedback',
    topic: 'environment',
    title: 'Vệ sinh môi trường',
    body: 'UBND {xa} trả lời kiến nghị {ma_don} về "{noi_dung}": UBND xã đã giao công chức Địa chính – môi trường kiểm tra, yêu cầu khắc phục và bố trí thu gom, xử lý trong tháng. Cảm ơn Ông/Bà đã phản ánh.',
  },
  {
    kind: 'feedback',
    topic: 'policy',
    title: 'Chế độ, chính sách',
    body: 'UBND {xa} trả lời đơn {ma_don}: nội dung "{noi_dung}" đã được công chức Văn hóa – xã hội rà soát theo quy định hiện hành. Đề nghị Ông/Bà liên hệ bộ phận Một cửa để được hướng dẫn hồ sơ cụ thể.',
  },
  {
    kind: 'feedback',
    topic: 'construction',
    title: 'Xây dựng, hạ tầng',
    body: 'UBND {xa} đã tiếp nhận phản ánh {ma_don} về "{noi_dung}", kiểm tra hiện trường và đưa vào kế hoạch xử lý. Kết quả sẽ được thông báo công khai tại nhà văn hóa thôn.',
  },
  {
    kind: 'feedback',
    topic: 'publicOrder',
    title: 'An ninh, trật tự',
    body: 'UBND {xa} trả lời phản ánh {ma_don}: đã giao Công an xã tăng cường tuần tra, kiểm soát tại khu vực "{noi_dung}".',
  },
  {
    kind: 'feedback',
    topic: 'administrativeRules',
    title: 'Quy định hành chính',
    body: 'UBND {xa} ghi nhận kiến nghị {ma_don} về quy định hành chính "{noi_dung}" và đã tổng hợp gửi cơ quan có thẩm quyền; bộ phận Một cửa chỉ yêu cầu giấy tờ theo đúng bộ thủ tục đã công bố.',
  },
  {
    kind: 'feedback',
    topic: 'other',
    title: 'Nội dung khác',
    body: 'UBND {xa} đã nhận đơn {ma_don} ngày {ngay_nhan} và trả lời như sau: nội dung "{noi_dung}" đã được xem xét, đưa vào kế hoạch năm tới.',
  },
  {
    kind: 'feedback',
    topic: 'officials',
    title: 'Thái độ, trách nhiệm cán bộ',
    body: 'UBND {xa} tiếp thu phản ánh {ma_don}, đã kiểm điểm, nhắc nhở cán bộ có liên quan và xin lỗi Ông/Bà về sự việc.',
  },
];

// --- Generation ---------------------------------------------------------------------------------

interface CommuneInfo {
  id: string;
  code: string;
  name: string;
  villages: { id: string; name: string }[];
  scale: number;
}
interface Staff {
  id: string;
  fullName: string;
  position: string | null;
  role: string;
  duties: string[];
}
type Json = Record<string, unknown>;

class Generator {
  private readonly today: string;
  private readonly start: string;
  private readonly sessions: Json[] = [];
  private readonly petitions: Json[] = [];
  private readonly identities: Json[] = [];
  private readonly events: Json[] = [];
  private readonly conferences: Json[] = [];
  private readonly opinions: Json[] = [];
  private readonly mediations: Json[] = [];
  private readonly schedule: Json[] = [];
  private readonly templateRows: (Json & { id: string; kind: PetitionKind; topic: Topic; body: string })[] =
    [];
  private readonly submitted: {
    name: string;
    kind: PetitionKind;
    topic: Topic;
    subject: string;
    id: string;
  }[] = [];
  private seq = new Map<string, number>();
  private staff: Staff[] = [];
  private anonymousLeft = 1;

  constructor(
    private readonly ctx: Ctx,
    private readonly random: Random,
    private readonly rules: readonly DeadlineRule[],
    private readonly calendar: Calendar,
    private readonly commune: CommuneInfo,
  ) {
    this.today = vnDate(ctx.asOf);
    this.start = addDays(this.today, -DEMO_HISTORY_DAYS);
  }

  private person = () => personName(this.random);
  private village = () => this.random.pick(this.commune.villages).name;
  private get chairman() {
    return (
      this.staff.find((s) => s.role === 'leader' && s.position?.startsWith('Chủ tịch')) ??
      (this.staff[0] as Staff)
    );
  }
  private officer(duty?: string) {
    const officers = this.staff.filter((s) => s.role === 'officer');
    return (duty && officers.find((s) => s.duties.includes(duty))) || this.random.pick(officers);
  }
  /** A working day `min`–`max` days after `date` (officials act on working days). */
  private later(date: string, min: number, max: number) {
    return workingDayOnOrAfter(
      addDays(date, this.random.int(min, Math.max(min, Math.floor(max)))),
      this.calendar,
    );
  }

  async run() {
    this.staff = await this.ctx.tx.query<Staff>(
      `select id, full_name as "fullName", position, role, duties from users where commune_id = $1 and active order by username`,
      [this.commune.id],
    );
    this.makeTemplates();
    this.makeSchedule();
    for (let day = this.start; day <= this.today; day = addDays(day, 1)) {
      if (!isWorkingDay(day, this.calendar)) continue;
      this.receptionDay(day);
      this.mailDay(day);
      if (this.conferenceDay(day)) this.conference(day);
      const mediationsToday = this.random.chance(0.13 * this.commune.scale) ? 1 : 0;
      for (let i = 0; i < mediationsToday; i++) this.mediation(day);
    }
    await this.insert();
    await recordAudit(this.ctx, {
      communeId: this.commune.id,
      entity: 'petition_import',
      entityId: `demo-${this.today}`,
      action: 'create',
      after: {
        source: 'Dữ liệu minh họa',
        sessions: this.sessions.length,
        petitions: this.petitions.length,
        conferences: this.conferences.length,
        mediations: this.mediations.length,
      },
    });
    return {
      sessions: this.sessions.length,
      petitions: this.petitions.length,
      conferences: this.conferences.length,
      mediations: this.mediations.length,
    };
  }

  private makeTemplates() {
    for (const t of templates) this.templateRows.push({ id: randomUUID(), ...t, active: true });
  }

  private makeSchedule() {
    const chairman = this.chairman;
    const office = this.officer('office');
    const place = `Phòng tiếp công dân UBND ${this.commune.name}`;
    this.schedule.push({
      kind: 'periodic',
      receiver_name: chairman.fullName,
      receiver_role: chairman.position ?? 'Chủ tịch UBND',
      weekday: 4,
      start_time: '07:30',
      end_time: '11:30',
      place,
      note: 'Chủ tịch UBND tiếp công dân định kỳ (Luật Tiếp công dân 2013, Điều 15).',
      valid_from: this.start,
    });
    for (let weekday = 1; weekday <= 5; weekday++) {
      this.schedule.push({
        kind: 'regular',
        receiver_name: office.fullName,
        receiver_role: 'Công chức được phân công tiếp công dân thường xuyên',
        weekday,
        start_time: '07:30',
        end_time: '17:00',
        place,
        note: null,
        valid_from: this.start,
      });
    }
  }

  /** Thursday: the Chairman's session (moved to Friday when Thursday is a day off); other days: the duty officer. */
  private receptionDay(day: string) {
    const weekday = weekdayOf(day);
    const thursdayOff = weekday === 5 && !isWorkingDay(addDays(day, -1), this.calendar);
    if (weekday === 4 || thursdayOff) {
      const citizens = this.random.weighted([
        [0, 10],
        [1, 15],
        [2, 25],
        [3, 22],
        [4, 14],
        [5, 8],
        [6, 6],
      ] as const);
      this.session(day, 'periodic', Math.round(citizens * this.commune.scale), this.chairman, false);
    } else if (this.random.chance(0.3 * this.commune.scale)) {
      this.session(day, 'regular', this.random.int(1, 3), this.officer('office'), false);
    }
    if (this.random.chance(0.012 * this.commune.scale)) {
      const leader = this.staff.find((s) => s.role === 'leader' && s !== this.chairman) ?? this.chairman;
      this.session(day, 'adhoc', this.random.int(8, 35), leader, this.random.chance(0.7));
    }
  }

  private session(
    day: string,
    kind: 'regular' | 'periodic' | 'adhoc',
    citizens: number,
    receiver: Staff,
    crowd: boolean,
  ) {
    const id = randomUUID();
    const topics = new Set<Topic>();
    let opened = 0;
    for (let i = 0; i < citizens; i++) {
      const topic = this.random.weighted(topicWeights);
      topics.add(topic);
      // About half the visits bring a written petition; the rest are answered or guided on the spot.
      if (this.random.chance(kind === 'adhoc' ? 0.1 : 0.45)) {
        this.petition(day, 'reception', { sessionId: id, topic });
        opened++;
      }
    }
    this.sessions.push({
      id,
      kind,
      session_date: day,
      place:
        kind === 'adhoc' ? `Nhà văn hóa ${this.village()}` : `Phòng tiếp công dân UBND ${this.commune.name}`,
      receiver_id: receiver.id,
      receiver_name: receiver.fullName,
      receiver_role:
        kind === 'regular' ? 'Công chức tiếp công dân thường xuyên' : (receiver.position ?? 'Lãnh đạo UBND'),
      citizens: Math.max(citizens, opened),
      crowd,
      topics: [...topics],
      notes: crowd
        ? 'Đoàn đông người phản ánh về bồi thường, giải phóng mặt bằng; đã đối thoại, giải thích chính sách.'
        : null,
    });
  }

  private mailDay(day: string) {
    const s = this.commune.scale;
    const age = (Date.parse(this.today) - Date.parse(day)) / 86_400_000;
    if (this.random.chance(0.16 * s)) this.petition(day, 'mail', {});
    if (this.random.chance(0.04 * s)) this.petition(day, 'forwarded', {});
    // The portal grows: from one submission a month to one a week.
    if (this.random.chance((0.05 + 0.15 * (1 - age / DEMO_HISTORY_DAYS)) * s))
      this.petition(day, 'portal', { kind: 'feedback' });
  }

  private code(receivedDate: string) {
    const prefix = `${this.commune.code}-DT${receivedDate.slice(2, 4)}-`;
    const n = (this.seq.get(prefix) ?? 0) + 1;
    this.seq.set(prefix, n);
    return `${prefix}${String(n).padStart(4, '0')}`;
  }

  private subjectFor(kind: PetitionKind, topic: Topic): { topic: Topic; subject: string } {
    const options = subjects[kind][topic] ?? subjects[kind].land ?? [];
    const chosen = options.length > 0 ? topic : 'land';
    const text = this.random
      .pick(options.length > 0 ? options : (subjects[kind].land as string[]))
      .replace('{v}', this.village())
      .replace('{p}', this.person())
      .replace('{n}', String(this.random.int(12, 480)));
    return { topic: chosen, subject: text };
  }

  private petition(
    day: string,
    channel: 'reception' | 'mail' | 'portal' | 'forwarded',
    o: { sessionId?: string; topic?: Topic; kind?: PetitionKind },
  ) {
    const r = this.random;
    const kind: PetitionKind =
      o.kind ??
      r.weighted([
        ['feedback', 60],
        ['complaint', 35],
        ['denunciation', 5],
      ] as const);
    const anonymous =
      kind === 'denunciation' && channel === 'mail' && this.anonymousLeft > 0 && r.chance(0.35);
    if (anonymous) this.anonymousLeft--;
    // Some come back: same person, same matter, a few months later.
    const earlier =
      !anonymous && r.chance(0.08)
        ? this.submitted.filter((s) => s.kind === kind).at(-r.int(1, 20))
        : undefined;
    const { topic, subject } = earlier
      ? { topic: earlier.topic, subject: searchKey(earlier.subject) }
      : this.subjectFor(kind, o.topic ?? r.weighted(topicWeights));
    const name = earlier?.name ?? this.person();
    const id = randomUUID();
    const code = this.code(day);
    const denunciation = kind === 'denunciation';
    const intake = stageDeadline(this.rules, intakeRuleKey[kind], this.calendar, { receivedDate: day });
    const p: Json = {
      id,
      code,
      secret_hash: createHash('sha256').update(randomUUID()).digest('hex'),
      kind,
      channel,
      reception_session_id: o.sessionId ?? null,
      forwarded_by:
        channel === 'forwarded'
          ? r.pick(['UBND tỉnh Sơn Hà', 'Ban Tiếp công dân tỉnh Sơn Hà', 'Thanh tra tỉnh Sơn Hà'])
          : null,
      anonymous,
      submitter_name: denunciation ? null : name,
      submitter_address: denunciation ? null : this.village(),
      submitter_contact: denunciation || !r.chance(0.6) ? null : `09${r.int(10_000_000, 99_999_999)}`,
      submitter_key: denunciation ? null : searchKey(name),
      subject,
      subject_key: searchKey(subject),
      topic,
      content: `${subject}. Đề nghị UBND ${this.commune.name} xem xét, giải quyết.`,
      status: 'received',
      received_date: day,
      intake_rule_key: intake?.ruleKey ?? null,
      intake_rule_from: intake?.ruleEffectiveFrom ?? null,
      intake_due_date: intake?.dueDate ?? null,
      due_date: intake?.dueDate ?? null,
      extensions: [],
      repeated_of: earlier?.id ?? null,
      over_level: channel === 'forwarded',
      for_inspection: false,
      answer_published: false,
      reopened_count: 0,
      search_text: petitionSearchText({ code, subject, submitterName: denunciation ? null : name }),
    };
    this.petitions.push(p);
    if (!anonymous) this.submitted.push({ name, kind, topic, subject, id });
    if (denunciation && !anonymous) {
      this.identities.push({
        petition_id: id,
        full_name: name,
        address: `${this.village()}, ${this.commune.name}`,
        contact: `09${r.int(10_000_000, 99_999_999)}`,
        note: 'Đề nghị giữ bí mật thông tin người tố cáo.',
        name_key: searchKey(name),
      });
    }
    this.event(id, day, 'receive', null, null);
    this.progress(p, anonymous);
  }

  private event(petitionId: string, date: string, kind: string, actorId: string | null, note: string | null) {
    this.events.push({
      petition_id: petitionId,
      at: `${date}T${String(this.random.int(8, 16)).padStart(2, '0')}:00:00+07:00`,
      kind,
      actor_id: actorId,
      note,
    });
  }

  /** What has happened to a petition by today: classified, assigned, settled or answered — mostly on time. */
  private progress(p: Json, anonymous: boolean) {
    const r = this.random;
    const id = p.id as string;
    const kind = p.kind as PetitionKind;
    const received = p.received_date as string;
    const intakeDue = (p.intake_due_date as string | null) ?? addDays(received, 10);
    const classify = this.later(
      received,
      1,
      r.chance(0.92) ? Math.max(1, (Date.parse(intakeDue) - Date.parse(received)) / 86_400_000) : 20,
    );
    if (classify > this.today) return;
    const leader = this.chairman;
    if (anonymous) {
      const specific = r.chance(0.5);
      Object.assign(p, {
        status: 'filed',
        closed_date: classify,
        filed_reason: specific
          ? 'Tố cáo nặc danh, nội dung cụ thể: chuyển công chức kiểm tra phục vụ công tác quản lý.'
          : 'Tố cáo nặc danh, nội dung không cụ thể: lưu đơn.',
        for_inspection: specific,
      });
      this.event(id, classify, 'file', leader.id, p.filed_reason as string);
      return;
    }
    const route =
      p.repeated_of && r.chance(0.5)
        ? 'file'
        : r.weighted([
            ['accept', 82],
            ['transfer', 9],
            ['guide', 6],
            ['file', 3],
          ] as const);
    if (route === 'file') {
      Object.assign(p, {
        status: 'filed',
        closed_date: classify,
        filed_reason: p.repeated_of
          ? 'Đơn trùng nội dung đã được giải quyết, lưu đơn và trả lời công dân.'
          : 'Đơn không đủ điều kiện xử lý.',
      });
      this.event(id, classify, 'file', leader.id, p.filed_reason as string);
      return;
    }
    if (route === 'transfer' || route === 'guide') {
      const body = r.pick(transferBodies);
      const letter = {
        communeName: this.commune.name,
        kind,
        code: p.code as string,
        receivedDate: received,
        subject: p.subject as string,
        submitter:
          kind === 'denunciation'
            ? null
            : { name: p.submitter_name as string, address: p.submitter_address as string | null },
        body,
        date: classify,
      };
      Object.assign(p, {
        status: route === 'transfer' ? 'transferred' : 'guided',
        within_authority: false,
        classified_date: classify,
        closed_date: classify,
        transferred_to: body,
        letter_text: route === 'transfer' ? transferLetter(letter) : guidanceLetter(letter),
      });
      this.event(id, classify, route, leader.id, body);
      return;
    }
    const variant = kind === 'complaint' && r.chance(0.15) ? 'complex' : null;
    const settle = stageDeadline(this.rules, settlementRuleKey[kind], this.calendar, {
      receivedDate: received,
      acceptedDate: classify,
      variant,
    });
    const official =
      (p.topic as Topic) === 'land' || (p.topic as Topic) === 'construction'
        ? this.officer('land')
        : this.officer();
    Object.assign(p, {
      status: 'accepted',
      within_authority: true,
      classified_date: classify,
      accepted_date: classify,
      rule_key: settle?.ruleKey ?? null,
      rule_effective_from: settle?.ruleEffectiveFrom ?? null,
      variant,
      due_date: settle?.dueDate ?? null,
      assigned_official_id: official.id,
      assigned_date: classify,
    });
    this.event(id, classify, 'accept', leader.id, null);
    this.event(id, classify, 'assign', leader.id, official.fullName);
    let due = (settle?.dueDate ?? addDays(received, 30)) as string;
    if (kind === 'denunciation' && r.chance(0.25)) {
      const ext = stageDeadline(this.rules, settlementRuleKey[kind], this.calendar, {
        receivedDate: received,
        acceptedDate: classify,
        extensions: [30],
      });
      const date = addDays(due, -3);
      if (ext && date <= this.today) {
        due = ext.dueDate;
        Object.assign(p, {
          due_date: due,
          extensions: [{ days: 30, reason: 'Vụ việc phức tạp, cần xác minh thêm.', date }],
        });
        this.event(id, date, 'extend', leader.id, 'Vụ việc phức tạp, cần xác minh thêm.');
      }
    }
    const span = Math.max(2, (Date.parse(due) - Date.parse(classify)) / 86_400_000);
    const late = r.chance(0.06);
    const closed = late ? this.later(due, 2, 20) : this.later(classify, 2, Math.floor(span));
    // A recent one stays open; a few old ones were forgotten and are now overdue.
    if (closed > this.today || r.chance(0.012)) return;
    if (kind === 'feedback') {
      const template = this.templateRows.find((t) => t.topic === p.topic) ?? this.templateRows.at(-2);
      const text = renderTemplate(template?.body ?? '', {
        code: p.code as string,
        receivedDate: received,
        subject: p.subject as string,
        topic: p.topic as Topic,
        communeName: this.commune.name,
        date: closed,
      });
      const published = p.channel === 'portal' || r.chance(0.5);
      Object.assign(p, {
        status: 'answered',
        closed_date: closed,
        answer_text: text,
        answer_template_id: template?.id ?? null,
        answered_date: closed,
        answer_published: published,
        published_date: published ? closed : null,
      });
      this.event(id, closed, 'answer', official.id, null);
      if (p.channel === 'portal' && published && r.chance(0.45)) {
        const rating = r.weighted([
          [5, 45],
          [4, 30],
          [3, 13],
          [2, 8],
          [1, 4],
        ] as const);
        const ratedDate = this.later(closed, 0, 6);
        if (ratedDate <= this.today) {
          if (rating <= 2 && r.chance(0.5) && this.later(closed, 1, 20) <= this.today) {
            // "Resolved" that was not: reopened, answered again.
            const reopened = this.later(closed, 1, 20);
            const again = this.later(reopened, 3, 12);
            Object.assign(p, {
              reopened_count: 1,
              reopen_reason: 'Sự việc vẫn chưa được khắc phục.',
              reopened_date: reopened,
            });
            this.event(id, reopened, 'reopen', null, 'Sự việc vẫn chưa được khắc phục.');
            if (again <= this.today) {
              Object.assign(p, {
                closed_date: again,
                answered_date: again,
                published_date: again,
                answer_text: `${text} Ngày ${again.split('-').reverse().join('/')}, UBND xã đã kiểm tra lại và hoàn thành khắc phục.`,
              });
              this.event(id, again, 'answer', official.id, null);
            } else {
              const reopenDue = stageDeadline(this.rules, settlementRuleKey.feedback, this.calendar, {
                receivedDate: reopened,
              });
              Object.assign(p, {
                status: 'accepted',
                closed_date: null,
                answer_published: true,
                due_date: reopenDue?.dueDate ?? null,
              });
            }
          } else {
            Object.assign(p, {
              rating,
              rating_comment: rating >= 4 ? 'Cảm ơn UBND xã.' : null,
              rated_date: ratedDate,
            });
            this.event(id, ratedDate, 'rate', null, `Điểm: ${rating}/5`);
          }
        }
      }
      return;
    }
    const decision = `${r.int(5, 240)}/QĐ-UBND`;
    Object.assign(p, {
      status: 'settled',
      closed_date: closed,
      decision_ref: decision,
      decision_date: closed,
      outcome: r.weighted([
        ['unfounded', 50],
        ['partlyFounded', 35],
        ['founded', 15],
      ] as const),
    });
    this.event(id, closed, 'settle', official.id, decision);
  }

  /**
   * Dialogue conferences: the first Tuesday of every other month, in turn across the villages
   * (a larger ward adds an occasional extra one).
   */
  private conferenceDay(day: string) {
    if (weekdayOf(day) !== 2) return false;
    const firstTuesday = Number(day.slice(8, 10)) <= 7;
    return (
      (firstTuesday && Number(day.slice(5, 7)) % 2 === 0) || this.random.chance(0.02 * this.commune.scale)
    );
  }

  private conference(day: string) {
    const r = this.random;
    const id = randomUUID();
    const village = r.pick(this.commune.villages);
    this.conferences.push({
      id,
      held_date: day,
      village_id: village.id,
      place: `Nhà văn hóa ${village.name}`,
      chaired_by: `${this.chairman.fullName} – ${this.chairman.position ?? 'Chủ tịch UBND'}`,
      topic: r.pick([
        'Đối thoại về bồi thường, giải phóng mặt bằng dự án đường liên thôn',
        'Đối thoại về quy hoạch sử dụng đất và cấp giấy chứng nhận',
        'Đối thoại về chính sách hỗ trợ sản xuất nông nghiệp',
        'Đối thoại về vệ sinh môi trường, thu gom rác thải',
        'Đối thoại về xây dựng nông thôn mới',
      ]),
      participants: r.int(40, 130),
      notes: null,
    });
    const count = r.int(3, 8);
    for (let i = 0; i < count; i++) {
      const topic = r.weighted(topicWeights);
      const outcome = r.weighted([
        ['answeredOnSpot', 58],
        ['answeredLater', 27],
        ['escalated', 10],
        ['pending', 5],
      ] as const);
      const answeredDate =
        outcome === 'answeredOnSpot' ? day : outcome === 'answeredLater' ? this.later(day, 5, 30) : null;
      const stillPending = outcome === 'pending' || (answeredDate !== null && answeredDate > this.today);
      this.opinions.push({
        conference_id: id,
        topic,
        content: this.subjectFor('feedback', topic).subject,
        raised_by: r.chance(0.7) ? `Ông/Bà ${this.person()}` : null,
        outcome: stillPending ? 'pending' : outcome,
        answer:
          stillPending || outcome === 'escalated'
            ? null
            : 'Lãnh đạo UBND xã đã giải thích chính sách và giao bộ phận chuyên môn thực hiện.',
        answered_date: stillPending ? null : answeredDate,
        escalated_to:
          outcome === 'escalated'
            ? r.pick([
                'UBND tỉnh Sơn Hà',
                'Sở Nông nghiệp và Môi trường tỉnh Sơn Hà',
                'Sở Xây dựng tỉnh Sơn Hà',
              ])
            : null,
      });
    }
  }

  private mediation(day: string) {
    const r = this.random;
    const field = r.weighted([
      ['land', 40],
      ['family', 25],
      ['neighbour', 25],
      ['civil', 7],
      ['other', 3],
    ] as const);
    const village = r.pick(this.commune.villages);
    const resultDate = this.later(day, 3, 25);
    const done = resultDate <= this.today;
    const held = addDays(resultDate, -this.random.int(0, 2));
    const mediationDate = done ? (held < day ? day : held) : null;
    const result = done ? (r.chance(0.82) ? 'successful' : 'unsuccessful') : 'ongoing';
    this.mediations.push({
      received_date: day,
      village_id: village.id,
      field,
      subject: {
        land: 'Tranh chấp ranh giới đất vườn giữa hai hộ liền kề',
        family: 'Mâu thuẫn vợ chồng, chia tài sản chung',
        neighbour: 'Mâu thuẫn do nước thải sinh hoạt chảy sang nhà bên cạnh',
        civil: 'Tranh chấp tiền vay mượn giữa hai gia đình',
        other: 'Mâu thuẫn trong sử dụng lối đi chung',
      }[field],
      parties: [`Hộ ${this.person()}`, `Hộ ${this.person()}`],
      mediators: [`Tổ hòa giải ${village.name}`, this.person()],
      mediation_date: mediationDate,
      result,
      result_date: done ? resultDate : null,
      notes: null,
    });
  }

  // --- Bulk insert ------------------------------------------------------------------------------

  private async insertAll(table: string, columns: string[], rows: Json[], extra = '') {
    const batch = 300;
    for (let i = 0; i < rows.length; i += batch) {
      await this.ctx.tx.query(
        `insert into ${table} (commune_id, ${columns.join(', ')})
         select $1, ${columns.join(', ')} from jsonb_populate_recordset(null::${table}, $2::jsonb) ${extra}`,
        [this.commune.id, JSON.stringify(rows.slice(i, i + batch))],
      );
    }
  }

  private async insert() {
    const keys = (rows: Json[], fallback: string[]) => [
      ...new Set([...fallback, ...rows.flatMap((r) => Object.keys(r))]),
    ];
    await this.insertAll(
      'petition_templates',
      ['id', 'kind', 'topic', 'title', 'body', 'active'],
      this.templateRows,
    );
    await this.insertAll('reception_schedule', keys(this.schedule, []), this.schedule);
    await this.insertAll('reception_sessions', keys(this.sessions, []), this.sessions);
    // Originals before their repeats: a repeat refers to a petition received earlier.
    await this.insertAll(
      'petitions',
      keys(this.petitions, []),
      this.petitions,
      'order by received_date, code',
    );
    await this.insertAll('petition_identities', keys(this.identities, []), this.identities);
    await this.insertAll('petition_events', keys(this.events, []), this.events);
    await this.insertAll('dialogue_conferences', keys(this.conferences, []), this.conferences);
    await this.insertAll('dialogue_opinions', keys(this.opinions, []), this.opinions);
    await this.insertAll('mediation_cases', keys(this.mediations, []), this.mediations);
  }
}
