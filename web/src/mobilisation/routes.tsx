import { createRoute } from '@tanstack/react-router';
import { InitiativePage } from '../initiatives/InitiativePage.tsx';
import { InitiativesPage } from '../initiatives/InitiativesPage.tsx';
import { NewInitiativePage } from '../initiatives/NewInitiativePage.tsx';
import { validateInitiativeSearch } from '../initiatives/search.ts';
import { InspectionPage } from '../inspections/InspectionPage.tsx';
import { InspectionsPage } from '../inspections/InspectionsPage.tsx';
import { validateInspectionSearch } from '../inspections/search.ts';
import { LetterPage } from '../letters/LetterPage.tsx';
import { LettersPage } from '../letters/LettersPage.tsx';
import { validateLetterSearch } from '../letters/search.ts';
import { TemplatesPage } from '../letters/TemplatesPage.tsx';
import { positiveInt, str } from '../lib/search.ts';
import { CommunicationPage } from '../movements/CommunicationPage.tsx';
import { MovementsPage } from '../movements/MovementsPage.tsx';
import { kindLabels } from '../movements/messages.ts';
import type { CommunicationKind } from '../movements/types.ts';
import { OfficialsPage } from '../officials/OfficialsPage.tsx';
import { appRoute } from '../routes/base.tsx';

const initiativesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'dan-van/sang-kien',
  validateSearch: validateInitiativeSearch,
  component: InitiativesPage,
});
const newInitiativeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'dan-van/sang-kien/moi',
  // `tu`: the initiative being replicated.
  validateSearch: (s: Record<string, unknown>): { tu?: string } => ({ tu: str(s.tu) }),
  component: NewInitiativePage,
});
const initiativeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'dan-van/sang-kien/$id',
  component: InitiativePage,
});

const lettersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'dan-van/thu',
  validateSearch: validateLetterSearch,
  component: LettersPage,
});
const letterTemplatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'dan-van/thu/mau',
  component: TemplatesPage,
});
const letterRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'dan-van/thu/$id',
  component: LetterPage,
});
const officialsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'dan-van/can-bo',
  // `nam`: the rating year shown (the latest rating round when absent).
  validateSearch: (s: Record<string, unknown>) => yearSearch(s),
  component: OfficialsPage,
});
const inspectionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'dan-van/kiem-tra',
  validateSearch: validateInspectionSearch,
  component: InspectionsPage,
});
const inspectionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'dan-van/kiem-tra/$id',
  component: InspectionPage,
});
/** `nam`: a year between 2000 and 2100 (the current one when absent). */
const yearSearch = (s: Record<string, unknown>): { nam?: number } => {
  const nam = positiveInt(s.nam);
  return { nam: nam && nam >= 2000 && nam <= 2100 ? nam : undefined };
};
const movementsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'dan-van/phong-trao',
  validateSearch: yearSearch,
  component: MovementsPage,
});
const communicationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'dan-van/tuyen-truyen',
  validateSearch: (s: Record<string, unknown>): { nam?: number; loai?: CommunicationKind } => {
    const loai = str(s.loai);
    return { ...yearSearch(s), loai: loai && loai in kindLabels ? (loai as CommunicationKind) : undefined };
  },
  component: CommunicationPage,
});

// Pages of this module, hung under the parents in ../routes/base.tsx: `app` (staff, with menu),
// `print` (staff, printable sheet) and `portal` (citizens, no account).
export const mobilisationRoutes = {
  app: [
    initiativesRoute,
    newInitiativeRoute,
    initiativeRoute,
    lettersRoute,
    letterTemplatesRoute,
    letterRoute,
    officialsRoute,
    inspectionsRoute,
    inspectionRoute,
    movementsRoute,
    communicationRoute,
  ],
  print: [],
  portal: [],
} as const;
