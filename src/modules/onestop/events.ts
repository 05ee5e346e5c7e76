import type { Ctx } from '../../platform/context.ts';

/**
 * Work other modules do when a dossier's result is returned, in the same transaction: the letters
 * module proposes a congratulation or condolence letter for a civil-status dossier. Registered by
 * those modules (see letters/routes.ts), so the desk does not depend on them.
 */
export type DossierReturnedListener = (ctx: Ctx, communeId: string, dossierId: string) => Promise<void>;

const listeners = new Set<DossierReturnedListener>();

export function onDossierReturned(listener: DossierReturnedListener): void {
  listeners.add(listener);
}

export async function dossierReturned(ctx: Ctx, communeId: string, dossierId: string): Promise<void> {
  for (const listener of listeners) await listener(ctx, communeId, dossierId);
}
