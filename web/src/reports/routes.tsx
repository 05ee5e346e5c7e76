import { createRoute } from '@tanstack/react-router';
import { positiveInt, str } from '../lib/search.ts';
import { RollupPage } from '../rollup/RollupPage.tsx';
import { validateRollupSearch } from '../rollup/search.ts';
import { appRoute } from '../routes/base.tsx';
import { ReportListPage } from './ReportListPage.tsx';
import { ReportPage } from './ReportPage.tsx';
import type { Genre } from './types.ts';

const genres: readonly string[] = ['dan-van', 'so-ket', 'cchc'] satisfies Genre[];

const reportListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'bao-cao',
  validateSearch: (s: Record<string, unknown>): { loai?: Genre; tu?: number } => {
    const loai = str(s.loai);
    return { loai: loai && genres.includes(loai) ? (loai as Genre) : undefined, tu: positiveInt(s.tu) };
  },
  component: ReportListPage,
});

const reportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'bao-cao/$id',
  component: ReportPage,
});

const rollupRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'tong-hop',
  validateSearch: validateRollupSearch,
  component: RollupPage,
});

// Pages of this module, hung under the parents in ../routes/base.tsx: `app` (staff, with menu),
// `print` (staff, printable sheet) and `portal` (citizens, no account). The A4 print view of a
// report is served by the API itself (…/preview), so there is no print route here.
export const reportRoutes = {
  app: [reportListRoute, reportRoute, rollupRoute],
  print: [],
  portal: [],
} as const;
