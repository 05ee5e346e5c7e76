import { Container } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { formatLongDate, formatNumber, formatTime } from '../lib/format.ts';
import { channelLabels } from '../onestop/messages.ts';
import { useProcedures } from '../onestop/queries.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { print } from './messages.ts';
import { committeeInText, upperName } from './names.ts';
import { NationalHeader, PrintLayout, Signature } from './PrintLayout.tsx';
import { QrCode } from './QrCode.tsx';
import { portalDossierUrl, usePrintDossier } from './usePrintData.ts';

const route = getRouteApi('/_print/in/mot-cua/giay-tiep-nhan/$id');
const m = print.receipt;

/** Mẫu 01 (Thông tư 01/2018/TT-VPCP): the receipt and appointment slip handed to the applicant. */
export function ReceiptPrintPage() {
  const { id } = route.useParams();
  const { commune, dossier: d, isPending, error, refetch } = usePrintDossier(id);
  const procedures = useProcedures(commune?.id);

  if (isPending) return <Loading />;
  if (error || !commune || !d)
    return (
      <Container py="xl">
        <ErrorAlert error={error ?? new Error(print.notFound)} onRetry={refetch} />
      </Container>
    );

  const procedure = procedures.data?.items.find((p) => p.id === d.procedureId);
  const officer = d.events.find((e) => e.kind === 'receive')?.actor;
  const url = portalDossierUrl(commune.code, d.code);

  return (
    <PrintLayout
      size="A5"
      title={`Giấy tiếp nhận ${d.code}`}
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
        date={d.receivedDate}
      />
      <div className="doc-title">{m.title}</div>
      <div className="doc-sub">
        {m.code}: <b data-field="code">{d.code}</b>
        <br />
        <i>{m.copy}</i>
      </div>
      <p>{m.intro(committeeInText(commune.name))}</p>
      <p className="field">
        {m.from}: <b>{d.applicantName ?? ''}</b>
      </p>
      {d.applicantAddress && (
        <p className="field">
          {m.address}: {d.applicantAddress}
        </p>
      )}
      {d.applicantPhone && (
        <p className="field">
          {m.phone}: {d.applicantPhone}
        </p>
      )}
      <p className="field">
        {m.content}: <b>{d.procedureName}</b>
        {d.procedureCode && ` (${d.procedureCode})`}
      </p>
      <p className="field">
        {m.channel}: {channelLabels[d.channel]}
      </p>
      {procedure && (
        <p className="field">
          1. {m.limit}:{' '}
          {procedure.processingDays === 0
            ? m.limitSameDay
            : m.limitDays(formatNumber(procedure.processingDays))}
        </p>
      )}
      <p className="field">
        2. {m.receivedAt}: {m.timeAndDate(formatTime(d.receivedAt), formatLongDate(d.receivedDate))}
      </p>
      <p className="field">
        3. {m.appointment}: <b data-field="appointment">{formatLongDate(d.originalDueDate)}</b>
      </p>
      <p className="field">
        4. {m.lookupKey}: <b data-field="lookup-key">{d.lookupKey}</b>
      </p>
      <div className="qr-box">
        <QrCode value={url} size="24mm" label={m.qrLabel} />
        <div>
          <div>{m.qrCaption}</div>
          <div className="small">
            {m.lookupAt}: {url}
          </div>
        </div>
      </div>
      <div className="signatures">
        <Signature lines={[m.applicantSign]} hint={print.signHint} name={d.applicantName} />
        <Signature lines={[m.officerSign]} hint={print.signHint} name={officer} />
      </div>
    </PrintLayout>
  );
}
