import type { IndicatorProvider } from './indicators.ts';

/** `profile.*`: the commune's profile as recorded (missing figures are left out, not zero). */
export const profileIndicators: IndicatorProvider = async (ctx, communeId) => {
  const [row] = await ctx.tx.query<Record<string, number | null>>(
    `select c.area_ha as "profile.areaHa", c.households as "profile.households", c.population as "profile.population",
       c.ethnic_groups as "profile.ethnicGroups", c.minority_households as "profile.minorityHouseholds",
       (select count(*)::int from villages v where v.commune_id = c.id) as "profile.villages"
     from communes c where c.id = $1`,
    [communeId],
  );
  return Object.fromEntries(Object.entries(row ?? {}).filter((e): e is [string, number] => e[1] !== null));
};
