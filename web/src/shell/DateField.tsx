import { TextInput } from '@mantine/core';

/**
 * A date typed as dd/mm/yyyy. A native date input would show mm/dd/yyyy in an English browser,
 * which officials misread; swap for @mantine/dates with the `vi` locale when a picker is needed.
 */
export function DateField(props: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  error?: string;
  description?: string;
}) {
  return (
    <TextInput
      label={props.label}
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      error={props.error}
      description={props.description}
    />
  );
}
