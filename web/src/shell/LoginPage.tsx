import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError } from '../lib/api.ts';
import { common } from '../lib/messages.ts';
import { useLogin } from '../lib/queries.ts';
import { appName, login } from './messages.ts';

const route = getRouteApi('/dang-nhap');

function loginErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return login.wrongCredentials;
    if (error.status === 429) {
      if (error.retryAfter) return login.tooManyAttemptsWait(error.retryAfter);
      // The server's message says how long to wait; ours is the fallback.
      return error.fromServer ? error.message : login.tooManyAttempts;
    }
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export function LoginPage() {
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const mutation = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});
  const usernameRef = useRef<HTMLInputElement>(null);

  useEffect(() => usernameRef.current?.focus(), []);

  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {};

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const next = {
      username: username.trim() ? undefined : login.usernameRequired,
      password: password ? undefined : login.passwordRequired,
    };
    setMissing(next);
    if (next.username || next.password) return;
    mutation.mutate(
      { username: username.trim(), password },
      { onSuccess: () => void navigate({ href: redirect ?? '/', replace: true }) },
    );
  };

  return (
    <Center mih="100dvh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <div>
              <Text fw={700} size="xl" c="indigo.8">
                {appName}
              </Text>
              <Text size="sm" c="dimmed">
                {login.subtitle}
              </Text>
            </div>
            <Title order={1} size="h3">
              {login.title}
            </Title>
            {mutation.error && (
              <Alert color="red" variant="light" role="alert">
                {loginErrorMessage(mutation.error)}
              </Alert>
            )}
            <TextInput
              ref={usernameRef}
              label={login.username}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              withAsterisk={false}
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              error={missing.username ?? fields.username}
            />
            <PasswordInput
              visibilityToggleButtonProps={{ 'aria-label': common.togglePassword }}
              label={login.password}
              name="password"
              autoComplete="current-password"
              required
              withAsterisk={false}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={missing.password ?? fields.password}
            />
            <Button type="submit" loading={mutation.isPending} fullWidth>
              {login.submit}
            </Button>
          </Stack>
        </form>
        <Text size="sm" ta="center" mt="lg">
          {login.portalHint}{' '}
          <Anchor component={Link} to="/cong-dan">
            {login.portalLink}
          </Anchor>
        </Text>
      </Paper>
    </Center>
  );
}
