import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
  retainSearchParams,
} from '@tanstack/react-router';
import { AuditPage } from './audit/AuditPage.tsx';
import { validateAuditSearch } from './audit/search.ts';
import { CalendarPage } from './calendar/CalendarPage.tsx';
import { HomePage } from './home/HomePage.tsx';
import { sessionQuery } from './lib/queries.ts';
import { queryClient, setUnauthorizedHandler } from './lib/query-client.ts';
import { localPath, positiveInt, str } from './lib/search.ts';
import { DeskPage } from './onestop/DeskPage.tsx';
import { DossierListPage } from './onestop/DossierListPage.tsx';
import { DossierPage } from './onestop/DossierPage.tsx';
import { ProceduresPage } from './onestop/ProceduresPage.tsx';
import { validateStatsSearch } from './onestop/period.ts';
import { ReceivePage } from './onestop/ReceivePage.tsx';
import { StatsPage } from './onestop/StatsPage.tsx';
import { validateDossierSearch } from './onestop/search.ts';
import { PortalCommunePage } from './portal/PortalCommunePage.tsx';
import { PortalDossierPage } from './portal/PortalDossierPage.tsx';
import { PortalHomePage } from './portal/PortalHomePage.tsx';
import { PortalLayout } from './portal/PortalLayout.tsx';
import { PortalProcedurePage } from './portal/PortalProcedurePage.tsx';
import { PortalProceduresPage } from './portal/PortalProceduresPage.tsx';
import { ApologyPrintPage } from './print/ApologyPrintPage.tsx';
import { ProcedureQrPrintPage } from './print/ProcedureQrPrintPage.tsx';
import { ReceiptPrintPage } from './print/ReceiptPrintPage.tsx';
import { RefusalPrintPage } from './print/RefusalPrintPage.tsx';
import { AppLayout } from './shell/AppLayout.tsx';
import { LoginPage } from './shell/LoginPage.tsx';
import { NotFound } from './shell/NotFound.tsx';
import { PasswordPage } from './shell/PasswordPage.tsx';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'dang-nhap',
  validateSearch: (s: Record<string, unknown>): { redirect?: string } => ({
    redirect: localPath(s.redirect),
  }),
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (session) throw redirect({ href: search.redirect ?? '/' });
  },
  component: LoginPage,
});

const staffOnly = {
  validateSearch: (s: Record<string, unknown>): { xa?: string } => ({ xa: str(s.xa) }),
  search: { middlewares: [retainSearchParams<{ xa?: string }>(['xa'])] },
  beforeLoad: async ({
    context,
    location,
  }: {
    context: { queryClient: QueryClient };
    location: { href: string };
  }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/dang-nhap', search: { redirect: location.href } });
    return { session };
  },
};

/** Every staff page: requires a session; keeps the chosen commune (`xa`) across links. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  ...staffOnly,
  component: AppLayout,
});

/** Printable forms: a session too, but no menu around the sheet. */
const printRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_print',
  ...staffOnly,
  component: Outlet,
});

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

const portalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'cong-dan',
  component: PortalLayout,
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
    proceduresRoute,
    statsRoute,
    calendarRoute,
  ]),
  printRoute.addChildren([receiptPrintRoute, apologyPrintRoute, refusalPrintRoute, procedureQrPrintRoute]),
  portalRoute.addChildren([
    portalHomeRoute,
    portalCommuneRoute,
    portalProceduresRoute,
    portalProcedureRoute,
    portalDossierRoute,
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
