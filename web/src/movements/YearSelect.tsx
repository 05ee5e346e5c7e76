import { Select } from '@mantine/core';
import { vnDate } from '../lib/format.ts';
import { common as m } from './messages.ts';

const thisYear = () => Number(vnDate().slice(0, 4));

/** The year a page shows: the one in the URL, else the current one. */
export const shownYear = (nam: number | undefined) => nam ?? thisYear();

/** The last eight years, newest first; the current one leaves the URL clean. */
export function YearSelect(props: { value: number; onChange: (year: number | undefined) => void }) {
  const current = thisYear();
  return (
    <Select
      label={m.year}
      value={String(props.value)}
      onChange={(v) => props.onChange(!v || Number(v) === current ? undefined : Number(v))}
      data={Array.from({ length: 8 }, (_, n) => String(current - n))}
      allowDeselect={false}
      maw={140}
    />
  );
}
