import { createRoute } from '@tanstack/react-router';
import { ConferencePage } from '../dialogues/ConferencePage.tsx';
import { DialoguesPage } from '../dialogues/DialoguesPage.tsx';
import { MediationPage } from '../mediation/MediationPage.tsx';
import { PetitionListPage } from '../petitions/PetitionListPage.tsx';
import { PetitionPage } from '../petitions/PetitionPage.tsx';
import { PortalFeedbackPage } from '../petitions/PortalFeedbackPage.tsx';
import { PortalPetitionPage } from '../petitions/PortalPetitionPage.tsx';
import { ReceivePetitionPage } from '../petitions/ReceivePetitionPage.tsx';
import { validatePetitionSearch } from '../petitions/search.ts';
import { TemplatesPage } from '../petitions/TemplatesPage.tsx';
import { PortalSchedulePage } from '../reception/PortalSchedulePage.tsx';
import { ReceptionPage } from '../reception/ReceptionPage.tsx';
import { SchedulePage } from '../reception/SchedulePage.tsx';
import { appRoute, portalRoute } from '../routes/base.tsx';

// Pages of issue 5 (reception, petitions, dialogues, mediation), hung under the parents in
// ../routes/base.tsx: `app` (staff, with menu), `print` (staff sheets), `portal` (citizens).

const petitionList = createRoute({
  getParentRoute: () => appRoute,
  path: 'don-thu',
  validateSearch: validatePetitionSearch,
  component: PetitionListPage,
});
const petitionReceive = createRoute({
  getParentRoute: () => appRoute,
  path: 'don-thu/tiep-nhan',
  component: ReceivePetitionPage,
});
const petitionTemplates = createRoute({
  getParentRoute: () => appRoute,
  path: 'don-thu/mau-tra-loi',
  component: TemplatesPage,
});
const petitionPage = createRoute({
  getParentRoute: () => appRoute,
  path: 'don-thu/$id',
  component: PetitionPage,
});

const reception = createRoute({
  getParentRoute: () => appRoute,
  path: 'tiep-cong-dan',
  component: ReceptionPage,
});
const receptionSchedule = createRoute({
  getParentRoute: () => appRoute,
  path: 'tiep-cong-dan/lich',
  component: SchedulePage,
});

const dialogues = createRoute({
  getParentRoute: () => appRoute,
  path: 'doi-thoai',
  component: DialoguesPage,
});
const conference = createRoute({
  getParentRoute: () => appRoute,
  path: 'doi-thoai/$id',
  component: ConferencePage,
});
const mediation = createRoute({
  getParentRoute: () => appRoute,
  path: 'hoa-giai',
  component: MediationPage,
});

const portalFeedback = createRoute({
  getParentRoute: () => portalRoute,
  path: '$communeCode/phan-anh',
  component: PortalFeedbackPage,
});
const portalPetition = createRoute({
  getParentRoute: () => portalRoute,
  path: '$communeCode/phan-anh/$code',
  component: PortalPetitionPage,
});
const portalSchedule = createRoute({
  getParentRoute: () => portalRoute,
  path: '$communeCode/lich-tiep-cong-dan',
  component: PortalSchedulePage,
});

export const civicRoutes = {
  app: [
    petitionList,
    petitionReceive,
    petitionTemplates,
    petitionPage,
    reception,
    receptionSchedule,
    dialogues,
    conference,
    mediation,
  ],
  print: [],
  portal: [portalFeedback, portalPetition, portalSchedule],
} as const;
