import { placeAndDate } from './compose.ts';
import type { ReportDraft } from './model.ts';

/**
 * The fixed parts of a report in the Nghị định 30/2020 layout, worded once for the DOCX and the
 * print preview: the header's two columns, the closing sentence and the signature block.
 */
export interface Frame {
  /** Left column: the issuing body ("ỦY BAN NHÂN DÂN" over "XÃ TÂN PHÚ"). */
  issuer: [string, string];
  /** "Số: 30/BC-UBND"; a draft leaves the number blank. */
  number: string;
  placeAndDate: string;
  summary: string;
  closing: string;
  authority: string;
  title: string;
  signer: string;
  recipients: string[];
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function frameOf(draft: ReportDraft): Frame {
  const unit = draft.commune.name.split(' ')[0]?.toUpperCase() ?? 'XÃ';
  return {
    issuer: ['ỦY BAN NHÂN DÂN', draft.commune.name.toUpperCase()],
    number: `Số: ${draft.reference ?? '      /BC-UBND'}`,
    placeAndDate: placeAndDate(draft),
    summary: draft.summary,
    closing: `Trên đây là báo cáo ${lowerFirst(draft.summary)} của UBND ${lowerFirst(draft.commune.name)}./.`,
    authority:
      draft.signer.authority === 'TM.' ? `TM. ỦY BAN NHÂN DÂN ${unit}` : `${draft.signer.authority} CHỦ TỊCH`,
    title: draft.signer.title.toUpperCase(),
    signer: draft.signer.name,
    recipients: draft.recipients.map((r, i) => `- ${r}${i === draft.recipients.length - 1 ? '.' : ';'}`),
  };
}
