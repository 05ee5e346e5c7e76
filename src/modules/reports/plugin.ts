import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/types.ts';
import { rollupRoutes } from '../rollup/routes.ts';
import { reportRoutes } from './routes.ts';

/** The report composer and the province roll-up built on it, registered together. */
export const reportsPlugin: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  await app.register(reportRoutes, { db });
  await app.register(rollupRoutes, { db });
};
