import { Radio, Stack } from '@mantine/core';

/** The required 5-to-1 satisfaction score, each option read out with its meaning. */
export function ScoreChoice(props: {
  label: string;
  value: string;
  onChange: (score: string) => void;
  error?: string;
  meanings: { readonly [score: number]: string };
}) {
  return (
    <Radio.Group
      label={props.label}
      value={props.value}
      onChange={props.onChange}
      required
      withAsterisk
      error={props.error}
    >
      <Stack gap={8} mt={6}>
        {[5, 4, 3, 2, 1].map((s) => (
          <Radio key={s} value={String(s)} label={`${s} – ${props.meanings[s]}`} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
