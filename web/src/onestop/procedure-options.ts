import type { ComboboxItem } from '@mantine/core';
import type { Procedure } from './types.ts';

/** Procedures grouped by sector for a select, labelled "code · name". */
export function procedureOptions(items: Procedure[]) {
  const groups = new Map<string, ComboboxItem[]>();
  for (const p of items) {
    const group = groups.get(p.sector) ?? [];
    group.push({ value: p.id, label: `${p.code} · ${p.name}` });
    groups.set(p.sector, group);
  }
  return [...groups].map(([group, options]) => ({ group, items: options }));
}
