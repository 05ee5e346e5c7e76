import { z } from 'zod';

/** Path parameters of a commune's routes, `/api/communes/:communeId/…`, and of one record there, `…/:id`. */
export const CommuneParams = z.object({ communeId: z.uuid() });
export const ItemParams = CommuneParams.extend({ id: z.uuid() });
