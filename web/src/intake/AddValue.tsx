import { Button, Group, NumberInput, Paper, Select, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { wordFilter } from '../lib/word-filter.ts';
import { m } from './messages.ts';
import { useIndicatorCatalogue } from './queries.ts';
import { fromShown } from './segments.ts';

/**
 * An indicator the report states but the reading missed, typed by the reviewer: it is added at once
 * (marked as entered by a person) and saved with the other figures.
 */
export function AddValue(props: {
  present: ReadonlySet<string>;
  pending: boolean;
  onAdd: (key: string, value: number) => Promise<unknown>;
}) {
  const catalogue = useIndicatorCatalogue();
  const [key, setKey] = useState<string | null>(null);
  const [shown, setShown] = useState<number | ''>('');
  const [error, setError] = useState<string | null>(null);
  const chosen = catalogue.data?.items.find((i) => i.key === key);
  const options = (catalogue.data?.items ?? [])
    .filter((i) => !props.present.has(i.key))
    .map((i) => ({ value: i.key, label: i.label }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen || shown === '') {
      setError(m.addNeedsBoth);
      return;
    }
    setError(null);
    // A refusal is shown by the page (the edit's error); what was typed stays for another try.
    const added = await props.onAdd(chosen.key, fromShown(shown, chosen.rate)).then(
      () => true,
      () => false,
    );
    if (!added) return;
    setKey(null);
    setShown('');
  };

  return (
    <Paper withBorder p="sm">
      <form onSubmit={(e) => void onSubmit(e)} aria-label={m.addTitle} noValidate>
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {m.addTitle}
          </Text>
          <Group align="end" gap="xs" wrap="nowrap">
            <Select
              label={m.addIndicator}
              placeholder={m.addIndicatorPlaceholder}
              data={options}
              filter={wordFilter}
              value={key}
              onChange={setKey}
              searchable
              nothingFoundMessage={m.noIndicator}
              style={{ flex: 1 }}
              error={error && !chosen ? error : undefined}
            />
            <NumberInput
              label={m.addValue}
              value={shown}
              onChange={(n) => setShown(typeof n === 'number' ? n : '')}
              decimalSeparator=","
              thousandSeparator="."
              min={0}
              max={chosen?.rate ? 100 : undefined}
              suffix={chosen?.rate ? ' %' : undefined}
              allowNegative={false}
              w={130}
              error={error && chosen && shown === '' ? error : undefined}
            />
            <Button type="submit" variant="default" loading={props.pending}>
              {m.add}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
