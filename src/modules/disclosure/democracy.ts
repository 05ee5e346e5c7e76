import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/types.ts';
import { documentRoutes } from '../documents/routes.ts';
import { initiativeIndicators } from '../initiatives/indicators.ts';
import { initiativeRoutes } from '../initiatives/routes.ts';
import { inspectionIndicators } from '../inspections/indicators.ts';
import { inspectionRoutes } from '../inspections/routes.ts';
import { letterIndicators } from '../letters/indicators.ts';
import { letterRoutes } from '../letters/routes.ts';
import { officialIndicators } from '../officials/indicators.ts';
import { officialRoutes } from '../officials/routes.ts';
import type { IndicatorProvider } from '../stats/indicators.ts';
import { disclosureIndicators } from './indicators.ts';
import { disclosureRoutes } from './routes.ts';

/**
 * Grassroots democracy and mobilisation (issue 6), registered together: the document register,
 * disclosure and consultation, initiatives, movements and communication, letters, officials,
 * inspections and supervision. Each module keeps its own routes and indicators.
 */
export const democracyRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  await app.register(documentRoutes, { db });
  await app.register(disclosureRoutes, { db });
  await app.register(initiativeRoutes, { db });
  await app.register(letterRoutes, { db });
  await app.register(officialRoutes, { db });
  await app.register(inspectionRoutes, { db });
};

const providers: IndicatorProvider[] = [
  disclosureIndicators,
  initiativeIndicators,
  letterIndicators,
  officialIndicators,
  inspectionIndicators,
];

/** Every indicator of these modules (PRIMER §4 keys; see each module's indicators.ts). */
export const democracyIndicators: IndicatorProvider = async (ctx, communeId, period) => {
  const all: Record<string, number> = {};
  for (const provide of providers) Object.assign(all, await provide(ctx, communeId, period));
  return all;
};
