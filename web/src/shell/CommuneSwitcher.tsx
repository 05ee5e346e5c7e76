import { Select } from '@mantine/core';
import type { CommuneSummary } from '../lib/types.ts';
import { switcher } from './messages.ts';

/** Communes grouped by province, so an administrator with several provinces finds one quickly. */
export function communeOptions(communes: CommuneSummary[]) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const c of communes) {
    const items = groups.get(c.provinceName) ?? [];
    items.push({ value: c.id, label: c.districtName ? `${c.name} (${c.districtName})` : c.name });
    groups.set(c.provinceName, items);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

export function CommuneSwitcher(props: {
  communes: CommuneSummary[];
  value: string | undefined;
  onChange: (id: string) => void;
}) {
  return (
    <Select
      label={switcher.label}
      placeholder={switcher.placeholder}
      nothingFoundMessage={switcher.nothingFound}
      data={communeOptions(props.communes)}
      value={props.value ?? null}
      onChange={(id) => id && props.onChange(id)}
      searchable
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
