import { useDossier } from '../onestop/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';

/** The current commune and one of its dossiers, for a printed form. */
export function usePrintDossier(id: string) {
  const commune = useCurrentCommune();
  const dossier = useDossier(commune.current?.id, id);
  return {
    commune: commune.current,
    dossier: dossier.data,
    isPending: commune.isLoading || (Boolean(commune.current) && dossier.isPending),
    error: commune.error ?? dossier.error,
    refetch: () => void dossier.refetch(),
  };
}

/** Where a citizen looks a dossier up: the page the receipt's QR code opens. */
export function portalDossierUrl(communeCode: string, code: string): string {
  return `${window.location.origin}/cong-dan/${encodeURIComponent(communeCode)}/ho-so/${encodeURIComponent(code)}`;
}

export function portalProcedureUrl(communeCode: string, code: string): string {
  return `${window.location.origin}/cong-dan/${encodeURIComponent(communeCode)}/thu-tuc/${encodeURIComponent(code)}`;
}
