import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { searchKey } from '../lib/text.ts';
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

/** Accent- and case-insensitive, every word anywhere: "khai sinh" and "1.001193" both find the birth registration. */
export const procedureFilter: OptionsFilter = ({ options, search }) => {
  const words = searchKey(search).split(' ').filter(Boolean);
  if (words.length === 0) return options;
  const hit = (o: ComboboxItem) => {
    const key = searchKey(o.label);
    return words.every((w) => key.includes(w));
  };
  const out: ComboboxParsedItem[] = [];
  for (const o of options) {
    if ('group' in o) {
      const items = o.items.filter(hit);
      if (items.length > 0) out.push({ group: o.group, items });
    } else if (hit(o)) out.push(o);
  }
  return out;
};
