import {
  Box,
  Button,
  EmptyStateLayout,
  Field,
  Flex,
  Link,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useAPIErrorHandler, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { NavLink } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { communityPaths, type CommunityReport, type ReportGroupBy, type ReportTotals } from '../../api';
import type { Problem } from '../../hooks/useProblemOf';
import { ProblemAlert } from '../../components/ProblemAlert';
import { getTranslation } from '../../utils/getTranslation';
import { isDate } from '../../utils/period';
import { TrendChart } from './TrendChart';
import { downloadFile } from '../../utils/download';

const COLUMNS: Array<{ key: string; label: string }> = [
  { key: 'due', label: 'Due' },
  { key: 'done', label: 'Done' },
  { key: 'skipped', label: 'Skipped' },
  { key: 'missed', label: 'Missed' },
  { key: 'completion', label: 'Completion' },
  { key: 'estimated', label: 'Estimated min' },
  { key: 'spent', label: 'Spent min' },
  { key: 'interactions', label: 'Interactions' },
  { key: 'medianResponse', label: 'First response, median min' },
  { key: 'p90Response', label: 'First response, p90 min' },
];

/**
 * The community report for a period: a row per channel or person with the totals, the weekly
 * trend, and the same table as CSV. The parent owns the period (it lives in the URL); a tick
 * invalidates the report, which then refetches.
 */
export const Report = ({
  period,
  groupBy,
  onPeriod,
  onGroupBy,
  report,
  error,
}: {
  period: { from: string; to: string };
  groupBy: ReportGroupBy;
  onPeriod: (period: { from: string; to: string }) => void;
  onGroupBy: (groupBy: ReportGroupBy) => void;
  report?: CommunityReport;
  error?: Problem;
}) => {
  const { formatMessage, formatNumber } = useIntl();
  const { formatAPIError } = useAPIErrorHandler(getTranslation);
  const { toggleNotification } = useNotification();
  const [exporting, setExporting] = useState(false);
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(`community.report.${id}`), defaultMessage });
  const number = (value: number | null) => (value === null ? '–' : formatNumber(value, { maximumFractionDigits: 1 }));

  // The admin's fetch client adds the session token; a plain link to the CSV would go without it.
  const exportCsv = async () => {
    setExporting(true);
    try {
      await downloadFile(
        communityPaths.reportUrl({ ...period, groupBy }, 'csv'),
        `community-report-${groupBy}-${period.from}-${period.to}.csv`
      );
    } catch (err) {
      toggleNotification({ type: 'danger', message: formatAPIError(err as Parameters<typeof formatAPIError>[0]) });
    } finally {
      setExporting(false);
    }
  };

  const cells = (r: ReportTotals) => ({
    due: number(r.due),
    done: number(r.done),
    skipped: number(r.skipped),
    missed: number(r.missed),
    completion: r.completionRate === null ? '–' : formatNumber(r.completionRate, { style: 'percent', maximumFractionDigits: 0 }),
    estimated: number(r.estimatedMinutes),
    spent: number(r.minutesSpent),
    interactions: number(r.interactionsHandled),
    medianResponse: number(r.firstResponse.medianMinutes),
    p90Response: number(r.firstResponse.p90Minutes),
  });
  // The server names groups without a channel or person in English; those have the key ''.
  const rowLabel = (key: string, label: string) =>
    key === '' ? (groupBy === 'channel' ? t('noChannel', 'No channel') : t('unassigned', 'Unassigned')) : label;
  const row = (key: string, label: string, totals: ReportTotals, total = false) => {
    const values = cells(totals) as Record<string, string>;
    return (
      <Tr key={total ? 'total' : `row-${key}`} data-row={total ? 'total' : key}>
        <Td>
          <Typography fontWeight={total ? 'bold' : 'semiBold'}>{label}</Typography>
        </Td>
        {COLUMNS.map((c) => (
          <Td key={c.key} data-cell={c.key}>
            <Typography fontWeight={total ? 'bold' : 'regular'}>{values[c.key]}</Typography>
          </Td>
        ))}
      </Tr>
    );
  };

  return (
    <Box
      tag="section"
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={6}
      aria-labelledby="community-report"
      data-testid="report"
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2" id="community-report">
          {t('title', 'Report')}
        </Typography>
        <Link tag={NavLink} to="../workload">
          {t('toWorkload', 'Workload: estimates against everyone’s capacity')}
        </Link>
        <Flex gap={4} wrap="wrap" alignItems="flex-end">
          {(['from', 'to'] as const).map((end) => (
            <Box key={end} width="180px">
              <Field.Root name={`report-${end}`}>
                <Field.Label>{end === 'from' ? t('from', 'From') : t('to', 'To')}</Field.Label>
                <TextInput
                  type="date"
                  name={`report-${end}`}
                  value={period[end]}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                    isDate(e.target.value) && onPeriod({ ...period, [end]: e.target.value })
                  }
                />
              </Field.Root>
            </Box>
          ))}
          <Box width="200px">
            <Field.Root name="groupBy">
              <Field.Label>{t('groupBy', 'Group by')}</Field.Label>
              <SingleSelect value={groupBy} onChange={(v: string | number) => onGroupBy(String(v) === 'person' ? 'person' : 'channel')}>
                <SingleSelectOption value="channel">{t('byChannel', 'Channel')}</SingleSelectOption>
                <SingleSelectOption value="person">{t('byPerson', 'Person')}</SingleSelectOption>
              </SingleSelect>
            </Field.Root>
          </Box>
          <Button variant="secondary" startIcon={<Download />} loading={exporting} onClick={() => void exportCsv()}>
            {t('export', 'Export CSV')}
          </Button>
        </Flex>
        <ProblemAlert problem={error} kind="load" testId="report-error" />
        {report && report.total.due === 0 && report.rows.length === 0 ? (
          <EmptyStateLayout content={t('empty', 'Nothing was due in this period.')} />
        ) : (
          report && (
            <>
              <Table colCount={COLUMNS.length + 1} rowCount={report.rows.length + 2}>
                <Thead>
                  <Tr>
                    <Th>
                      <Typography variant="sigma">{groupBy === 'channel' ? t('byChannel', 'Channel') : t('byPerson', 'Person')}</Typography>
                    </Th>
                    {COLUMNS.map((c) => (
                      <Th key={c.key}>
                        <Typography variant="sigma">{t(`col.${c.key}`, c.label)}</Typography>
                      </Th>
                    ))}
                  </Tr>
                </Thead>
                <Tbody>
                  {report.rows.map((r) => row(r.key, rowLabel(r.key, r.label), r))}
                  {row('total', t('total', 'Total'), report.total, true)}
                </Tbody>
              </Table>
              <Typography variant="pi" textColor="neutral600">
                {t(
                  'explain',
                  'Completion = done ÷ due. Missed = due − done − skipped. First response: median and 90th percentile (nearest rank) of the logged times. Work not logged counts for the assignee, logged work for who logged it.'
                )}
              </Typography>
              <TrendChart weeks={report.weeks} />
            </>
          )
        )}
      </Flex>
    </Box>
  );
};
