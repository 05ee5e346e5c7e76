import { Button, Group, Select } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { isApiError } from '../lib/api.ts';
import { useCommunes } from '../lib/queries.ts';
import { wordFilter } from '../lib/word-filter.ts';
import { communeOptions } from '../shell/CommuneSwitcher.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
import { m } from './messages.ts';
import { useEditIntake } from './queries.ts';
import type { Intake, IntakeEdit } from './types.ts';

/**
 * Moves a report whose commune was read wrongly to the right one, with the changes typed but not
 * sent, then opens it at its new address. Shown to whoever sees two communes or more.
 */
export function MoveCommune({ intake, pending }: { intake: Intake; pending: IntakeEdit }) {
  const communes = useCommunes().data?.items;
  const move = useEditIntake(intake.commune.id, intake.id);
  const navigate = useNavigate();
  const [target, setTarget] = useState<string | null>(intake.commune.id);
  const options = useMemo(() => communeOptions(communes ?? []), [communes]);
  if (!communes || communes.length < 2) return null;

  const detected = intake.detected.commune;
  const fieldError = isApiError(move.error)
    ? (move.error.fields.communeId ?? move.error.fields['body.communeId'])
    : undefined;
  const onMove = () => {
    if (!target || target === intake.commune.id) return;
    if (intake.status === 'saved' && !window.confirm(m.moveSavedConfirm)) return;
    move.mutate(
      { ...pending, communeId: target },
      {
        onSuccess: (moved) =>
          void navigate({
            to: '/doc-bao-cao/$communeId/$id',
            params: { communeId: moved.commune.id, id: moved.id },
          }),
      },
    );
  };

  return (
    <Group align="end">
      <Select
        label={m.commune}
        data={options}
        value={target}
        onChange={setTarget}
        filter={wordFilter}
        searchable
        allowDeselect={false}
        description={detected.name ? m.communeDetected(detected.kind, detected.name) : undefined}
        error={fieldError}
        w={320}
      />
      <Button
        variant="default"
        onClick={onMove}
        disabled={!target || target === intake.commune.id}
        loading={move.isPending}
      >
        {m.move}
      </Button>
      {move.error && !fieldError && <ErrorAlert error={move.error} />}
    </Group>
  );
}
