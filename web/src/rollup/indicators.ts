import { INDICATOR_LABELS } from '../../../src/modules/intake/indicator-keys.ts';
import { labelOf, rateFormulas } from '../../../src/modules/reports/rates.ts';

// The indicators a reviewer can put side by side: the PRIMER §4 keys the statistics compute, and
// the rates the roll-up derives from them. Labels are the server's own (one wording everywhere).

const groups: readonly [prefix: string, label: string][] = [
  ['onestop', 'Thủ tục hành chính, một cửa'],
  ['reception', 'Tiếp công dân'],
  ['petitions', 'Đơn thư'],
  ['complaints', 'Đơn thư'],
  ['denunciations', 'Đơn thư'],
  ['feedback', 'Đơn thư'],
  ['dialogues', 'Đối thoại, hòa giải'],
  ['mediation', 'Đối thoại, hòa giải'],
  ['profile', 'Đặc điểm tình hình'],
  ['staff', 'Cán bộ, công chức'],
];
const otherGroup = 'Dân chủ ở cơ sở, phong trào, khác';

const groupOf = (key: string) => groups.find(([p]) => key.startsWith(`${p}.`))?.[1] ?? otherGroup;

/** An indicator's name at the head of a line or a column: "Tỷ lệ hồ sơ … (%)". */
export const capitalise = (label: string) => label.charAt(0).toLocaleUpperCase('vi') + label.slice(1);

export const indicatorLabel = (key: string) => capitalise(labelOf(key));

/** The picker's options, grouped by field (Mantine's `{group, items}` shape). */
export function indicatorOptions() {
  const keys = [...new Set([...Object.keys(rateFormulas), ...Object.keys(INDICATOR_LABELS)])];
  const byGroup = new Map<string, { value: string; label: string }[]>();
  for (const key of keys) {
    const g = groupOf(key);
    byGroup.set(g, [...(byGroup.get(g) ?? []), { value: key, label: indicatorLabel(key) }]);
  }
  return [...byGroup].map(([group, items]) => ({ group, items }));
}
