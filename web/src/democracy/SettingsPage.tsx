import {
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useConsultationRules } from '../consultation/queries.ts';
import type { ConsultationRule } from '../consultation/types.ts';
import { useCategories, useDisclosureSettings } from '../disclosure/queries.ts';
import type { Category } from '../disclosure/types.ts';
import { useSession } from '../lib/queries.ts';
import { useCurrentCommune } from '../shell/commune.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { fieldError } from './errors.ts';
import { QueryState } from './QueryState.tsx';
import { useNumberingSettings, useSaveSetting } from './queries.ts';
import { settings as m } from './settings-messages.ts';

const canEdit = (role: string | undefined) => role === 'leader' || role === 'admin';

function Section(props: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={props.id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={props.id}>
          {props.title}
        </Title>
        {props.children}
      </Stack>
    </Paper>
  );
}

/** A leader's settings of the register, disclosure and consultation, each saved on its own. */
export function SettingsPage() {
  const role = useSession().data?.user.role;
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  if (commune.isLoading) return <Loading />;
  if (!communeId) return <ErrorAlert error={commune.error} />;
  const edit = canEdit(role);
  return (
    <Stack gap="md" maw={960}>
      <div>
        <Title order={1} size="h2">
          {m.title}
        </Title>
        <Text c="dimmed" size="sm">
          {edit ? m.intro : m.readOnly}
        </Text>
      </div>
      <NumberingSection communeId={communeId} edit={edit} />
      <PostingSection communeId={communeId} edit={edit} />
      <ConsultationSection communeId={communeId} edit={edit} />
      <CategoriesSection communeId={communeId} edit={edit} />
    </Stack>
  );
}

function NumberingSection(props: { communeId: string; edit: boolean }) {
  const query = useNumberingSettings(props.communeId);
  const save = useSaveSetting(props.communeId);
  return (
    <Section id="danh-so" title={m.numberingTitle}>
      <QueryState query={query}>
        {(data) => (
          <>
            {save.error && <ErrorAlert error={save.error} />}
            <Switch
              label={m.perType}
              description={m.perTypeHint}
              checked={data.perTypeNumbering}
              disabled={!props.edit || save.isPending}
              onChange={(e) =>
                save.mutate({
                  path: 'document-settings',
                  body: { perTypeNumbering: e.currentTarget.checked },
                })
              }
            />
          </>
        )}
      </QueryState>
    </Section>
  );
}

/** A number and its Save button; the API's refusal shows on the field. */
function DaysForm(props: {
  label: string;
  initial: number;
  path: string;
  body: (days: number) => unknown;
  field: string;
  communeId: string;
  edit: boolean;
  /** In a table row: the label is for screen readers only. */
  inline?: boolean;
}) {
  const save = useSaveSetting(props.communeId);
  const [days, setDays] = useState<number | string>(props.initial);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ path: props.path, body: props.body(Number(days)) });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <NumberInput
          label={props.inline ? undefined : props.label}
          aria-label={props.inline ? props.label : undefined}
          value={days}
          onChange={setDays}
          min={1}
          max={365}
          allowDecimal={false}
          allowNegative={false}
          readOnly={!props.edit}
          error={fieldError(save.error, props.field) ?? save.error?.message}
          w={props.inline ? 110 : 360}
        />
        {props.edit && (
          <Button type="submit" variant="default" loading={save.isPending}>
            {m.save}
          </Button>
        )}
        {save.isSuccess && (
          <Text size="sm" c="green.9" role="status">
            {m.saved}
          </Text>
        )}
      </Group>
    </form>
  );
}

function PostingSection(props: { communeId: string; edit: boolean }) {
  const query = useDisclosureSettings(props.communeId);
  return (
    <Section id="niem-yet" title={m.postingTitle}>
      <QueryState query={query}>
        {(data) => (
          <DaysForm
            label={m.postingDays}
            initial={data.minPostingDays}
            path="disclosure/settings"
            body={(minPostingDays) => ({ minPostingDays })}
            field="minPostingDays"
            communeId={props.communeId}
            edit={props.edit}
          />
        )}
      </QueryState>
    </Section>
  );
}

