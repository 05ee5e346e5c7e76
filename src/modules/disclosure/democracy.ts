import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/types.ts';
import { documentRoutes } from '../documents/routes.ts';
import { disclosureRoutes } from './routes.ts';

/**
 * Grassroots democracy and mobilisation (issue 6), registered together: the document register,
 * disclosure and consultation, initiatives, movements and communication, letters, officials,
 * inspections and supervision. Each module keeps its own routes and indicators.
 */
export const democracyRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  await app.register(documentRoutes, { db });
  await app.register(disclosureRoutes, { db });
};
