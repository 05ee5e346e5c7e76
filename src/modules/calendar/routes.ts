import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/types.ts';
import { runFor } from '../../platform/http/context.ts';
import {
  AddWorkingDaysQuery,
  CalendarYear,
  DateAnswer,
  DeadlineRule,
  DeadlineRuleVersion,
  DueDateAnswer,
  DueDateQuery,
  RuleKey,
  YearOverrideInput,
  YearParams,
} from './schema.ts';
import {
  addDeadlineRuleVersion,
  deleteYearOverride,
  dueDate,
  getYear,
  listDeadlineRules,
  putYearOverride,
  workingDaysAfter,
} from './service.ts';

/** The working calendar and the deadline rules: every signed-in account reads, administrators write. */
export const calendarRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  const run = runFor(db);
  const tags = ['calendar'];

  app.get(
    '/api/calendar/working-days/add',
    { schema: { tags, querystring: AddWorkingDaysQuery, response: { 200: DateAnswer } } },
    async (request) => ({
      date: await run(request, (ctx) => workingDaysAfter(ctx, request.query.date, request.query.n)),
    }),
  );

  app.get(
    '/api/calendar/:year',
    { schema: { tags, params: YearParams, response: { 200: CalendarYear } } },
    async (request) => run(request, (ctx) => getYear(ctx, request.params.year)),
  );

  app.put(
    '/api/calendar/:year',
    { schema: { tags, params: YearParams, body: YearOverrideInput, response: { 200: CalendarYear } } },
    async (request) => run(request, (ctx) => putYearOverride(ctx, request.params.year, request.body)),
  );

  app.delete(
    '/api/calendar/:year',
    { schema: { tags, params: YearParams, response: { 200: CalendarYear } } },
    async (request) => run(request, (ctx) => deleteYearOverride(ctx, request.params.year)),
  );

  app.get(
    '/api/deadline-rules',
    { schema: { tags, response: { 200: z.object({ items: z.array(DeadlineRuleVersion) }) } } },
    async (request) => ({ items: await run(request, listDeadlineRules) }),
  );

  app.post(
    '/api/deadline-rules',
    { schema: { tags, body: DeadlineRule, response: { 201: DeadlineRuleVersion } } },
    async (request, reply) => {
      const version = await run(request, (ctx) => addDeadlineRuleVersion(ctx, request.body));
      return reply.status(201).send(version);
    },
  );

  app.get(
    '/api/deadline-rules/:key/due-date',
    {
      schema: {
        tags,
        params: z.object({ key: RuleKey }),
        querystring: DueDateQuery,
        response: { 200: DueDateAnswer },
      },
    },
    async (request) => run(request, (ctx) => dueDate(ctx, { ruleKey: request.params.key, ...request.query })),
  );
};
