import { createRoute, createRouter } from '@tanstack/react-router';
import { AuditPage } from './audit/AuditPage.tsx';
import { validateAuditSearch } from './audit/search.ts';
import { CalendarPage } from './calendar/CalendarPage.tsx';
import { civicRoutes } from './civic/routes.tsx';
import { democracyRoutes } from './democracy/routes.tsx';
import { HomePage } from './home/HomePage.tsx';
import { intakeRoutes } from './intake/routes.tsx';
import { sessionQuery } from './lib/queries.ts';
import { queryClient, setUnauthorizedHandler } from './lib/query-client.ts';
import { positiveInt } from './lib/search.ts';
import { mobilisationRoutes } from './mobilisation/routes.tsx';
import { DeskPage } from './onestop/DeskPage.tsx';
import { DossierListPage } from './onestop/DossierListPage.tsx';
import { DossierPage } from './onestop/DossierPage.tsx';
import { ImportPage } from './onestop/ImportPage.tsx';
import { ProceduresPage } from './onestop/ProceduresPage.tsx';
import { validateStatsSearch } from './onestop/period.ts';
import { ReceivePage } from './onestop/ReceivePage.tsx';
import { StatsPage } from './onestop/StatsPage.tsx';
import { validateDossierSearch } from './onestop/search.ts';
import { PortalCommunePage } from './portal/PortalCommunePage.tsx';
import { PortalDossierPage } from './portal/PortalDossierPage.tsx';
import { PortalHomePage } from './portal/PortalHomePage.tsx';
import { PortalProcedurePage } from './portal/PortalProcedurePage.tsx';
import { PortalProceduresPage } from './portal/PortalProceduresPage.tsx';
import { ApologyPrintPage } from './print/ApologyPrintPage.tsx';
import { ProcedureQrPrintPage } from './print/ProcedureQrPrintPage.tsx';
import { ReceiptPrintPage } from './print/ReceiptPrintPage.tsx';
import { RefusalPrintPage } from './print/RefusalPrintPage.tsx';
import { reportRoutes } from './reports/routes.tsx';
import { appRoute, loginRoute, portalRoute, printRoute, rootRoute } from './routes/base.tsx';
import { PasswordPage } from './shell/PasswordPage.tsx';
import { StatsOverviewPage } from './stats/StatsOverviewPage.tsx';

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'nhat-ky',
  validateSearch: validateAuditSearch,
  component: AuditPage,
});

const deskRoute = createRoute({ getParentRoute: () => appRoute, path: 'mot-cua', component: DeskPage });
const dossierListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'mot-cua/ho-so',
  validateSearch: validateDossierSearch,
  component: DossierListPage,
});
const dossierRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'mot-cua/ho-so/$id',
  // `moi`: just received, offer the receipt.
  validateSearch: (s: Record<string, unknown>): { moi?: boolean } => ({
    moi: s.moi === true || s.moi === 'true' || s.moi === '1' ? true : undefined,
  }),
  component: DossierPage,
});
const receiveRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'mot-cua/tiep-nhan',
  component: ReceivePage,
});
const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'mot-cua/nhap-tep',
  component: ImportPage,
});
const proceduresRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'mot-cua/thu-tuc',
  component: ProceduresPage,
});
const statsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'mot-cua/thong-ke',
  validateSearch: validateStatsSearch,
  component: StatsPage,
});
const statsOverviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'thong-ke',
  validateSearch: validateStatsSearch,
  component: StatsOverviewPage,
});
const calendarRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'lich-lam-viec',
  validateSearch: (s: Record<string, unknown>): { nam?: number } => {
    const nam = positiveInt(s.nam);
    return { nam: nam && nam >= 1900 && nam <= 2100 ? nam : undefined };
  },
  component: CalendarPage,
});

const receiptPrintRoute = createRoute({
  getParentRoute: () => printRoute,
  path: 'in/mot-cua/giay-tiep-nhan/$id',
  component: ReceiptPrintPage,
});
const apologyPrintRoute = createRoute({
  getParentRoute: () => printRoute,
  path: 'in/mot-cua/phieu-xin-loi/$id/$apologyId',
  component: ApologyPrintPage,
});
const refusalPrintRoute = createRoute({
  getParentRoute: () => printRoute,
  path: 'in/mot-cua/phieu-tu-choi/$id',
  component: RefusalPrintPage,
});
const procedureQrPrintRoute = createRoute({
  getParentRoute: () => printRoute,
  path: 'in/mot-cua/ma-qr-thu-tuc/$code',
  component: ProcedureQrPrintPage,
});

const passwordRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'doi-mat-khau',
  component: PasswordPage,
});

const portalHomeRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/',
  component: PortalHomePage,
});
const portalCommuneRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '$communeCode',
  component: PortalCommunePage,
});

const portalProceduresRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '$communeCode/thu-tuc',
  component: PortalProceduresPage,
});
const portalProcedureRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '$communeCode/thu-tuc/$code',
  component: PortalProcedurePage,
});
const portalDossierRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '$communeCode/ho-so/$code',
  component: PortalDossierPage,
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    auditRoute,
    passwordRoute,
    deskRoute,
    dossierListRoute,
    dossierRoute,
    receiveRoute,
    importRoute,
    proceduresRoute,
    statsRoute,
    statsOverviewRoute,
    calendarRoute,
    ...civicRoutes.app,
    ...democracyRoutes.app,
    ...mobilisationRoutes.app,
    ...reportRoutes.app,
    ...intakeRoutes.app,
  ]),
  printRoute.addChildren([
    receiptPrintRoute,
    apologyPrintRoute,
    refusalPrintRoute,
    procedureQrPrintRoute,
    ...civicRoutes.print,
    ...democracyRoutes.print,
    ...mobilisationRoutes.print,
    ...reportRoutes.print,
    ...intakeRoutes.print,
  ]),
  portalRoute.addChildren([
    portalHomeRoute,
    portalCommuneRoute,
    portalProceduresRoute,
    portalProcedureRoute,
    portalDossierRoute,
    ...civicRoutes.portal,
    ...democracyRoutes.portal,
    ...mobilisationRoutes.portal,
    ...reportRoutes.portal,
    ...intakeRoutes.portal,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  // Data freshness is TanStack Query's job; the router only decides access.
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
});

setUnauthorizedHandler(() => {
  queryClient.setQueryData(sessionQuery.queryKey, null);
  const { pathname, href } = router.state.location;
  if (pathname !== '/dang-nhap' && !pathname.startsWith('/cong-dan')) {
    void router.navigate({ to: '/dang-nhap', search: { redirect: href } });
  }
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
