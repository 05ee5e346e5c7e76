import { Container } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { print } from './messages.ts';
import { committeeInText, upperName } from './names.ts';
import { NationalHeader, PrintLayout, Signature } from './PrintLayout.tsx';
import { usePrintDossier } from './usePrintData.ts';

const route = getRouteApi('/_print/in/mot-cua/phieu-tu-choi/$id');
const m = print.refusal;

/** Mẫu 03: the refusal to accept and settle a dossier, with the reasons. */
export function RefusalPrintPage() {
  const { id } = route.useParams();
  const { commune, dossier: d, isPending, error, refetch } = usePrintDossier(id);

  if (isPending) return <Loading />;
  if (error || !commune || !d || d.status !== 'rejected' || !d.rejectedDate)
    return (
      <Container py="xl">
        <ErrorAlert error={error ?? new Error(d ? m.notRejected : print.notFound)} onRetry={refetch} />
      </Container>
    );

  const officer = [...d.events].reverse().find((e) => e.kind === 'reject')?.actor;
  return (
    <PrintLayout
      size="A5"
      title={`Phiếu từ chối ${d.code}`}
      back={
        <AnchorLink to="/mot-cua/ho-so/$id" params={{ id }}>
          {print.back}
        </AnchorLink>
      }
    >
      <div className="form-no">{m.form}</div>
      <NationalHeader
        parent={`UBND ${upperName(commune.name)}`}
        body={[print.desk]}
        communeName={commune.name}
        date={d.rejectedDate}
      />
      <div className="doc-title">{m.title}</div>
      <p>{m.intro(committeeInText(commune.name))}</p>
      <p className="field">
        {m.from}: <b>{d.applicantName ?? ''}</b>
      </p>
      <p className="field">
        {m.code}: <b>{d.code}</b>
      </p>
      <p className="field">
        {m.content}: {d.procedureName}
      </p>
      <p>{m.body}</p>
      {/* An imported refusal may carry no reason: leave dotted lines to write it by hand. */}
      <p style={{ whiteSpace: 'pre-wrap' }}>{d.rejectionReason ?? m.blankReason}</p>
      <p>{m.closing}</p>
      <div className="signatures">
        <div />
        <Signature lines={[m.officerSign]} hint={print.signHint} name={officer} />
      </div>
    </PrintLayout>
  );
}
