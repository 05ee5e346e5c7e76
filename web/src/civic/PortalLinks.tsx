import { Card, SimpleGrid, Text } from '@mantine/core';
import { portalPetition } from '../petitions/messages.ts';
import { portalSchedule } from '../reception/messages.ts';
import { AnchorLink } from '../shell/links.tsx';

/** On the commune's portal page: send feedback and follow it; the reception schedule. */
export function CivicPortalLinks({ communeCode }: { communeCode: string }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Card withBorder padding="md">
        <AnchorLink to="/cong-dan/$communeCode/phan-anh" params={{ communeCode }} fw={600} size="lg">
          {portalPetition.link} →
        </AnchorLink>
        <Text size="sm" c="dimmed">
          {portalPetition.linkIntro}
        </Text>
      </Card>
      <Card withBorder padding="md">
        <AnchorLink
          to="/cong-dan/$communeCode/lich-tiep-cong-dan"
          params={{ communeCode }}
          fw={600}
          size="lg"
        >
          {portalSchedule.link} →
        </AnchorLink>
        <Text size="sm" c="dimmed">
          {portalSchedule.linkIntro}
        </Text>
      </Card>
    </SimpleGrid>
  );
}
