import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { Link, Outlet } from '@tanstack/react-router';
import { portal } from './messages.ts';

/** The citizens' shell: no login, one column, readable on a 360px phone. */
export function PortalLayout() {
  return (
    <Box mih="100dvh" bg="gray.0">
      <Box component="header" bg="indigo.8" c="white" py="sm">
        <Container size="md" px="md">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Anchor component={Link} to="/cong-dan" c="white" underline="never" miw={0}>
              <Text fw={700} size="lg" lh={1.2}>
                {portal.title}
              </Text>
              <Text size="xs" opacity={0.85}>
                {portal.appName}
              </Text>
            </Anchor>
          </Group>
        </Container>
      </Box>
      <Container component="main" size="md" px="md" py="lg">
        <Outlet />
      </Container>
      <Container component="footer" size="md" px="md" pb="lg">
        <Anchor component={Link} to="/dang-nhap" size="sm">
          {portal.staffLogin}
        </Anchor>
      </Container>
    </Box>
  );
}
