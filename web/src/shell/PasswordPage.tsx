import { Alert, Button, Group, PasswordInput, Stack, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError } from '../lib/api.ts';
import { common } from '../lib/messages.ts';
import { useChangePassword } from '../lib/queries.ts';
import { password as m } from './messages.ts';

const MIN_LENGTH = 8;

type Field = 'currentPassword' | 'newPassword' | 'confirm';

function validate(v: Record<Field, string>): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (!v.currentPassword) errors.currentPassword = m.currentRequired;
  if (v.newPassword.length < MIN_LENGTH) errors.newPassword = m.tooShort;
  else if (v.newPassword === v.currentPassword) errors.newPassword = m.sameAsCurrent;
  if (v.confirm !== v.newPassword) errors.confirm = m.mismatch;
  return errors;
}

export function PasswordPage() {
  const mutation = useChangePassword();
  const [values, setValues] = useState<Record<Field, string>>({
    currentPassword: '',
    newPassword: '',
    confirm: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const firstRef = useRef<HTMLInputElement>(null);

  useEffect(() => firstRef.current?.focus(), []);

  const serverFields = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const errorOf = (f: Field) => errors[f] ?? serverFields[f];
  const set = (f: Field) => (e: { currentTarget: HTMLInputElement }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [f]: value }));
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    mutation.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          setValues({ currentPassword: '', newPassword: '', confirm: '' });
          firstRef.current?.focus();
        },
      },
    );
  };

  return (
    <Stack maw={420}>
      <Title order={1} size="h2">
        {m.title}
      </Title>
      {mutation.isSuccess && (
        <Alert color="green" variant="light" role="status">
          {m.success}
        </Alert>
      )}
      {mutation.error && (
        <Alert color="red" variant="light" role="alert">
          {mutation.error.message}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': common.togglePassword }}
            ref={firstRef}
            label={m.current}
            name="currentPassword"
            autoComplete="current-password"
            required
            withAsterisk={false}
            value={values.currentPassword}
            onChange={set('currentPassword')}
            error={errorOf('currentPassword')}
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': common.togglePassword }}
            label={m.next}
            description={m.nextHint}
            name="newPassword"
            autoComplete="new-password"
            required
            withAsterisk={false}
            minLength={MIN_LENGTH}
            value={values.newPassword}
            onChange={set('newPassword')}
            error={errorOf('newPassword')}
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': common.togglePassword }}
            label={m.confirm}
            name="confirm"
            autoComplete="new-password"
            required
            withAsterisk={false}
            value={values.confirm}
            onChange={set('confirm')}
            error={errorOf('confirm')}
          />
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {m.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
