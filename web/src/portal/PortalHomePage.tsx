import { Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { formatNumber } from '../lib/format.ts';
import { usePublicCommunes } from '../lib/queries.ts';
import type { PublicCommuneSummary } from '../lib/types.ts';
import { DemoBadge, ErrorAlert, Loading } from '../shell/feedback.tsx';
import { portal } from './messages.ts';

/** Case- and accent-insensitive, so "hoang dieu" finds "Hoàng Diệu". */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

function matches(c: PublicCommuneSummary, q: string): boolean {
  return fold(`${c.name} ${c.districtName ?? ''} ${c.provinceName}`).includes(q);
}

export function PortalHomePage() {
  const communes = usePublicCommunes();
  const [q, setQ] = useState('');

  if (communes.isPending) return <Loading />;
  if (communes.isError) return <ErrorAlert error={communes.error} onRetry={() => void communes.refetch()} />;

  const items = communes.data.items;
  const needle = fold(q.trim());
  const shown = needle ? items.filter((c) => matches(c, needle)) : items;

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {portal.chooseTitle}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{portal.noCommunes}</Text>
      ) : (
        <>
          {items.length > 5 && (
            <TextInput
              type="search"
              label={portal.search}
              placeholder={portal.searchPlaceholder}
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
            />
          )}
          <Text size="sm" c="dimmed" aria-live="polite">
            {portal.count(formatNumber(shown.length))}
          </Text>
          {shown.length === 0 ? (
            <Text>{portal.noMatch}</Text>
          ) : (
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {shown.map((c) => (
                <li key={c.code}>
                  <Card
                    withBorder
                    padding="sm"
                    renderRoot={(props) => (
                      <Link {...props} to="/cong-dan/$communeCode" params={{ communeCode: c.code }} />
                    )}
                  >
                    <Group justify="space-between" wrap="nowrap" gap="xs">
                      <div style={{ minWidth: 0 }}>
                        <Text fw={600}>{c.name}</Text>
                        <Text size="sm" c="dimmed">
                          {c.districtName ? `${c.districtName}, ${c.provinceName}` : c.provinceName}
                        </Text>
                      </div>
                      {c.demo && <DemoBadge />}
                    </Group>
                  </Card>
                </li>
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