function ConsultationSection(props: { communeId: string; edit: boolean }) {
  const query = useConsultationRules(props.communeId);
  const first: ConsultationRule | undefined = query.data?.items[0];
  return (
    <Section id="lay-y-kien" title={m.consultationTitle}>
      <QueryState query={query}>
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="xs">
                <Table.Tbody>
                  {data.items.map((r) => (
                    <Table.Tr key={r.draftType}>
                      <Table.Td>
                        {r.label}{' '}
                        {r.isDefault && (
                          <Badge size="sm" variant="outline" color="gray.7">
                            {m.isDefault}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <DaysForm
                          inline
                          label={`${m.days}: ${r.label}`}
                          initial={r.minDays}
                          path={`consultation-rules/${r.draftType}`}
                          body={(minDays) => ({ minDays })}
                          field="minDays"
                          communeId={props.communeId}
                          edit={props.edit}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {first && (
              <Text size="xs" c="dimmed">
                {m.source(first.source, first.verification)}
              </Text>
            )}
          </>
        )}
      </QueryState>
    </Section>
  );
}

function CategoryRow(props: { communeId: string; category: Category; edit: boolean }) {
  const c = props.category;
  const save = useSaveSetting(props.communeId);
  const [name, setName] = useState(c.name);
  const [required, setRequired] = useState(c.required);
  const [active, setActive] = useState(c.active);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    save.mutate({
      path: `disclosure/categories/${c.code}`,
      body: { name: name.trim(), required, active, position: c.position },
    });
  };
  return (
    <Table.Tr>
      <Table.Td>
        <form id={`nhom-${c.code}`} onSubmit={onSubmit} noValidate>
          <TextInput
            aria-label={m.categoryName}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            readOnly={!props.edit}
            maxLength={500}
            error={(name.trim() ? undefined : m.nameRequired) ?? fieldError(save.error, 'name')}
          />
        </form>
        {c.source && (
          <Text size="xs" c="dimmed">
            {c.source} ({c.verification})
          </Text>
        )}
        {save.error && !fieldError(save.error, 'name') && <ErrorAlert error={save.error} />}
      </Table.Td>
      <Table.Td>
        <Checkbox
          aria-label={`${m.required}: ${c.name}`}
          checked={required}
          onChange={(e) => setRequired(e.currentTarget.checked)}
          disabled={!props.edit}
        />
      </Table.Td>
      <Table.Td>
        <Checkbox
          aria-label={`${m.active}: ${c.name}`}
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
          disabled={!props.edit}
        />
      </Table.Td>
      {props.edit && (
        <Table.Td>
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="default"
              type="submit"
              form={`nhom-${c.code}`}
              loading={save.isPending}
            >
              {m.save}
            </Button>
            {save.isSuccess && (
              <Text size="xs" c="green.9" role="status">
                {m.saved}
              </Text>
            )}
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function NewCategory(props: { communeId: string; position: number }) {
  const save = useSaveSetting(props.communeId);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        path: `disclosure/categories/${encodeURIComponent(code.trim())}`,
        body: { name: name.trim(), required: true, active: true, position: props.position },
      },
      {
        onSuccess: () => {
          setCode('');
          setName('');
        },
      },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={m.addTitle}>
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {m.addTitle}
        </Text>
        {save.error && !fieldError(save.error, 'name') && <ErrorAlert error={save.error} />}
        <Group align="flex-end">
          <TextInput
            label={m.code}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            maxLength={40}
            w={300}
          />
          <TextInput
            label={m.categoryName}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={500}
            error={fieldError(save.error, 'name')}
            style={{ flex: '1 1 18rem' }}
          />
          <Button type="submit" variant="default" loading={save.isPending}>
            {m.add}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CategoriesSection(props: { communeId: string; edit: boolean }) {
  const query = useCategories(props.communeId);
  return (
    <Section id="danh-muc" title={m.categoriesTitle}>
      <QueryState query={query}>
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{m.categoryName}</Table.Th>
                    <Table.Th>{m.required}</Table.Th>
                    <Table.Th>{m.active}</Table.Th>
                    {props.edit && <Table.Th />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((c) => (
                    <CategoryRow key={c.code} communeId={props.communeId} category={c} edit={props.edit} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {props.edit && (
              <NewCategory
                communeId={props.communeId}
                position={Math.max(0, ...data.items.map((c) => c.position)) + 10}
              />
            )}
          </>
        )}
      </QueryState>
    </Section>
  );
}
