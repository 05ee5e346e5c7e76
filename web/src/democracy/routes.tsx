import { createRoute } from '@tanstack/react-router';
import { ConsultationListPage } from '../consultation/ConsultationListPage.tsx';
import { DraftPage } from '../consultation/DraftPage.tsx';
import { NewDraftPage } from '../consultation/NewDraftPage.tsx';
import { PortalConsultationsPage } from '../consultation/PortalConsultationsPage.tsx';
import { PortalDraftPage } from '../consultation/PortalDraftPage.tsx';
import { validateDraftSearch } from '../consultation/search.ts';
import { DisclosurePage } from '../disclosure/DisclosurePage.tsx';
import { PortalDisclosuresPage } from '../disclosure/PortalDisclosuresPage.tsx';
import { DocumentPage } from '../documents/DocumentPage.tsx';
import { DocumentsPage } from '../documents/DocumentsPage.tsx';
import { validateDocumentSearch } from '../documents/search.ts';
import { positiveInt } from '../lib/search.ts';
import { appRoute, portalRoute } from '../routes/base.tsx';
import { SettingsPage } from './SettingsPage.tsx';

// Grassroots democracy (issue 6): the document register, disclosure, consultation on drafts.

const documents = createRoute({
  getParentRoute: () => appRoute,
  path: 'van-ban',
  validateSearch: validateDocumentSearch,
  component: DocumentsPage,
});
const documentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'van-ban/$id',
  component: DocumentPage,
});

const disclosures = createRoute({
  getParentRoute: () => appRoute,
  path: 'dan-chu/cong-khai',
  validateSearch: (s: Record<string, unknown>): { nam?: number } => {
    const nam = positiveInt(s.nam);
    return { nam: nam && nam >= 2000 && nam <= 2100 ? nam : undefined };
  },
  component: DisclosurePage,
});

const settings = createRoute({
  getParentRoute: () => appRoute,
  path: 'dan-chu/cai-dat',
  component: SettingsPage,
});

const consultations = createRoute({
  getParentRoute: () => appRoute,
  path: 'dan-chu/lay-y-kien',
  validateSearch: validateDraftSearch,
  component: ConsultationListPage,
});
const newDraft = createRoute({
  getParentRoute: () => appRoute,
  path: 'dan-chu/lay-y-kien/moi',
  component: NewDraftPage,
});
const draft = createRoute({
  getParentRoute: () => appRoute,
  path: 'dan-chu/lay-y-kien/$id',
  component: DraftPage,
});

const portalDisclosures = createRoute({
  getParentRoute: () => portalRoute,
  path: '$communeCode/cong-khai',
  component: PortalDisclosuresPage,
});
const portalConsultations = createRoute({
  getParentRoute: () => portalRoute,
  path: '$communeCode/lay-y-kien',
  component: PortalConsultationsPage,
});
const portalDraft = createRoute({
  getParentRoute: () => portalRoute,
  path: '$communeCode/lay-y-kien/$id',
  component: PortalDraftPage,
});

export const democracyRoutes = {
  app: [documents, documentRoute, disclosures, consultations, newDraft, draft, settings],
  print: [],
  portal: [portalDisclosures, portalConsultations, portalDraft],
} as const;
