import { Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { decisionLabels } from '../../../src/modules/disclosure/lifecycle.ts';
import { FormButtons } from '../democracy/FormButtons.tsx';
import { ApiError } from '../lib/api.ts';
import { formatNumber } from '../lib/format.ts';
import { ErrorAlert } from '../shell/feedback.tsx';
import { form as common, responseForm as m } from './messages.ts';
import { shortTitle } from './passages.ts';
import { useDraftChange } from './queries.ts';
import type { Decision, DraftDetail, DraftResponse } from './types.ts';

export interface ResponseTarget {
  opinionIds: string[];
  /** Present when an existing response is edited. */
  response?: DraftResponse;
}

/** The committee's answer to one opinion or a group: accepted or not, and why. */
export function ResponseDialog(props: {
  communeId: string;
  draft: DraftDetail;
  target: ResponseTarget | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { target } = props;
  return (
    <Modal
      opened={target !== null}
      onClose={props.onClose}
      title={target?.response ? m.titleEdit : m.titleNew}
      size="lg"
    >
      {target && <ResponseForm {...props} target={target} />}
    </Modal>
  );
}

function ResponseForm(props: {
  communeId: string;
  draft: DraftDetail;
  target: ResponseTarget;
  onClose: () => void;
  onDone: () => void;
}) {
  const { draft, target } = props;
  const mutation = useDraftChange(props.communeId, draft.id);
  const opinions = draft.opinionList.filter((o) => target.opinionIds.includes(o.id));
  const [title, setTitle] = useState(target.response?.title ?? shortTitle(opinions[0]?.content ?? ''));
  const [decision, setDecision] = useState<Decision | ''>(target.response?.decision ?? '');
  const [reason, setReason] = useState(target.response?.reason ?? '');
  const [errors, setErrors] = useState<{ title?: string; decision?: string; reason?: string }>({});
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {};

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: typeof errors = {};
    if (!title.trim()) found.title = common.required;
    if (!decision) found.decision = common.required;
    if (!reason.trim()) found.reason = common.required;
    setErrors(found);
    if (Object.keys(found).length > 0 || !decision) return;
    const body = { title: title.trim(), decision, reason: reason.trim(), opinionIds: target.opinionIds };
    mutation.mutate(
      target.response
        ? { method: 'PUT', path: `responses/${target.response.id}`, body }
        : { method: 'POST', path: 'responses', body },
      { onSuccess: props.onDone },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <Text size="sm" fw={600}>
          {m.opinions(formatNumber(opinions.length))}
        </Text>
        <Stack gap={4} component="ul" pl="md" m={0}>
          {opinions.map((o) => (
            <Text key={o.id} size="sm" component="li">
              {o.passageLabel ? `${o.passageLabel}: ` : ''}
              {o.content}
            </Text>
          ))}
        </Stack>
        <TextInput
          label={m.heading}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          withAsterisk
          maxLength={500}
          error={errors.title ?? fields.title}
          data-autofocus
        />
        <Radio.Group
          label={m.decision}
          value={decision}
          onChange={(v) => setDecision(v as Decision)}
          required
          withAsterisk
          error={errors.decision ?? fields.decision}
        >
          <Group mt={6} gap="lg">
            {(Object.keys(decisionLabels) as Decision[]).map((d) => (
              <Radio key={d} value={d} label={decisionLabels[d]} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={m.reason}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          withAsterisk
          autosize
          minRows={3}
          maxLength={5000}
          error={errors.reason ?? fields.reason ?? fields.opinionIds}
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
