import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/types.ts';
import { dialogueIndicators } from '../dialogues/indicators.ts';
import { dialogueRoutes } from '../dialogues/routes.ts';
import { mediationIndicators } from '../mediation/indicators.ts';
import { mediationRoutes } from '../mediation/routes.ts';
import { petitionIndicators } from '../petitions/indicators.ts';
import { petitionRoutes } from '../petitions/routes.ts';
import type { IndicatorProvider } from '../stats/indicators.ts';
import { receptionIndicators } from './indicators.ts';
import { receptionRoutes } from './routes.ts';

/**
 * Listening to people (issue 5): citizen reception, the petitions it leads to, dialogue
 * conferences and grassroots mediation. Four modules, registered together so the server and the
 * statistics each need one line.
 */
export const civicRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  await app.register(receptionRoutes, { db });
  await app.register(petitionRoutes, { db });
  await app.register(dialogueRoutes, { db });
  await app.register(mediationRoutes, { db });
};

/** `reception.*`, `petitions.*`, `complaints.*`, `denunciations.*`, `feedback.*`, `dialogues.*`, `mediation.*`. */
export const civicIndicators: IndicatorProvider = async (ctx, communeId, period) => ({
  ...(await receptionIndicators(ctx, communeId, period)),
  ...(await petitionIndicators(ctx, communeId, period)),
  ...(await dialogueIndicators(ctx, communeId, period)),
  ...(await mediationIndicators(ctx, communeId, period)),
});
