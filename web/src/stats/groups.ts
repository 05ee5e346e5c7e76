/** The statistics page's sections: indicators grouped by the first part of their key (PRIMER §4). */
export const groupTitles: Readonly<Record<string, string>> = {
  profile: 'Thông tin chung',
  onestop: 'Bộ phận một cửa',
  reception: 'Tiếp công dân',
  petitions: 'Đơn thư',
  complaints: 'Khiếu nại',
  denunciations: 'Tố cáo',
  feedback: 'Phản ánh, kiến nghị',
  dialogues: 'Đối thoại',
  mediation: 'Hòa giải ở cơ sở',
  disclosure: 'Công khai',
  consultation: 'Lấy ý kiến Nhân dân',
  initiatives: '"Dân vận khéo"',
  movements: 'Phong trào thi đua',
  communication: 'Tuyên truyền',
  letters: 'Thư chính quyền thân thiện',
  staff: 'Cán bộ, công chức',
  inspections: 'Kiểm tra',
  supervision: 'Giám sát',
};

export interface IndicatorGroup {
  id: string;
  title: string;
  rows: { key: string; label: string; value: number }[];
}

/** Groups in the order above (unknown prefixes last, by name); rows keep the server's order. */
export function groupIndicators(
  indicators: Readonly<Record<string, number>>,
  labels: Readonly<Record<string, string>>,
): IndicatorGroup[] {
  const groups = new Map<string, IndicatorGroup>();
  for (const [key, value] of Object.entries(indicators)) {
    const id = key.split('.')[0] ?? key;
    let group = groups.get(id);
    if (!group) {
      group = { id, title: groupTitles[id] ?? id, rows: [] };
      groups.set(id, group);
    }
    const label = labels[key];
    group.rows.push({ key, label: label ? label.charAt(0).toUpperCase() + label.slice(1) : key, value });
  }
  const order = Object.keys(groupTitles);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...groups.values()].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** Rates are fractions (0,975), shown as percentages. */
export const isRate = (key: string) => /Rate$/.test(key);
