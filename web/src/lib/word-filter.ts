import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { searchKey } from './text.ts';

/**
 * For every searchable select: accent- and case-insensitive, every word anywhere ("khai sinh" and
 * "1.001193" both find the birth registration), groups kept.
 */
export const wordFilter: OptionsFilter = ({ options, search }) => {
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
