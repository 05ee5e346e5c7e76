import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate, formatNumber } from '../lib/format.ts';
import { ErrorAlert, Loading } from '../shell/feedback.tsx';
import { calendar as m, variantLabels, verificationColors, verificationLabels } from './messages.ts';
import { useDeadlineRules } from './queries.ts';
import type { DeadlineRuleVersion } from './types.ts';

function limit(r: DeadlineRuleVersion): string {
  return r.count === undefined ? m.perProcedure : m.days(formatNumber(r.count), r.unit);
}

/** Every version of every statutory time limit, with how sure we are of its source. */
export function DeadlineRulesTable() {
  const rules = useDeadlineRules();
  return (
    <Stack gap="sm" component="section" aria-labelledby="quy-dinh-thoi-han">
      <div>
        <Title order={2} size="h4" id="quy-dinh-thoi-han">
          {m.rulesTitle}
        </Title>
        <Text size="sm" c="dimmed">
          {m.rulesIntro}
        </Text>
      </div>
      {rules.isPending ? (
        <Loading />
      ) : rules.isError ? (
        <ErrorAlert error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.colRule}</Table.Th>
                <Table.Th>{m.colLimit}</Table.Th>
                <Table.Th>{m.colStart}</Table.Th>
                <Table.Th>{m.colFrom}</Table.Th>
                <Table.Th>{m.colSource}</Table.Th>
                <Table.Th>{m.colTag}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.data.items.map((r) => (
                <Table.Tr key={`${r.key}@${r.effectiveFrom}`} data-rule={r.key}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {r.name}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {r.key}
                    </Text>
                    {r.note && (
                      <Text size="xs" c="dimmed">
                        {r.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{limit(r)}</Text>
                    {r.variants &&
                      Object.entries(r.variants).map(([k, v]) => (
                        <Text size="xs" c="dimmed" key={k}>
                          {variantLabels[k] ?? k}: {formatNumber(v)}
                        </Text>
                      ))}
                    {r.extension && (
                      <Text size="xs" c="dimmed">
                        {m.extension(formatNumber(r.extension.maxDays), formatNumber(r.extension.maxTimes))}
                      </Text>
                    )}
                    {r.sameDayCutoff && (
                      <Text size="xs" c="dimmed">
                        {m.cutoff(r.sameDayCutoff)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{r.startEventLabel}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(r.effectiveFrom)}
                    <br />
                    <Badge size="xs" variant="light" c="dark.8" color={r.inForce ? 'green' : 'gray'}>
                      {r.inForce ? m.inForce : m.oldVersion}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{r.source}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      c="dark.8"
                      color={verificationColors[r.tag]}
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {r.tagLabel || verificationLabels[r.tag]}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
