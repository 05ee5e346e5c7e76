import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../routes/base.tsx';
import { IntakeListPage } from './IntakeListPage.tsx';
import { IntakePage } from './IntakePage.tsx';

const intakeListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'doc-bao-cao',
  component: IntakeListPage,
});

const intakeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'doc-bao-cao/$communeId/$id',
  component: IntakePage,
});

// Pages of this module, hung under the parents in ../routes/base.tsx: `app` (staff, with menu),
// `print` (staff, printable sheet) and `portal` (citizens, no account).
export const intakeRoutes = {
  app: [intakeListRoute, intakeRoute],
  print: [],
  portal: [],
} as const;
