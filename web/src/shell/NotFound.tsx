import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { common } from '../lib/messages.ts';

export function NotFound() {
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1}>{common.notFoundTitle}</Title>
        <Text>{common.notFoundText}</Text>
        <Anchor component={Link} to="/">
          {common.backHome}
        </Anchor>
      </Stack>
    </Container>
  );
}
