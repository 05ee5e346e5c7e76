import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { portalPetition as m } from './messages.ts';

/** "Tra cứu phản ánh": the tracking code opens the petition's public page. */
export function PortalLookup(props: { communeCode: string; initial?: string }) {
  const navigate = useNavigate();
  const [code, setCode] = useState(props.initial ?? '');
  const [error, setError] = useState<string | undefined>();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const value = code.trim().toUpperCase();
    setError(value ? undefined : m.lookupRequired);
    if (!value) return;
    void navigate({
      to: '/cong-dan/$communeCode/phan-anh/$code',
      params: { communeCode: props.communeCode, code: value },
    });
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="tra-cuu-phan-anh">
      <Title order={2} size="h3" id="tra-cuu-phan-anh">
        {m.lookupTitle}
      </Title>
      <Text size="sm">{m.lookupIntro}</Text>
      <form onSubmit={onSubmit} noValidate aria-label={m.lookupTitle}>
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            label={m.lookupCode}
            placeholder={`${props.communeCode}-DT26-0001`}
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
