import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { getCommune } from '../units/service.ts';
import type { Period } from './indicators.ts';
import { providers } from './providers.ts';

export interface Stats {
  commune: { id: string; code: string; name: string };
  from: string;
  to: string;
  indicators: Record<string, number>;
}

export async function computeStats(
  ctx: Ctx,
  by: { id?: string; code?: string },
  period: Period,
): Promise<Stats> {
  if (period.from > period.to) {
    throw new AppError('validation', 'Ngày bắt đầu phải trước ngày kết thúc.', { from: 'Sau ngày kết thúc' });
  }
  const commune = await getCommune(ctx, by);
  const indicators: Record<string, number> = {};
  for (const provide of providers) Object.assign(indicators, await provide(ctx, commune.id, period));
  const sorted = Object.fromEntries(Object.entries(indicators).sort(([a], [b]) => a.localeCompare(b)));
  return {
    commune: { id: commune.id, code: commune.code, name: commune.name },
    ...period,
    indicators: sorted,
  };
}
