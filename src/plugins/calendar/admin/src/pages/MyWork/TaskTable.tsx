import { Flex, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { AgendaOccurrence } from '../../api/community';
import type { WorkLogging } from '../../hooks/useWorkLogging';
import { ChannelDot } from '../../components/ChannelDot';
import { OccurrenceLogger } from '../../components/OccurrenceLogger';
import { TableHead } from '../../components/TableHead';
import { getTranslation } from '../../utils/getTranslation';

/** Community-task occurrences: when, what, on which channel, and Done / Skip with minutes. */
export const TaskTable = ({
  tasks,
  zone,
  logging,
  canLog,
}: {
  tasks: AgendaOccurrence[];
  zone: string;
  logging: WorkLogging;
  canLog: boolean;
}) => {
  const { formatMessage, formatDate } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  return (
    <Table colCount={4} rowCount={tasks.length + 1}>
      <TableHead
        labels={[
          t('myWork.when', 'When'),
          t('myWork.task', 'Community task'),
          t('myWork.channel', 'Channel'),
          t('myWork.log', 'Log the work'),
        ]}
      />
      <Tbody>
        {tasks.map((o) => (
          <Tr key={`${o.task.documentId}-${o.occurrence}`} data-occurrence={o.occurrence} data-task={o.task.documentId}>
            <Td>
              <Typography>
                {formatDate(o.occurrence, {
                  weekday: 'short',
                  day: 'numeric',
                  month: 'numeric',
                  hour: '2-digit',
                  minute: '2-digit',
                  timeZone: zone,
                })}
              </Typography>
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start">
                <Typography fontWeight="semiBold">{o.task.title}</Typography>
                <Typography variant="pi" textColor="neutral600">
                  {t(`community.kind.${o.task.kind}`, o.task.kind)}
                </Typography>
              </Flex>
            </Td>
            <Td>
              {o.task.channel ? (
                <Flex gap={1} alignItems="center">
                  <ChannelDot $color={o.task.channel.color} />
                  <Typography>{o.task.channel.name}</Typography>
                </Flex>
              ) : (
                <Typography textColor="neutral600">–</Typography>
              )}
            </Td>
            <Td>
              <OccurrenceLogger occurrence={o} logging={logging} canLog={canLog} />
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
