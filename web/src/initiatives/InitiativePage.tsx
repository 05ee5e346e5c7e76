import {
  Button,
  FileInput,
  Group,
  Image,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useState } from 'react';
import { readUpload } from '../documents/file.ts';
import { ApiError } from '../lib/api.ts';
import { formatDate, formatNumber, parseDate, vnDate } from '../lib/format.ts';
import { useCommune } from '../lib/queries.ts';
import { useCanEdit } from '../mobilisation/access.ts';
import { SavedAlert } from '../mobilisation/ui.tsx';
import { useCurrentCommune } from '../shell/commune.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
import { AnchorLink, BackLink, ButtonLink } from '../shell/links.tsx';
import { RecordFallback } from '../shell/RecordFallback.tsx';
import { RecordTitle } from '../shell/RecordTitle.tsx';
import { InitiativeForm } from './InitiativeForm.tsx';
import { form as fm, levelLabels, detail as m } from './messages.ts';
import {
  photoUrl,
  useAddCommendation,
  useAddPhoto,
  useInitiative,
  useInitiatives,
  useRegisterInitiative,
  useUpdateInitiative,
} from './queries.ts';
import { replicasOf } from './search.ts';
import type { CommendationLevel, Initiative } from './types.ts';

const route = getRouteApi('/_app/dan-van/sang-kien/$id');

function Section(props: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={props.id}>
      <Title order={2} size="h4" id={props.id} mb="sm">
        {props.title}
      </Title>
      {props.children}
    </Paper>
  );
}

