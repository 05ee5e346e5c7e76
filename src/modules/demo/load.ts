import { formatInt } from '../../domain/vi/index.ts';
import { withContext } from '../../platform/context.ts';
import { tablesInDependencyOrder, tablesWithColumn } from '../../platform/db/tables.ts';
import type { Database } from '../../platform/db/types.ts';
import { addCommune, addProvince, addVillage, getCommune } from '../units/service.ts';
import { addUser } from '../users/service.ts';
import { loadDemoDemocracy } from './democracy.ts';
import { loadDemoOnestop } from './onestop.ts';
import { loadDemoPetitions } from './petitions.ts';
import { seededRandom } from './random.ts';
import { loadDemoReport } from './reports.ts';
import { demoCommunes, demoProvince, demoUsers } from './units.ts';

export async function hasAnyCommune(db: Database): Promise<boolean> {
  return (await db.query('select 1 from communes limit 1')).length > 0;
}

export async function hasDemo(db: Database): Promise<boolean> {
  return (await db.query('select 1 from provinces where demo limit 1')).length > 0;
}

/**
 * Loads the demo province through the same services the app uses, so the demo exercises
 * validation and the audit log. `today` anchors the records so the current period has data.
 */
export async function loadDemo(db: Database, today: Date, onStep?: (step: string) => void): Promise<void> {
  await withContext(
    db,
    null,
    async (ctx) => {
      onStep?.('Tỉnh, xã, thôn');
      await addProvince(ctx, demoProvince);
      for (const { villages, dossiersPerDay: _, ...commune } of demoCommunes) {
        const created = await addCommune(ctx, commune);
        for (const v of villages) await addVillage(ctx, created.id, v);
      }
      onStep?.('Tài khoản cán bộ');
      for (const u of demoUsers()) await addUser(ctx, u);
      const random = seededRandom(Number(today.toISOString().slice(0, 10).replaceAll('-', '')));
      for (const c of demoCommunes) {
        const created = await getCommune(ctx, { code: c.code });
        const n = await loadDemoOnestop(ctx, created.id, c.code, c.dossiersPerDay, random);
        onStep?.(`Một cửa ${c.name}: ${formatInt(n)} hồ sơ trong 24 tháng`);
        await loadDemoDemocracy(ctx, created.id, c.name, random).then((step) => onStep?.(step));
      }
      await loadDemoPetitions(ctx, random, onStep);
      // Last: the reports quote every register above.
      for (const c of demoCommunes) {
        const { id } = await getCommune(ctx, { code: c.code });
        const report = await loadDemoReport(ctx, id);
        onStep?.(`Báo cáo ${c.name}: ${report}`);
      }
    },
    { asOf: today },
  );
}

/**
 * Removes every demo row: rows of demo communes in every table that has commune_id (children
 * first), then demo users, communes and provinces. Runs as the owner: the audit log is
 * append-only for the app, but demo history goes with the demo.
 */
export async function removeDemo(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    const order = (await tablesInDependencyOrder(tx)).reverse();
    const withCommune = await tablesWithColumn(tx, 'commune_id');
    const demoCommune = 'select id from communes where demo';
    const demoUser = 'select id from users where demo';
    await tx.query(`delete from sessions where user_id in (${demoUser})`);
    await tx.query(`delete from audit_log where actor_id in (${demoUser})`);
    await tx.query(`delete from audit_log where commune_id is null and actor_id is null and entity = 'province'
      and entity_id in (select id::text from provinces where demo)`);
    for (const table of order) {
      if (table === 'users' || table === 'communes' || !withCommune.has(table)) continue;
      await tx.query(`delete from "${table}" where commune_id in (${demoCommune})`);
    }
    await tx.query('delete from users where demo');
    await tx.query(
      `delete from audit_log where entity = 'user' and entity_id not in (select id::text from users)`,
    );
    await tx.query('delete from communes where demo');
    await tx.query('delete from provinces where demo');
  });
}
