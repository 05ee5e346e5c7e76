import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { vnDate } from '../../domain/calendar/local-date.ts';
import type { Database } from '../../platform/db/types.ts';
import { runFor } from '../../platform/http/context.ts';
import { INDICATOR_LABELS } from '../intake/indicator-keys.ts';
import { isRate, labelOf } from '../reports/rates.ts';
import { computeStats } from './service.ts';

const StatsQuery = z.object({
  communeId: z.uuid(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
const StatsOut = z.object({
  commune: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  from: z.string(),
  to: z.string(),
  indicators: z.record(z.string(), z.number()),
  /** Each indicator's Vietnamese name, for tables (the key itself where none is written yet). */
  labels: z.record(z.string(), z.string()),
});

const IndicatorList = z.object({
  items: z.array(z.object({ key: z.string(), label: z.string(), rate: z.boolean() })),
});

export const statsRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  const run = runFor(db);
  app.get(
    '/api/stats',
    { schema: { tags: ['stats'], querystring: StatsQuery, response: { 200: StatsOut } } },
    async (request) => {
      const to = request.query.to ?? vnDate(new Date());
      const from = request.query.from ?? `${to.slice(0, 4)}-01-01`;
      const stats = await run(request, (ctx) =>
        computeStats(ctx, { id: request.query.communeId }, { from, to }),
      );
      return {
        ...stats,
        labels: Object.fromEntries(Object.keys(stats.indicators).map((k) => [k, labelOf(k)])),
      };
    },
  );

  // The catalogue of indicator keys (PRIMER §4 and its extensions), for forms that pick one;
  // signed-in users only, like every staff route (auth hook).
  app.get('/api/indicators', { schema: { tags: ['stats'], response: { 200: IndicatorList } } }, async () => ({
    items: Object.keys(INDICATOR_LABELS).map((key) => ({ key, label: labelOf(key), rate: isRate(key) })),
  }));
};
