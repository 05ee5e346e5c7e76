import { CodeLookup } from './CodeLookup.tsx';

/** "Tra cứu hồ sơ": the code printed on the receipt opens the dossier's status page. */
export function LookupForm(props: { communeCode: string; initial?: string }) {
  return <CodeLookup kind="dossier" {...props} />;
}
