import { Card, Stack, Text } from '@mantine/core';
import { portalConsultation } from '../consultation/messages.ts';
import { portalDisclosure } from '../disclosure/messages.ts';
import { AnchorLink } from '../shell/links.tsx';

/** The commune's portal page links here: what is disclosed, and drafts open for opinions. */
export function DemocracyPortalLinks({ communeCode }: { communeCode: string }) {
  return (
    <Stack gap="lg">
      <Card withBorder padding="md">
        <AnchorLink to="/cong-dan/$communeCode/cong-khai" params={{ communeCode }} fw={600} size="lg">
          {portalDisclosure.link} →
        </AnchorLink>
        <Text size="sm" c="dimmed">
          {portalDisclosure.linkIntro}
        </Text>
      </Card>
      <Card withBorder padding="md">
        <AnchorLink to="/cong-dan/$communeCode/lay-y-kien" params={{ communeCode }} fw={600} size="lg">
          {portalConsultation.link} →
        </AnchorLink>
        <Text size="sm" c="dimmed">
          {portalConsultation.linkIntro}
        </Text>
      </Card>
    </Stack>
  );
}
