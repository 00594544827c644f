import { Badge, Flex, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { AgendaOccurrence } from '../../api/community';
import type { WorkLogging } from '../../hooks/useWorkLogging';
import { OccurrenceLogger } from '../../components/OccurrenceLogger';
import { TableHead } from '../../components/TableHead';
import { getTranslation } from '../../utils/getTranslation';

/** Task occurrences with their log controls (minutes, Done / Skip, the optional extras, undo). */
export const OccurrenceTable = ({
  occurrences,
  zone,
  withDate,
  logging,
}: {
  occurrences: AgendaOccurrence[];
  zone: string;
  /** Show the day too (periods longer than a day, the overdue list). */
  withDate: boolean;
  logging: WorkLogging;
}) => {
  const { formatMessage, formatDate } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const when = (iso: string) =>
    formatDate(
      iso,
      withDate
        ? { weekday: 'short', day: 'numeric', month: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: zone }
        : { hour: '2-digit', minute: '2-digit', timeZone: zone }
    );

  return (
    <Table colCount={4} rowCount={occurrences.length + 1}>
      <TableHead
        labels={[
          t('community.when', 'When'),
          t('community.task', 'Task'),
          t('community.assignee', 'Assignee'),
          t('community.log', 'Log the work'),
        ]}
      />
      <Tbody>
        {occurrences.map((o) => (
          <Tr key={`${o.task.documentId}-${o.occurrence}`} data-occurrence={o.occurrence} data-task={o.task.documentId}>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography>{when(o.occurrence)}</Typography>
                {o.overdue && (
                  <Badge backgroundColor="danger100" textColor="danger700">
                    {t('community.overdueBadge', 'Overdue')}
                  </Badge>
                )}
              </Flex>
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start">
                <Typography fontWeight="semiBold">{o.task.title}</Typography>
                <Typography variant="pi" textColor="neutral600">
                  {t(`community.kind.${o.task.kind}`, o.task.kind)}
                  {o.task.estimateMinutes !== null
                    ? ` · ${formatMessage({ id: getTranslation('community.estimate'), defaultMessage: 'estimate {minutes} min' }, { minutes: o.task.estimateMinutes })}`
                    : ''}
                </Typography>
              </Flex>
            </Td>
            <Td>
              <Typography>{o.task.assignee?.name ?? '–'}</Typography>
            </Td>
            <Td>
              <OccurrenceLogger occurrence={o} logging={logging} canLog extras />
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
