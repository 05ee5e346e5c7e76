import { randomBytes } from 'node:crypto';
import type { CommuneDetail, Province } from '../modules/units/schema.ts';
import { addCommune, addProvince, addVillage } from '../modules/units/service.ts';
import type { User, UserInput } from '../modules/users/schema.ts';
import { addUser } from '../modules/users/service.ts';
import { withContext } from '../platform/context.ts';
import type { Database } from '../platform/db/types.ts';

export const testPassword = 'mat-khau-thu';
const uniq = () => randomBytes(3).toString('hex');

/** Small factories over the real services: data as the app itself would write it. */
export function factories(db: Database) {
  const system = <T>(fn: Parameters<typeof withContext<T>>[2]) => withContext(db, null, fn);
  return {
    makeProvince: (o: { code?: string; name?: string } = {}): Promise<Province> =>
      system((ctx) =>
        addProvince(ctx, { code: o.code ?? `P${uniq()}`, name: o.name ?? 'Tỉnh Thử', demo: false }),
      ),
    makeCommune: (
      provinceCode: string,
      o: { code?: string; name?: string; villages?: string[] } = {},
    ): Promise<CommuneDetail> =>
      system(async (ctx) => {
        const c = await addCommune(ctx, {
          code: o.code ?? `C${uniq()}`,
          name: o.name ?? 'Xã Thử',
          provinceCode,
          households: 1000,
          population: 4000,
          areaHa: 1234.5,
          demo: false,
        });
        for (const v of o.villages ?? ['Thôn Một', 'Thôn Hai']) await addVillage(ctx, c.id, v);
        return c;
      }),
    makeUser: (o: Partial<UserInput> & Pick<UserInput, 'role'>): Promise<User> =>
      system((ctx) =>
        addUser(ctx, { username: `u${uniq()}`, fullName: 'Người Thử', password: testPassword, ...o }),
      ),
  };
}
