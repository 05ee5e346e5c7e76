import { SimpleGrid, TextInput } from '@mantine/core';
import { nameLabels } from './messages.ts';
import type { SubjectNames } from './types.ts';

/** The names a letter is filled from (child and parents, the spouses, the deceased and family). */
export function SubjectNameInputs(props: {
  keys: (keyof SubjectNames)[];
  names: SubjectNames;
  onChange: (k: keyof SubjectNames, value: string) => void;
  errorOf?: (k: keyof SubjectNames) => string | undefined;
  readOnly?: boolean;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: props.keys.length }}>
      {props.keys.map((k) => (
        <TextInput
          key={k}
          label={nameLabels[k]}
          value={props.names[k] ?? ''}
          maxLength={200}
          autoComplete="off"
          readOnly={props.readOnly}
          onChange={(e) => props.onChange(k, e.currentTarget.value)}
          error={props.errorOf?.(k)}
        />
      ))}
    </SimpleGrid>
  );
}

/** What the API takes: the asked names trimmed, a blank one as null. */
export function namesToSend(keys: (keyof SubjectNames)[], names: SubjectNames): SubjectNames {
  return Object.fromEntries(keys.map((k) => [k, names[k]?.trim() || null]));
}
