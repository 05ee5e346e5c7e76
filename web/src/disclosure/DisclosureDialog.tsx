import {
  Anchor,
  Checkbox,
  FileInput,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import {
  type DisclosurePlace,
  disclosurePlaces,
  placeLabels,
} from '../../../src/modules/disclosure/rules.ts';
import { fieldError, onSomeField } from '../democracy/errors.ts';
import { FormButtons } from '../democracy/FormButtons.tsx';
import { periodDays } from '../democracy/period.ts';
import { DocumentSelect } from '../documents/DocumentSelect.tsx';
import { readUpload } from '../documents/file.ts';
import { formatDate, formatNumber, parseDate, vnDate } from '../lib/format.ts';
import { wordFilter } from '../lib/word-filter.ts';
import { DateField } from '../shell/DateField.tsx';
import { ErrorAlert } from '../shell/feedback.tsx';
import { form as m } from './messages.ts';
import { photoUrl, useCategories, useDisclosureSettings, useSaveDisclosure } from './queries.ts';
import type { DisclosureInput, DisclosureItem } from './types.ts';

/** Adds a disclosure or corrects one, with photos of the posting; the API checks the minimum period. */
export function DisclosureDialog(props: {
  communeId: string;
  /** null: closed; 'new': a new item; otherwise the item to correct. */
  item: DisclosureItem | 'new' | null;
  onClose: () => void;
}) {
  const { item } = props;
  return (
    <Modal
      opened={item !== null}
      onClose={props.onClose}
      title={item === 'new' ? m.titleNew : m.titleEdit}
      size="lg"
    >
      {item !== null && (
        <DisclosureForm
          communeId={props.communeId}
          item={item === 'new' ? null : item}
          onClose={props.onClose}
        />
      )}
    </Modal>
  );
}

function DisclosureForm(props: { communeId: string; item: DisclosureItem | null; onClose: () => void }) {
  const { item } = props;
  const categories = useCategories(props.communeId);
  const settings = useDisclosureSettings(props.communeId);
  const mutation = useSaveDisclosure(props.communeId);
  const [categoryCode, setCategoryCode] = useState<string | null>(item?.categoryCode ?? null);
  const [title, setTitle] = useState(item?.title ?? '');
  const [documentId, setDocumentId] = useState<string | null>(item?.document?.id ?? null);
  const [places, setPlaces] = useState<string[]>(item?.places ?? ['committeeBoard']);
  const [placeNote, setPlaceNote] = useState(item?.placeNote ?? '');
  const [from, setFrom] = useState(formatDate(item?.postedFrom ?? vnDate()));
  const [to, setTo] = useState(item ? formatDate(item.postedTo) : '');
  const [note, setNote] = useState(item?.note ?? '');
  const [photos, setPhotos] = useState<File[]>([]);
  // Set once the item is saved, even if a photo is then refused: a retry corrects, not duplicates.
  const [savedId, setSavedId] = useState(item?.id);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const errorOf = (k: string) => errors[k] ?? fieldError(mutation.error, k, 'postedTo');
  const days = periodDays(from, to);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const postedFrom = parseDate(from);
    const postedTo = parseDate(to);
    if (!categoryCode) found.categoryCode = m.required;
    if (!title.trim()) found.title = m.required;
    if (places.length === 0) found.places = m.placesRequired;
    if (!postedFrom) found.postedFrom = m.dateInvalid;
    if (!postedTo) found.postedTo = m.dateInvalid;
    setErrors(found);
    if (Object.keys(found).length > 0 || !categoryCode || !postedFrom || !postedTo) return;
    const body: DisclosureInput = {
      categoryCode,
      title: title.trim(),
      documentId,
      places: places as DisclosurePlace[],
      placeNote: placeNote.trim() || null,
      postedFrom,
      postedTo,
      note: note.trim() || null,
    };
    const uploads = await Promise.all(photos.map(readUpload));
    const chosen = photos;
    mutation.mutate(
      {
        id: savedId,
        body,
        photos: uploads,
        onItem: setSavedId,
        onPhoto: (i) => setPhotos((prev) => prev.filter((f) => f !== chosen[i])),
      },
      { onSuccess: props.onClose },
    );
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Stack>
        {mutation.error && !onSomeField(mutation.error, ['postedTo']) && (
          <ErrorAlert error={mutation.error} />
        )}
        <Select
          label={m.category}
          data={(categories.data?.items ?? [])
            .filter((c) => c.active)
            .map((c) => ({ value: c.code, label: c.name }))}
          value={categoryCode}
          onChange={setCategoryCode}
          searchable
          filter={wordFilter}
          required
          withAsterisk
          error={errorOf('categoryCode')}
          data-autofocus
        />
        <TextInput
          label={m.title}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          withAsterisk
          maxLength={500}
          error={errorOf('title')}
        />
        <DocumentSelect
          communeId={props.communeId}
          label={m.document}
          value={documentId}
          onChange={setDocumentId}
          error={errorOf('documentId')}
        />
        <Checkbox.Group
          label={m.places}
          value={places}
          onChange={setPlaces}
          required
          withAsterisk
          error={errorOf('places')}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing={6}>
            {disclosurePlaces.map((p) => (
              <Checkbox key={p} value={p} label={placeLabels[p]} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <TextInput
          label={m.placeNote}
          value={placeNote}
          onChange={(e) => setPlaceNote(e.currentTarget.value)}
          maxLength={500}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={m.postedFrom} value={from} onChange={setFrom} error={errorOf('postedFrom')} />
          <DateField
            label={m.postedTo}
            value={to}
            onChange={setTo}
            error={errorOf('postedTo')}
            description={days ? m.span(formatNumber(days)) : undefined}
          />
        </SimpleGrid>
        {settings.data && (
          <Text size="xs" c="dimmed">
            {m.minDays(formatNumber(settings.data.minPostingDays))}
          </Text>
        )}
        <Textarea
          label={m.note}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          maxLength={2000}
        />
        {item && item.photos.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {m.photosSaved}
            </Text>
            {item.photos.map((p) => (
              <Anchor key={p.id} href={photoUrl(props.communeId, item.id, p.id)} size="sm" download>
                {p.fileName}
              </Anchor>
            ))}
          </Stack>
        )}
        <FileInput
          label={m.photos}
          value={photos}
          onChange={setPhotos}
          multiple
          clearable
          accept="image/jpeg,image/png"
          error={errorOf('fileName') ?? errorOf('contentBase64')}
        />
        <FormButtons
          cancel={m.cancel}
          submit={m.save}
          pending={mutation.isPending}
          onCancel={props.onClose}
        />
      </Stack>
    </form>
  );
}
