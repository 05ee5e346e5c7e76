import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../testing/http.ts';
import { twoProvinceWorld } from '../../testing/world.ts';

/**
 * Malformed input to every route answers 4xx with a Vietnamese message, never 500. The routes
 * come from the generated OpenAPI document, so a new route is fuzzed without editing this test.
 */
describe('every route refuses malformed input cleanly', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  let routes: { method: string; path: string }[];
  beforeAll(async () => {
    w = await twoProvinceWorld();
    const spec = w.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(() => w?.close());

  // Logging out would end the fuzzing session itself.
  const skipped = new Set(['POST /api/auth/logout']);

  const junk = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.integer(),
    fc.double(),
    fc.constantFrom(
      '',
      'null',
      '-1',
      '1e309',
      '2025-02-30',
      '00000000-0000-0000-0000-000000000000',
      "'; drop table users; --",
      '%00',
      '../..',
    ),
  );
  const body = fc.oneof(
    fc.jsonValue(),
    fc.dictionary(
      fc.constantFrom(
        'name',
        'username',
        'password',
        'code',
        'communeId',
        'newPassword',
        'currentPassword',
        'from',
        'to',
      ),
      fc.jsonValue(),
    ),
    fc.string().map((s) => `{${s}`), // not JSON at all
  );

  const fillPath = (path: string, value: unknown) =>
    path.replace(/\{[^}]+\}/g, () => encodeURIComponent(String(value)));

  async function fuzz(client: () => Promise<Client>) {
    const c = await client();
    for (const route of routes) {
      if (skipped.has(`${route.method} ${route.path}`)) continue;
      await fc.assert(
        fc.asyncProperty(
          junk,
          fc.dictionary(fc.string({ maxLength: 12 }), junk),
          body,
          async (param, query, payload) => {
            const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
            const url = `${fillPath(route.path, param)}${qs ? `?${qs}` : ''}`;
            const res = await c.request(route.method, url, route.method === 'GET' ? undefined : payload);
            const where = `${route.method} ${url} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
            expect(res.status, where).toBeLessThan(500);
            if (res.status >= 400) expect(res.body?.error?.message, where).toMatch(/[À-ỹ]/);
          },
        ),
        { numRuns: 25 },
      );
    }
  }

  // Some 160 routes × 25 inputs: about 20 s a pass on an idle machine; generous for a busy one.
  const budget = 300_000;

  it(
    'as a signed-in admin (past authentication and CSRF)',
    async () => {
      await fuzz(() => w.as(w.users.admin));
    },
    budget,
  );

  it(
    'as a commune officer',
    async () => {
      await fuzz(() => w.as(w.users.officerA));
    },
    budget,
  );

  it(
    'without an account',
    async () => {
      await fuzz(async () => w.client());
    },
    budget,
  );
});
