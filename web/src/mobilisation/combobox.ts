import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import { searchKey } from '../lib/text.ts';

/** For searchable selects of names: "dong" finds "Thôn Đông", every typed word anywhere. */
export const accentFilter: OptionsFilter = ({ options, search }) => {
  const words = searchKey(search).split(' ').filter(Boolean);
  return (options as ComboboxItem[]).filter((o) => {
    const key = searchKey(o.label);
    return words.every((w) => key.includes(w));
  });
};
