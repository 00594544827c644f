import {
  Badge,
  Box,
  EmptyStateLayout,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Tr,
  Typography,
  Button,
} from '@strapi/design-system';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { PUBLISH_OUTCOMES, useGetPublishLogQuery, type PublishLogEntry, type PublishOutcome } from '../../api';
import { LanguageSelect } from '../../components/LanguageSelect';
import { LocaleBadge } from '../../components/LocaleBadge';
import { TableHead } from '../../components/TableHead';
import { ViewPage } from '../../components/ViewPage';
import { getTranslation } from '../../utils/getTranslation';

const OUTCOME_COLOURS: Record<PublishLogEntry['outcome'], { backgroundColor: string; textColor: string }> = {
  published: { backgroundColor: 'success100', textColor: 'success700' },
  failed: { backgroundColor: 'danger100', textColor: 'danger700' },
  skipped: { backgroundColor: 'neutral150', textColor: 'neutral700' },
  unscheduled: { backgroundColor: 'warning100', textColor: 'warning700' },
};

const t = (id: string) => getTranslation(`publishLog.${id}`);

/** Every automatic and manual publish attempt, newest first (RBAC plugin::calendar.publish). */
export const PublishLogPage = () => {
  const { formatMessage, formatDate } = useIntl();
  const [page, setPage] = useState(1);
  const [outcome, setOutcome] = useState<string>('all');
  const [locale, setLocale] = useState<string | null>(null);
  const log = useGetPublishLogQuery({
    page,
    pageSize: 50,
    ...(outcome !== 'all' ? { outcome: outcome as PublishOutcome } : {}),
    ...(locale ? { locale } : {}),
  });
  const label = (id: string, defaultMessage: string) => formatMessage({ id: t(id), defaultMessage });
  const when = (iso: string | null) => (iso ? formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' }) : '–');
  const pagination = log.data?.meta.pagination;

  return (
    <ViewPage view="publish-log" loading={log.isLoading} error={log.error}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex gap={4} alignItems="flex-end">
          <Box width="240px">
            <SingleSelect
              aria-label={label('outcome', 'Outcome')}
              value={outcome}
              onChange={(value: string | number) => {
                setOutcome(String(value));
                setPage(1);
              }}
            >
              <SingleSelectOption value="all">{label('allOutcomes', 'All outcomes')}</SingleSelectOption>
              {PUBLISH_OUTCOMES.map((o) => (
                <SingleSelectOption key={o} value={o}>
                  {label(`outcome.${o}`, o)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Box>
          <Box width="240px">
            <LanguageSelect
              allowAll
              value={locale}
              onChange={(value) => {
                setLocale(value);
                setPage(1);
              }}
            />
          </Box>
          {/* The scheduler writes the log on the server: nothing here invalidates it, so a refresh is by hand. */}
          <Button variant="tertiary" onClick={() => void log.refetch()}>
            {label('refresh', 'Refresh')}
          </Button>
        </Flex>
        <Box background="neutral0" hasRadius shadow="tableShadow">
          {log.data && log.data.data.length === 0 ? (
            <EmptyStateLayout content={label('empty', 'Nothing has been published by the calendar yet.')} />
          ) : (
            <Table colCount={6} rowCount={(log.data?.data.length ?? 0) + 1}>
              <TableHead
                labels={[
                  label('at', 'When'),
                  label('piece', 'Content piece'),
                  label('scheduledFor', 'Scheduled for'),
                  label('outcome', 'Outcome'),
                  label('how', 'How'),
                  label('details', 'Details'),
                ]}
              />
              <Tbody>
                {(log.data?.data ?? []).map((entry) => (
                  <Tr key={entry.id} data-entry={entry.id} data-locale={entry.locale ?? undefined}>
                    <Td>
                      <Typography>{when(entry.at)}</Typography>
                    </Td>
                    <Td>
                      <Flex gap={2}>
                        <LocaleBadge locale={entry.locale} />
                        <Typography fontWeight="semiBold">{entry.title ?? entry.documentId}</Typography>
                      </Flex>
                    </Td>
                    <Td>
                      <Typography>{when(entry.occurrence)}</Typography>
                    </Td>
                    <Td>
                      <Badge {...OUTCOME_COLOURS[entry.outcome]}>{label(`outcome.${entry.outcome}`, entry.outcome)}</Badge>
                    </Td>
                    <Td>
                      <Typography>
                        {label(`trigger.${entry.trigger}`, entry.trigger)}
                        {entry.by ? ` · ${[entry.by.firstname, entry.by.lastname].filter(Boolean).join(' ')}` : ''}
                      </Typography>
                    </Td>
                    <Td>
                      <Typography variant="pi" textColor={entry.error ? 'danger600' : 'neutral600'}>
                        {entry.error ?? (entry.durationMs !== null ? `${entry.durationMs} ms · ${entry.instanceId}` : entry.instanceId)}
                      </Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
        </Box>
        {pagination && pagination.pageCount > 1 && (
          <Flex gap={2} justifyContent="flex-end">
            <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
              {label('previous', 'Previous')}
            </Button>
            <Typography>{`${page} / ${pagination.pageCount}`}</Typography>
            <Button variant="tertiary" disabled={page >= pagination.pageCount} onClick={() => setPage((p) => p + 1)}>
              {label('next', 'Next')}
            </Button>
          </Flex>
        )}
      </Flex>
    </ViewPage>
  );
};
