import type { Database } from '../platform/db/types.ts';
import { freshDatabase } from './database.ts';
import { factories } from './factories.ts';
import { startServer } from './http.ts';

/**
 * Two provinces, three communes and one account per role: the smallest world in which a
 * tenancy line can be crossed. Province 1 holds communes A and B; province 2 holds C.
 */
export async function twoProvinceWorld() {
  const { db, dispose } = await freshDatabase();
  const f = factories(db);
  const p1 = await f.makeProvince({ name: 'Tỉnh Một' });
  const p2 = await f.makeProvince({ name: 'Tỉnh Hai' });
  const a = await f.makeCommune(p1.code, { name: 'Xã An' });
  const b = await f.makeCommune(p1.code, { name: 'Xã Bình' });
  const c = await f.makeCommune(p2.code, { name: 'Xã Cát' });
  const users = {
    officerA: await f.makeUser({ role: 'officer', communeCode: a.code, duties: ['onestop'] }),
    leaderA: await f.makeUser({ role: 'leader', communeCode: a.code }),
    officerB: await f.makeUser({ role: 'officer', communeCode: b.code }),
    reviewer1: await f.makeUser({ role: 'province', provinceCode: p1.code }),
    reviewer2: await f.makeUser({ role: 'province', provinceCode: p2.code }),
    admin: await f.makeUser({ role: 'admin' }),
  };
  const server = await startServer(db);
  return {
    db: db as Database,
    communes: { a, b, c },
    provinces: { p1, p2 },
    users,
    ...server,
    as: (user: { username: string }) => server.client().login(user.username),
    close: async () => {
      await server.app.close();
      await dispose();
    },
  };
}
