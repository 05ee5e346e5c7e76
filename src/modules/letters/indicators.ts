import type { IndicatorProvider } from '../stats/indicators.ts';

/** `letters.*`: letters the Chairman sent in the period, by kind (drafts and cancelled ones do not count). */
export const letterIndicators: IndicatorProvider = async (ctx, communeId, p) => {
  const [row] = await ctx.tx.query<Record<string, number>>(
    `select count(*)::int as "letters.total",
       count(*) filter (where kind = 'newborn')::int as "letters.newborn",
       count(*) filter (where kind = 'marriage')::int as "letters.marriage",
       count(*) filter (where kind = 'condolence')::int as "letters.condolence"
     from letters where commune_id = $1 and status = 'sent' and sent_date between $2 and $3`,
    [communeId, p.from, p.to],
  );
  return { ...(row as Record<string, number>) };
};
