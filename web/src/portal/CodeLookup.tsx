import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { portalPetition } from '../petitions/messages.ts';
import { CodeInput } from './CodeInput.tsx';
import { portalOnestop } from './messages.ts';

// What a citizen can follow by its code: the page it opens, and the words of its lookup form.
const lookups = {
  dossier: {
    id: 'tra-cuu-ho-so',
    to: '/cong-dan/$communeCode/ho-so/$code',
    labels: portalOnestop,
    placeholder: (communeCode: string) => portalOnestop.lookupPlaceholder(communeCode),
  },
  petition: {
    id: 'tra-cuu-phan-anh',
    to: '/cong-dan/$communeCode/phan-anh/$code',
    labels: portalPetition,
    placeholder: (communeCode: string) => `${communeCode}-DT26-0001`,
  },
} as const;

export type LookupKind = keyof typeof lookups;

/** "Tra cứu": the code typed (in any case) opens the page of the dossier or petition it names. */
export function CodeLookup(props: { kind: LookupKind; communeCode: string; initial?: string }) {
  const { id, to, labels: m, placeholder } = lookups[props.kind];
  const navigate = useNavigate();
  const [code, setCode] = useState(props.initial ?? '');
  const [error, setError] = useState<string | undefined>();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const value = code.trim().toUpperCase();
    setError(value ? undefined : m.lookupRequired);
    if (value) void navigate({ to, params: { communeCode: props.communeCode, code: value } });
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {m.lookupTitle}
      </Title>
      <Text size="sm">{m.lookupIntro}</Text>
      <form onSubmit={onSubmit} noValidate aria-label={m.lookupTitle}>
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <CodeInput
            label={m.lookupCode}
            placeholder={placeholder(props.communeCode)}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={error}
            maxLength={64}
            style={{ flex: 1, minWidth: 0 }}
          />
          <Button type="submit" mt={25}>
            {m.lookupSubmit}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
