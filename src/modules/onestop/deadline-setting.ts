import type { Calendar } from '../../domain/calendar/index.ts';
import type { DeadlineRule } from '../../domain/deadlines/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadCalendar, ruleInForceAt } from '../calendar/service.ts';
import { vnDateTime } from './appointment.ts';

/** The calendar and the version of a deadline rule in force today, as the administrator set them. */
export async function deadlineSetting(
  ctx: Ctx,
  key: string,
): Promise<{ calendar: Calendar; rule: DeadlineRule }> {
  const calendar = await loadCalendar(ctx);
  const rule = await ruleInForceAt(ctx, key, vnDateTime(ctx.asOf).date);
  return { calendar, rule };
}
