import { Container } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { formatNumber, formatVnd } from '../lib/format.ts';
import { onlineLevelLabels, procedures as pm } from '../onestop/messages.ts';
import { useProcedures } from '../onestop/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { AnchorLink } from '../shell/links.tsx';
import { print } from './messages.ts';
import { committeeInText, upperName } from './names.ts';
import { PrintLayout } from './PrintLayout.tsx';
import { QrCode } from './QrCode.tsx';
import { portalProcedureUrl } from './usePrintData.ts';

const route = getRouteApi('/_print/in/mot-cua/ma-qr-thu-tuc/$code');
const m = print.qrSheet;

/** An A4 sheet for the notice board: the procedure's name and a large QR code to its public page. */
export function ProcedureQrPrintPage() {
  const { code } = route.useParams();
  const commune = useCurrentCommune();
  const list = useProcedures(commune.current?.id);

  if (commune.isLoading || (commune.current && list.isPending)) return <Loading />;
  const p = list.data?.items.find((x) => x.code === code);
  if (!commune.current || !p)
    return (
      <Container py="xl">
        <ErrorAlert error={list.error ?? new Error(print.notFound)} onRetry={() => void list.refetch()} />
      </Container>
    );

  const url = portalProcedureUrl(commune.current.code, p.code);
  return (
    <PrintLayout
      size="A4"
      title={`Mã QR thủ tục ${p.code}`}
      back={<AnchorLink to="/mot-cua/thu-tuc">{print.backProcedures}</AnchorLink>}
    >
      <div style={{ textAlign: 'center' }}>
        <div style={{ fontSize: '13pt' }}>UBND {upperName(commune.current.name)}</div>
        <div style={{ fontWeight: 'bold', fontSize: '13pt' }}>{print.desk}</div>
        <div style={{ borderTop: '1px solid #000', width: '30%', margin: '4pt auto 18pt' }} />
        <div style={{ fontWeight: 'bold', fontSize: '16pt' }}>{m.title}</div>
        <div style={{ fontWeight: 'bold', fontSize: '20pt', margin: '10pt 0 14pt' }}>{p.name}</div>
        <div style={{ display: 'flex', justifyContent: 'center', margin: '8pt 0' }}>
          <QrCode value={url} size="95mm" label={m.qrLabel} />
        </div>
        <div style={{ fontSize: '14pt', fontStyle: 'italic', marginBottom: '12pt' }}>{m.scan}</div>
        <div className="small" style={{ marginBottom: '14pt' }}>
          {url}
        </div>
      </div>
      <p className="field">
        {m.code}: <b>{p.code}</b>
      </p>
      <p className="field">
        {m.sector}: {p.sector}
      </p>
      <p className="field">
        {m.days}:{' '}
        {p.processingDays === 0
          ? print.receipt.limitSameDay
          : print.receipt.limitDays(formatNumber(p.processingDays))}
      </p>
      <p className="field">
        {m.fee}: {p.feeVnd ? formatVnd(p.feeVnd) : pm.free}
      </p>
      <p className="field">
        {m.online}: {onlineLevelLabels[p.onlineLevel]}
      </p>
      <p style={{ marginTop: '12pt' }}>{m.place(committeeInText(commune.current.name))}</p>
    </PrintLayout>
  );
}
