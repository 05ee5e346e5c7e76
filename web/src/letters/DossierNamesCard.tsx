import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../lib/api.ts';
import type { CivilStatusEvent } from '../onestop/types.ts';
import { dossierNames as m, namesOfEvent } from './messages.ts';
import { namesToSend, SubjectNameInputs } from './SubjectNameInputs.tsx';
import type { SubjectNames } from './types.ts';

/**
 * On a civil-status dossier's page: who it registers, recorded (or corrected) for the Chairman's
 * letter that returning the result proposes.
 */
export function DossierNamesCard(props: {
  communeId: string;
  dossierId: string;
  event: CivilStatusEvent;
  names: SubjectNames | null;
  readOnly: boolean;
}) {
  const keys = namesOfEvent[props.event];
  const [names, setNames] = useState<SubjectNames>(props.names ?? {});
  const [saved, setSaved] = useState(false);
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (body: SubjectNames) =>
      api<SubjectNames>(
        `/api/communes/${encodeURIComponent(props.communeId)}/dossiers/${encodeURIComponent(props.dossierId)}/subject-names`,
        { method: 'PUT', body },
      ),
    onSuccess: () => {
      setSaved(true);
      void qc.invalidateQueries({ queryKey: ['dossier', props.communeId, props.dossierId] });
    },
  });
  const server = save.error instanceof ApiError ? save.error.fields : {};

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate(namesToSend(keys, names));
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="nguoi-dang-ky">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <div>
            <Title order={2} size="h4" id="nguoi-dang-ky">
              {m.title}
            </Title>
            <Text size="sm" c="dimmed">
              {m.intro}
            </Text>
          </div>
          {save.error && !Object.keys(server).length && (
            <Alert color="red" variant="light" role="alert">
              {save.error.message}
            </Alert>
          )}
          {saved && (
            <Alert color="green" variant="light" role="status">
              {m.saved}
            </Alert>
          )}
          <SubjectNameInputs
            keys={keys}
            names={names}
            onChange={(k, v) => setNames((prev) => ({ ...prev, [k]: v }))}
            errorOf={(k) => server[k]}
            readOnly={props.readOnly}
          />
          {!props.readOnly && (
            <Group>
              <Button type="submit" variant="default" loading={save.isPending}>
                {m.save}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
