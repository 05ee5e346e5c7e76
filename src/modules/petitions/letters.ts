import { formatDate, formatPlaceAndDate } from '../../domain/vi/index.ts';
import { type PetitionKind, type Topic, topicLabels } from './schema.ts';

const kindPhrase: Record<PetitionKind, string> = {
  complaint: 'đơn khiếu nại',
  denunciation: 'đơn tố cáo',
  feedback: 'đơn kiến nghị, phản ánh',
};

export interface LetterInput {
  communeName: string;
  kind: PetitionKind;
  code: string;
  receivedDate: string;
  subject: string;
  /** Null for a denunciation: its letters never name the denouncer (Luật Tố cáo 2018, art. 9). */
  submitter: { name: string; address: string | null } | null;
  /** The competent body the petition goes to, or the citizen is guided to. */
  body: string;
  date: string;
  note?: string | null;
}

const upper = (s: string) => s.toLocaleUpperCase('vi');
const from = (p: LetterInput) =>
  p.submitter
    ? `của Ông/Bà ${p.submitter.name}${p.submitter.address ? `, địa chỉ: ${p.submitter.address}` : ''}`
    : p.kind === 'denunciation'
      ? '(thông tin người tố cáo được giữ bí mật theo quy định của Luật Tố cáo)'
      : '';

/**
 * Phiếu chuyển đơn (Thông tư 05/2021/TT-TTCP): the petition is not within the commune's authority
 * and goes to the competent body. Plain text, ready to paste into the commune's letterhead.
 */
export function transferLetter(p: LetterInput): string {
  return [
    `ỦY BAN NHÂN DÂN ${upper(p.communeName)}`,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc',
    formatPlaceAndDate(p.communeName, p.date),
    '',
    'PHIẾU CHUYỂN ĐƠN',
    '',
    `Kính gửi: ${p.body}.`,
    '',
    `Ngày ${formatDate(p.receivedDate)}, Ủy ban nhân dân ${p.communeName} nhận được ${kindPhrase[p.kind]} ${from(p)}`.trim() +
      `, nội dung: ${p.subject}.`,
    `Sau khi xem xét, nội dung đơn không thuộc thẩm quyền giải quyết của Ủy ban nhân dân ${p.communeName}. ` +
      `Căn cứ quy định của pháp luật, Ủy ban nhân dân ${p.communeName} chuyển đơn đến ${p.body} để xem xét, giải quyết theo thẩm quyền.`,
    ...(p.note ? [p.note] : []),
    `(Mã đơn: ${p.code})`,
    '',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
  ].join('\n');
}

/**
 * Văn bản hướng dẫn: the citizen is told which body can settle the matter. A denunciation's
 * guidance is addressed to "người tố cáo" and handed over in person; the text names no one.
 */
export function guidanceLetter(p: LetterInput): string {
  const to = p.submitter
    ? `Ông/Bà ${p.submitter.name}${p.submitter.address ? ` (${p.submitter.address})` : ''}`
    : 'Người tố cáo';
  return [
    `ỦY BAN NHÂN DÂN ${upper(p.communeName)}`,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc',
    formatPlaceAndDate(p.communeName, p.date),
    '',
    `V/v hướng dẫn gửi ${kindPhrase[p.kind]} đến cơ quan có thẩm quyền`,
    '',
    `Kính gửi: ${to}.`,
    '',
    `Ngày ${formatDate(p.receivedDate)}, Ủy ban nhân dân ${p.communeName} nhận được ${kindPhrase[p.kind]} của Ông/Bà, nội dung: ${p.subject}.`,
    `Nội dung đơn không thuộc thẩm quyền giải quyết của Ủy ban nhân dân ${p.communeName}. ` +
      `Đề nghị Ông/Bà gửi đơn đến ${p.body} để được xem xét, giải quyết theo quy định của pháp luật.`,
    ...(p.note ? [p.note] : []),
    `(Mã đơn: ${p.code})`,
    '',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
  ].join('\n');
}

/**
 * Fills an answer template. Placeholders: {ma_don}, {ngay_nhan}, {noi_dung} (the subject),
 * {linh_vuc}, {xa}, {ngay_tra_loi}; anything else is left as written.
 */
export function renderTemplate(
  body: string,
  p: { code: string; receivedDate: string; subject: string; topic: Topic; communeName: string; date: string },
): string {
  const values: Record<string, string> = {
    ma_don: p.code,
    ngay_nhan: formatDate(p.receivedDate),
    noi_dung: p.subject,
    linh_vuc: topicLabels[p.topic],
    xa: p.communeName,
    ngay_tra_loi: formatDate(p.date),
  };
  return body.replace(/\{([a-z_]+)\}/g, (whole, key: string) => values[key] ?? whole);
}
