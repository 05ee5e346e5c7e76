import type { Queryable } from '../../../platform/db/types.ts';
import type { FieldSpec } from './fields.ts';
import { type ColumnMapping, normalizeMapping } from './headers.ts';

export type MappingKind = 'dossiers' | 'procedures';

/** The commune's saved column mapping for this kind of file, if any. */
export async function loadMapping<F extends string>(
  tx: Queryable,
  communeId: string,
  kind: MappingKind,
  fields: readonly FieldSpec<F>[],
): Promise<ColumnMapping<F> | undefined> {
  const [row] = await tx.query<{ mapping: unknown }>(
    'select mapping from import_mappings where commune_id = $1 and kind = $2',
    [communeId, kind],
  );
  if (!row) return undefined;
  try {
    // Parsed at the boundary like any outside input: a field renamed since is dropped, not trusted.
    const raw = typeof row.mapping === 'string' ? JSON.parse(row.mapping) : row.mapping;
    return normalizeMapping(raw, fields);
  } catch {
    return undefined;
  }
}

/** Saves the mapping an official used, so the next export of the same layout needs none. */
export async function saveMapping(
  tx: Queryable,
  communeId: string,
  kind: MappingKind,
  mapping: ColumnMapping,
): Promise<void> {
  await tx.query(
    `insert into import_mappings (commune_id, kind, mapping) values ($1, $2, $3)
     on conflict (commune_id, kind) do update set mapping = excluded.mapping, updated_at = now()`,
    [communeId, kind, JSON.stringify(mapping)],
  );
}
