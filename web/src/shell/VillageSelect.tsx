import { Select } from '@mantine/core';
import { useCommune } from '../lib/queries.ts';

/** One of the commune's villages (thôn, tổ dân phố), searchable, or none (`placeholder` says so). */
export function VillageSelect(props: {
  communeId: string;
  label: string;
  placeholder: string;
  value: string | null;
  onChange: (villageId: string | null) => void;
  error?: string;
}) {
  const villages = useCommune(props.communeId).data?.villages ?? [];
  return (
    <Select
      label={props.label}
      placeholder={props.placeholder}
      data={villages.map((x) => ({ value: x.id, label: x.name }))}
      value={props.value}
      onChange={props.onChange}
      clearable
      searchable
      error={props.error}
    />
  );
}
