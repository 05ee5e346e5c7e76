import { indicatorLabel } from '../intake/indicator-keys.ts';

/**
 * Rates the reports quote, as the counts they are a share of: the percentage check recomputes
 * them from the counts stated in the text, and the roll-up derives them from each commune's data.
 */
export const rateFormulas: Readonly<Record<string, { parts: readonly string[]; whole: string }>> = {
  'onestop.onlineRate': { parts: ['onestop.dossiers.receivedOnline'], whole: 'onestop.dossiers.received' },
  'onestop.onTimeRate': {
    parts: ['onestop.dossiers.resolvedEarly', 'onestop.dossiers.resolvedOnTime'],
    whole: 'onestop.dossiers.resolved',
  },
};

/** The statistics plus the rates they imply (a rate over an empty whole is left out, not 0). */
export function withDerivedRates(indicators: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = { ...indicators };
  for (const [key, f] of Object.entries(rateFormulas)) {
    if (out[key] !== undefined) continue;
    const whole = indicators[f.whole];
    if (whole === undefined || whole === 0 || f.parts.some((p) => indicators[p] === undefined)) continue;
    out[key] = f.parts.reduce((s, p) => s + (indicators[p] ?? 0), 0) / whole;
  }
  return out;
}

const extraLabels: Readonly<Record<string, string>> = {
  'onestop.onlineRate': 'tỷ lệ tiếp nhận trực tuyến (%)',
  'onestop.onTimeRate': 'tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn (%)',
  'initiatives.byField.economy': 'số mô hình lĩnh vực kinh tế',
  'initiatives.byField.cultureSociety': 'số mô hình lĩnh vực văn hóa - xã hội',
  'initiatives.byField.defenceSecurity': 'số mô hình lĩnh vực quốc phòng - an ninh',
  'initiatives.byField.politicalSystem': 'số mô hình xây dựng hệ thống chính trị',
};

/** The Vietnamese name of an indicator, for messages and table headings. */
export function labelOf(key: string): string {
  return extraLabels[key] ?? indicatorLabel(key);
}

/** Rates are fractions (0,975), shown as percentages. */
export const isRate = (key: string) => /Rate$/.test(key);