/** One initiative: what it does, its results, its years, commendations, photos and replicas. */
export function InitiativePage() {
  const { id } = route.useParams();
  const commune = useCurrentCommune();
  const communeId = commune.current?.id;
  const canEdit = useCanEdit();
  const query = useInitiative(communeId, id);
  const all = useInitiatives(communeId, {});
  const villages = useCommune(communeId).data?.villages ?? [];
  const update = useUpdateInitiative(communeId, id);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  if (!communeId || !query.isSuccess || commune.isLoading)
    return <RecordFallback commune={commune} query={query} />;
  const i = query.data;
  const replicas = replicasOf(all.data?.items ?? [], i.id);

  return (
    <Stack gap="lg">
      <BackLink to="/dan-van/sang-kien">{m.back}</BackLink>
      <RecordTitle title={i.name} badge={i.fieldLabel}>
        <Text>
          {m.organisation}: {i.organisationLabel} · {m.village}: {i.villageName ?? fm.wholeCommune}
        </Text>
        <Text>
          {m.started}: {formatDate(i.startedOn)} · {m.ended}: {i.endedOn ? formatDate(i.endedOn) : m.ongoing}
        </Text>
        {i.replicatedFrom && (
          <Text>
            {m.replicatedFrom}:{' '}
            {i.replicatedFrom.id ? (
              <AnchorLink to="/dan-van/sang-kien/$id" params={{ id: i.replicatedFrom.id }}>
                {i.replicatedFrom.name}
              </AnchorLink>
            ) : (
              i.replicatedFrom.name
            )}
          </Text>
        )}
      </RecordTitle>
      <SavedAlert message={saved && m.saved} onClose={() => setSaved(false)} />
      {canEdit && (
        <Group>
          <Button
            variant="default"
            onClick={() => {
              update.reset();
              setEditing(true);
            }}
          >
            {m.edit}
          </Button>
          <ButtonLink to="/dan-van/sang-kien/moi" search={{ tu: i.id }} variant="default">
            {m.replicate}
          </ButtonLink>
        </Group>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section id="cach-lam" title={m.description}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{i.description || m.none}</Text>
        </Section>
        <Section id="ket-qua" title={m.results}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{i.results || m.none}</Text>
          {i.figures.length > 0 && (
            <Table mt="sm" withTableBorder aria-label={m.figures}>
              <Table.Tbody>
                {i.figures.map((f) => (
                  <Table.Tr key={`${f.label}-${f.value}`}>
                    <Table.Td>{f.label}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatNumber(f.value)} {f.unit}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Section>
        <Section id="dang-ky" title={m.registrations}>
          <Text mb="sm">{i.registeredYears.length ? i.registeredYears.join(', ') : m.noRegistrations}</Text>
          {canEdit && <RegisterForm communeId={communeId} initiative={i} />}
        </Section>
        <Section id="nhan-rong" title={m.replicas}>
          {replicas.length === 0 ? (
            <Text>{m.noReplicas}</Text>
          ) : (
            <Stack gap={4}>
              {replicas.map((r) => (
                <AnchorLink key={r.id} to="/dan-van/sang-kien/$id" params={{ id: r.id }}>
                  {r.villageName ? `${r.villageName} — ${r.name}` : r.name}
                </AnchorLink>
              ))}
            </Stack>
          )}
        </Section>
      </SimpleGrid>

      <Section id="khen-thuong" title={m.commendations}>
        {i.commendations.length === 0 ? (
          <Text mb="sm">{m.noCommendations}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640} mb="sm">
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{m.awardedOn}</Table.Th>
                  <Table.Th>{m.level}</Table.Th>
                  <Table.Th>{m.commendationTitle}</Table.Th>
                  <Table.Th>{m.issuer}</Table.Th>
                  <Table.Th>{m.reference}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {i.commendations.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{formatDate(c.awardedOn)}</Table.Td>
                    <Table.Td>{c.levelLabel}</Table.Td>
                    <Table.Td>{c.title}</Table.Td>
                    <Table.Td>{c.issuer}</Table.Td>
                    <Table.Td>{c.reference}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canEdit && <CommendationForm communeId={communeId} initiativeId={i.id} />}
      </Section>

      <Section id="hinh-anh" title={m.photos}>
        {i.photos.length === 0 ? (
          <Text mb="sm">{m.noPhotos}</Text>
        ) : (
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} mb="sm">
            {i.photos.map((p) => (
              <Stack key={p.id} gap={4}>
                <Image
                  src={photoUrl(communeId, i.id, p.id)}
                  alt={p.caption ?? p.fileName}
                  radius="sm"
                  h={160}
                  fit="cover"
                />
                {p.caption && <Text size="sm">{p.caption}</Text>}
              </Stack>
            ))}
          </SimpleGrid>
        )}
        {canEdit && <PhotoForm communeId={communeId} initiativeId={i.id} />}
      </Section>

      <Modal opened={editing} onClose={() => setEditing(false)} title={m.editTitle} size="xl">
        {editing && (
          <InitiativeForm
            initiative={i}
            villages={villages}
            others={all.data?.items ?? []}
            saving={update.isPending}
            error={update.error}
            onCancel={() => setEditing(false)}
            onSave={(input) =>
              update.mutate(input, {
                onSuccess: () => {
                  setEditing(false);
                  setSaved(true);
                },
              })
            }
          />
        )}
      </Modal>
    </Stack>
  );
}

function RegisterForm({ communeId, initiative }: { communeId: string; initiative: Initiative }) {
  const today = vnDate();
  const [year, setYear] = useState(today.slice(0, 4));
  const [date, setDate] = useState(formatDate(today));
  const [errors, setErrors] = useState<{ year?: string; registeredOn?: string }>({});
  const register = useRegisterInitiative(communeId, initiative.id);
  const server = register.error instanceof ApiError ? register.error.fields : {};

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const y = Number(year);
    const registeredOn = parseDate(date);
    const found = {
      year: Number.isInteger(y) && y >= 2000 && y <= 2100 ? undefined : m.yearInvalid,
      registeredOn: registeredOn ? undefined : fm.dateInvalid,
    };
    setErrors(found);
    if (!found.year && registeredOn) register.mutate({ year: y, registeredOn });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={m.registrations}>
      {register.isError && <ErrorAlert error={register.error} />}
      <Group align="flex-end" gap="sm" mt="xs">
        <TextInput
          label={m.registerYear}
          inputMode="numeric"
          maxLength={4}
          w={90}
          value={year}
          onChange={(e) => setYear(e.currentTarget.value)}
          error={errors.year ?? server.year}
        />
        <DateField
          label={m.registeredOn}
          value={date}
          onChange={setDate}
          error={errors.registeredOn ?? server.registeredOn}
        />
        <Button type="submit" variant="default" loading={register.isPending}>
          {m.register}
        </Button>
      </Group>
    </form>
  );
}

function CommendationForm({ communeId, initiativeId }: { communeId: string; initiativeId: string }) {
  const empty = {
    level: 'district' as CommendationLevel,
    title: '',
    issuer: '',
    awardedOn: '',
    reference: '',
  };
  const [v, setV] = useState(empty);
  const [errors, setErrors] = useState<Partial<Record<keyof typeof empty, string>>>({});
  const add = useAddCommendation(communeId, initiativeId);
  const server = add.error instanceof ApiError ? add.error.fields : {};
  const set = (k: keyof typeof empty, value: string) => setV((prev) => ({ ...prev, [k]: value }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const awardedOn = parseDate(v.awardedOn);
    const found = {
      title: v.title.trim() ? undefined : fm.required,
      awardedOn: awardedOn ? undefined : v.awardedOn.trim() ? fm.dateInvalid : fm.required,
    };
    setErrors(found);
    if (found.title || !awardedOn) return;
    add.mutate(
      {
        level: v.level,
        title: v.title.trim(),
        issuer: v.issuer.trim(),
        awardedOn,
        reference: v.reference.trim() || null,
      },
      { onSuccess: () => setV(empty) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={m.addCommendation}>
      <Stack gap="sm">
        {add.isError && <ErrorAlert error={add.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
          <Select
            label={m.level}
            data={Object.entries(levelLabels).map(([value, label]) => ({ value, label }))}
            value={v.level}
            onChange={(x) => x && set('level', x)}
            allowDeselect={false}
          />
          <TextInput
            label={m.commendationTitle}
            placeholder={m.commendationTitleHint}
            value={v.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            required
            withAsterisk
            maxLength={300}
            error={errors.title ?? server.title}
          />
          <TextInput
            label={m.issuer}
            value={v.issuer}
            onChange={(e) => set('issuer', e.currentTarget.value)}
            maxLength={200}
            error={server.issuer}
          />
          <DateField
            label={m.awardedOn}
            value={v.awardedOn}
            onChange={(t) => set('awardedOn', t)}
            error={errors.awardedOn ?? server.awardedOn}
          />
          <TextInput
            label={m.reference}
            value={v.reference}
            onChange={(e) => set('reference', e.currentTarget.value)}
            maxLength={100}
            error={server.reference}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" variant="default" loading={add.isPending}>
            {m.addCommendation}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PhotoForm({ communeId, initiativeId }: { communeId: string; initiativeId: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [error, setError] = useState<string>();
  const add = useAddPhoto(communeId, initiativeId);
  const server = add.error instanceof ApiError ? add.error.fields : {};

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setError(file ? undefined : fm.required);
    if (!file) return;
    const upload = await readUpload(file);
    add.mutate(
      { ...upload, caption: caption.trim() || null },
      {
        onSuccess: () => {
          setFile(null);
          setCaption('');
        },
      },
    );
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={m.upload}>
      <Stack gap="sm">
        {add.isError && <ErrorAlert error={add.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <FileInput
            label={m.photoFile}
            accept="image/jpeg,image/png"
            value={file}
            onChange={setFile}
            clearable
            error={error ?? server.contentBase64 ?? server.fileName}
          />
          <TextInput
            label={m.caption}
            value={caption}
            onChange={(e) => setCaption(e.currentTarget.value)}
            maxLength={300}
            error={server.caption}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" variant="default" loading={add.isPending}>
            {m.upload}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
