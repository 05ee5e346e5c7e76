import { formatLongDate } from '../../domain/vi/index.ts';
import type { ReportData } from './data.ts';
import { allParagraphs, genreTitles, type ReportDraft, type Section } from './model.ts';
import { cchcOutline } from './outlines/cchc.ts';
import { danVanOutline } from './outlines/dan-van.ts';

/** Composes a draft from data: figures and lists filled in, judgement sections pre-filled. */
export function composeDraft(data: ReportData): ReportDraft {
  const sections: Section[] =
    data.genre === 'cchc'
      ? cchcOutline(data)
      : danVanOutline(data, { recommendations: data.genre === 'so-ket' });
  // Keep the composed text beside the text officials will edit (see Paragraph.generated).
  for (const p of allParagraphs(sections)) if (p.kind === 'generated') p.generated = p.text;
  const communeName = data.commune.name.replace(/^(Xã|Phường|Đặc khu)\s+/, '');
  const unit = data.commune.name.split(' ')[0]?.toLowerCase() ?? 'xã';
  return {
    genre: data.genre,
    commune: data.commune,
    period: { key: data.period.key, from: data.period.from, to: data.period.to, label: data.period.label },
    summary: `${genreTitles[data.genre]} ${data.period.label}`,
    place: communeName,
    date: data.date,
    reference: null,
    sections,
    recipients: [
      `UBND ${data.commune.provinceName.replace(/\s*\(minh họa\)$/, '')}`.replace('UBND Tỉnh', 'UBND tỉnh'),
      'Sở Nội vụ',
      `Thường trực Đảng ủy ${unit}`,
      `Lãnh đạo UBND ${unit}`,
      `Ủy ban MTTQ Việt Nam ${unit}`,
      'Lưu: VT',
    ],
    signer: data.signer,
  };
}

/** "Xã Tân Phú, ngày 03 tháng 6 năm 2024" → the place-and-date line of the header. */
export function placeAndDate(draft: ReportDraft): string {
  return `${draft.place}, ${formatLongDate(draft.date)}`;
}
