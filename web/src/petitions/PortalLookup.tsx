import { CodeLookup } from '../portal/CodeLookup.tsx';

/** "Tra cứu phản ánh": the tracking code opens the petition's public page. */
export function PortalLookup(props: { communeCode: string; initial?: string }) {
  return <CodeLookup kind="petition" {...props} />;
}
