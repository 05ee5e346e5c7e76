import { Container } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { formatLongDate } from '../lib/format.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { print } from './messages.ts';
import { committeeInText, upperName } from './names.ts';
import { NationalHeader, PrintLayout, Signature } from './PrintLayout.tsx';
import { usePrintDossier } from './usePrintData.ts';

const route = getRouteApi('/_print/in/mot-cua/phieu-xin-loi/$id/$apologyId');
const m = print.apology;

/** Mẫu 04: the apology for a late result, with the new date; one per apology issued. */
export function ApologyPrintPage() {
  const { id, apologyId } = route.useParams();
  const { commune, dossier: d, isPending, error, refetch } = usePrintDossier(id);

  if (isPending) return <Loading />;
  const apology = d?.apologies.find((a) => a.id === apologyId);
  if (error || !commune || !d || !apology)
    return (
      <Container py="xl">
        <ErrorAlert error={error ?? new Error(print.notFound)} onRetry={refetch} />
      </Container>
    );

  const committee = committeeInText(commune.name);
  return (
    <PrintLayout
      size="A5"
      title={`Phiếu xin lỗi ${d.code}`}
      back={
        <AnchorLink to="/mot-cua/ho-so/$id" params={{ id }}>
          {print.back}
        </AnchorLink>
      }
    >
      <div className="form-no">{m.form}</div>
      <NationalHeader
        body={[print.committee, upperName(commune.name)]}
        communeName={commune.name}
        date={apology.issuedDate}
      />
      <div className="doc-title">{m.title}</div>
      <div className="doc-sub">
        {m.to}: Ông/Bà <b>{d.applicantName ?? ''}</b>
      </div>
      <p>{m.body1(formatLongDate(d.receivedDate).replace(/^ngày /, ''), committee)}</p>
      <p className="field">
        {m.code}: <b>{d.code}</b>
      </p>
      <p className="field">
        {m.content}: {d.procedureName}
      </p>
      <p className="field">
        {m.appointment}: {formatLongDate(apology.previousDueDate)}
      </p>
      <p>{m.body2(committee)}</p>
      <p className="field">
        {m.reason}: <span data-field="reason">{apology.reason}</span>
      </p>
      <p>{m.body3(committee, formatLongDate(apology.newDueDate))}</p>
      <p>{m.body4}</p>
      <div className="signatures">
        <div />
        <Signature lines={[m.signOnBehalf, m.signTitle]} hint={print.signSealHint} />
      </div>
    </PrintLayout>
  );
}
