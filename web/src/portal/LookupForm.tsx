import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { portalOnestop as m } from './messages.ts';

/** "Tra cứu hồ sơ": the code printed on the receipt opens the dossier's status page. */
export function LookupForm(props: { communeCode: string; initial?: string }) {
  const navigate = useNavigate();
  const [code, setCode] = useState(props.initial ?? '');
  const [error, setError] = useState<string | undefined>();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const value = code.trim().toUpperCase();
    if (!value) {
      setError(m.lookupRequired);
      return;
    }
    setError(undefined);
    void navigate({
      to: '/cong-dan/$communeCode/ho-so/$code',
      params: { communeCode: props.communeCode, code: value },
    });
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="tra-cuu-ho-so">
      <Title order={2} size="h3" id="tra-cuu-ho-so">
        {m.lookupTitle}
      </Title>
      <Text size="sm">{m.lookupIntro}</Text>
      <form onSubmit={onSubmit} noValidate aria-label={m.lookupTitle}>
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            label={m.lookupCode}
            placeholder={m.lookupPlaceholder(props.communeCode)}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={error}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
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
