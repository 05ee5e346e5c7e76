import { Alert, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { formatDate } from '../lib/format.ts';
import { usePublicDossier } from '../onestop/queries.ts';
import { StatusBadge } from '../onestop/StatusBadge.tsx';
import { FactsTable } from './FactsTable.tsx';
import { portalOnestop as m } from './messages.ts';
import { RatingForm } from './RatingForm.tsx';
import { TrackedRecordPage } from './TrackedRecordPage.tsx';

const route = getRouteApi('/cong-dan/$communeCode/ho-so/$code');

/** What the receipt's QR code opens: the dossier's status and dates, and the rating form after the result. */
export function PortalDossierPage() {
  const { communeCode, code } = route.useParams();
  const query = usePublicDossier(communeCode, code);
  return (
    <TrackedRecordPage
      kind="dossier"
      communeCode={communeCode}
      code={code}
      query={query}
      labels={{ backToCommune: m.backToCommune, notFound: m.dossierNotFound }}
      title={(d) => m.dossierTitle(d.code)}
      status={(d) => <StatusBadge status={d.status} />}
    >
      {(d) => (
        <>
          <FactsTable
            rows={[
              [m.procedure, d.procedureName],
              [m.status, d.statusLabel],
              [m.received, formatDate(d.receivedDate)],
              [m.due, formatDate(d.dueDate)],
              d.returnedDate && [m.returned, formatDate(d.returnedDate)],
            ]}
          />
          {d.rated ? (
            <Alert color="green" variant="light" role="status">
              {m.rated}
            </Alert>
          ) : d.canRate ? (
            <RatingForm communeCode={communeCode} code={d.code} />
          ) : null}
          <Text size="xs" c="dimmed">
            <Link to="/cong-dan/$communeCode/thu-tuc" params={{ communeCode }}>
              {m.backToProcedures}
            </Link>
          </Text>
        </>
      )}
    </TrackedRecordPage>
  );
}
