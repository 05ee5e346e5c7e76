import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoProvinceWorld } from '../../testing/world.ts';

describe('indicator catalogue over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  beforeAll(async () => {
    w = await twoProvinceWorld();
  });
  afterAll(() => w?.close());

  it('lists every indicator key with its Vietnamese name and whether it is a rate, to signed-in users', async () => {
    expect((await w.client().get('/api/indicators')).status).toBe(401);
    const officer = await w.as(w.users.officerA);
    const { status, body } = await officer.get('/api/indicators');
    expect(status).toBe(200);
    const byKey = new Map(body.items.map((i: { key: string }) => [i.key, i]));
    expect(byKey.get('onestop.digitizationRate')).toMatchObject({ rate: true });
    expect(byKey.get('profile.households')).toMatchObject({
      rate: false,
      label: expect.stringMatching(/hộ/),
    });
    expect(body.items.every((i: { label: string }) => i.label.length > 0)).toBe(true);
  });
});
