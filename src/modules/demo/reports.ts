import type { Ctx } from '../../platform/context.ts';
import { vnDateTime } from '../onestop/appointment.ts';
import { createReport, saveSection } from '../reports/drafts.ts';
import { ChecksFailed, finaliseReport } from '../reports/finalise.ts';
import { allSections } from '../reports/model.ts';

/** What the demo communes' officials wrote in the judgement sections (the data writes the rest). */
const judgement: Record<string, string[]> = {
  strengths: [
    'Công tác dân vận chính quyền được cấp ủy, chính quyền quan tâm lãnh đạo, chỉ đạo; cán bộ, công chức có ý thức trách nhiệm, tận tụy phục vụ Nhân dân.',
    'Việc giải quyết thủ tục hành chính tại Bộ phận Một cửa được thực hiện công khai, minh bạch; tỷ lệ hồ sơ giải quyết đúng hạn được duy trì.',
  ],
  shortcomings: [
    'Một số hồ sơ còn giải quyết quá hạn; tỷ lệ tiếp nhận hồ sơ trực tuyến chưa đạt chỉ tiêu đề ra.',
    'Nguyên nhân: một số thủ tục phải lấy ý kiến nhiều cơ quan; người dân còn quen nộp hồ sơ trực tiếp.',
  ],
  tasks: [
    'Tiếp tục đẩy mạnh cải cách hành chính, nâng cao tỷ lệ hồ sơ trực tuyến và thanh toán trực tuyến.',
    'Duy trì tiếp công dân định kỳ, đối thoại với Nhân dân; giải quyết dứt điểm đơn thư ngay tại cơ sở.',
  ],
  recommendations: [
    'Đề nghị cấp trên tiếp tục tập huấn nghiệp vụ dịch vụ công trực tuyến cho cán bộ, công chức xã.',
  ],
};

/**
 * The commune's "dân vận" report for the half-year that has just ended, issued today with a
 * number from its register, so the province roll-up has reports to open and the next draft
 * starts from this one's judgement text. Left as a draft if the demo data fails a check.
 */
export async function loadDemoReport(ctx: Ctx, communeId: string): Promise<string> {
  const today = vnDateTime(ctx.asOf).date;
  const year = Number(today.slice(0, 4));
  const period = today.slice(5) >= '07-01' ? `${year}-H1` : `${year - 1}-H2`;
  const draft = await createReport(ctx, communeId, { genre: 'dan-van', period });
  const present = new Set(allSections(draft.content.sections).map((s) => s.id));
  for (const [sectionId, texts] of Object.entries(judgement)) {
    // The semi-annual outline has no recommendations section; the annual and CCHC ones do.
    if (!present.has(sectionId)) continue;
    await saveSection(ctx, communeId, draft.id, sectionId, {
      revision: 0,
      paragraphs: texts.map((text) => ({ text })),
    });
  }
  try {
    const issued = await finaliseReport(ctx, communeId, draft.id, {});
    return `báo cáo ${draft.content.period.label} số ${issued.reference}`;
  } catch (e) {
    if (e instanceof ChecksFailed) return `dự thảo báo cáo ${draft.content.period.label} (chưa đạt kiểm tra)`;
    throw e;
  }
}
