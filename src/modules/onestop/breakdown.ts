import type { Queryable } from '../../platform/db/types.ts';
import type { Period } from '../stats/indicators.ts';

/** Received and returned dossiers by month, and the period's figures by sector: the statistics page's charts. */
export async function onestopBreakdown(q: Queryable, communeId: string, p: Period) {
  const byMonth = await q.query<{
    month: string;
    received: number;
    online: number;
    resolved: number;
    late: number;
  }>(
    `with months as (
       select to_char(m, 'YYYY-MM') as month from generate_series(date_trunc('month', $2::date), $3::date, interval '1 month') m
     )
     select months.month,
       (select count(*)::int from dossiers where commune_id = $1 and received_date between $2 and $3
          and to_char(received_date, 'YYYY-MM') = months.month) as received,
       (select count(*)::int from dossiers where commune_id = $1 and received_date between $2 and $3 and channel = 'online'
          and to_char(received_date, 'YYYY-MM') = months.month) as online,
       (select count(*)::int from dossiers where commune_id = $1 and returned_date between $2 and $3
          and to_char(returned_date, 'YYYY-MM') = months.month) as resolved,
       (select count(*)::int from dossiers where commune_id = $1 and returned_date between $2 and $3
          and returned_date > original_due_date and to_char(returned_date, 'YYYY-MM') = months.month) as late
     from months order by months.month`,
    [communeId, p.from, p.to],
  );
  const bySector = await q.query<{
    sector: string;
    received: number;
    resolved: number;
    early: number;
    onTime: number;
    late: number;
  }>(
    `select coalesce(sector, '(chưa phân loại)') as sector,
       count(*) filter (where received_date between $2 and $3)::int as received,
       count(*) filter (where returned_date between $2 and $3)::int as resolved,
       count(*) filter (where returned_date between $2 and $3 and returned_date < original_due_date)::int as early,
       count(*) filter (where returned_date between $2 and $3 and returned_date = original_due_date)::int as "onTime",
       count(*) filter (where returned_date between $2 and $3 and returned_date > original_due_date)::int as late
     from dossiers where commune_id = $1 and (received_date between $2 and $3 or returned_date between $2 and $3)
     group by 1 order by received desc, sector`,
    [communeId, p.from, p.to],
  );
  return { byMonth, bySector };
}
