import type { Queryable } from '../../platform/db/types.ts';
import type { Commune, CommuneDetail, CommuneInput, Province, ProvinceInput, Village } from './schema.ts';

const communeColumns = `c.id, c.code, c.name, c.province_id as "provinceId", p.code as "provinceCode",
  p.name as "provinceName", c.historical_district as "districtName", c.demo`;

export async function selectCommunes(q: Queryable, filter: { provinceId?: string } = {}): Promise<Commune[]> {
  return q.query<Commune>(
    `select ${communeColumns} from communes c join provinces p on p.id = c.province_id
     where ($1::uuid is null or c.province_id = $1) order by p.name, c.name`,
    [filter.provinceId ?? null],
  );
}

export async function selectCommune(q: Queryable, by: { id?: string; code?: string }) {
  const [row] = await q.query<Omit<CommuneDetail, 'villages'>>(
    `select ${communeColumns}, c.area_ha as "areaHa", c.households, c.population,
       c.ethnic_groups as "ethnicGroups", c.minority_households as "minorityHouseholds"
     from communes c join provinces p on p.id = c.province_id
     where ($1::uuid is null or c.id = $1) and ($2::text is null or c.code = $2)`,
    [by.id ?? null, by.code ?? null],
  );
  return row;
}

export async function selectVillages(q: Queryable, communeId: string): Promise<Village[]> {
  return q.query<Village>('select id, name from villages where commune_id = $1 order by name', [communeId]);
}

export async function selectProvince(q: Queryable, code: string): Promise<Province | undefined> {
  const [row] = await q.query<Province>('select id, code, name, demo from provinces where code = $1', [code]);
  return row;
}

export async function insertProvince(q: Queryable, input: ProvinceInput): Promise<Province> {
  const [row] = await q.query<Province>(
    'insert into provinces (code, name, demo) values ($1, $2, $3) returning id, code, name, demo',
    [input.code, input.name, input.demo],
  );
  return row as Province;
}

export async function insertCommune(q: Queryable, provinceId: string, input: CommuneInput): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `insert into communes (province_id, code, name, historical_district, area_ha, households, population,
       ethnic_groups, minority_households, demo)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [
      provinceId,
      input.code,
      input.name,
      input.historicalDistrict ?? null,
      input.areaHa ?? null,
      input.households ?? null,
      input.population ?? null,
      input.ethnicGroups ?? null,
      input.minorityHouseholds ?? null,
      input.demo,
    ],
  );
  return (row as { id: string }).id;
}

export async function insertVillage(q: Queryable, communeId: string, name: string): Promise<Village> {
  const [row] = await q.query<Village>(
    'insert into villages (commune_id, name) values ($1, $2) returning id, name',
    [communeId, name],
  );
  return row as Village;
}
