import type { ReportData } from '../data.ts';
import type { Section } from '../model.ts';
import { danVanOutline } from './dan-van.ts';

/**
 * The annual administrative-reform (CCHC) report: direction, procedure reform (the one-stop
 * figures), e-government, "Chính quyền thân thiện", tasks and recommendations — the same
 * paragraphs as the "dân vận" report, arranged the way the CCHC example arranges them.
 */
export function cchcOutline(data: ReportData): Section[] {
  const dv = danVanOutline(data, { recommendations: true });
  const byId = new Map(flatten(dv).map((s) => [s.id, s]));
  const take = (id: string, number: string, title?: string, level: 1 | 2 | 3 = 2): Section => {
    const s = byId.get(id);
    if (!s) throw new Error(`outline: no section ${id}`);
    return { ...s, number, title: title ?? s.title, level };
  };
  return [
    take('overview', 'I.', 'KHÁI QUÁT CHUNG', 1),
    take('direction', 'II.', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH', 1),
    {
      id: 'cchc.results',
      number: 'III.',
      title: 'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
      level: 1,
      required: false,
      paragraphs: [],
      children: [
        take('reform', '1.', 'Cải cách thủ tục hành chính'),
        take('democracy', '2.', 'Công khai, minh bạch và thực hiện dân chủ ở cơ sở'),
        take('friendly', '3.', 'Xây dựng chính quyền thân thiện'),
        take('supervision', '4.', 'Công tác kiểm tra, giám sát'),
      ],
    },
    {
      ...take('assessment', 'IV.', 'ĐÁNH GIÁ CHUNG', 1),
    },
    take('tasks', 'V.', 'NHIỆM VỤ TRỌNG TÂM KỲ TỚI', 1),
    take('recommendations', 'VI.', 'KIẾN NGHỊ, ĐỀ XUẤT', 1),
  ];
}

function flatten(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}
