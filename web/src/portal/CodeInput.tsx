import { TextInput, type TextInputProps } from '@mantine/core';

/** A code or key the citizen copies from paper: typed in capitals, never corrected or remembered. */
export function CodeInput(props: TextInputProps) {
  return <TextInput autoCapitalize="characters" autoComplete="off" spellCheck={false} {...props} />;
}
