import { Box, Dialog, EmptyStateLayout, Flex, IconButton, Link, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Pencil, Trash } from '@strapi/icons';
import { ConfirmDialog, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useDeleteCompetitorObservationMutation, type Observation } from '../../api';
import { TableHead } from '../../components/TableHead';
import { useProblemOf } from '../../hooks/useProblemOf';
import { EXTERNAL, useCompetitorLabel } from './labels';

/** The month's observations by day: who, where, what, with the link (new tab); edit and delete for planners. */
export const ObservationLog = ({
  observations,
  canPlan,
  onEdit,
}: {
  observations: Observation[];
  canPlan: boolean;
  onEdit: (o: Observation) => void;
}) => {
  const label = useCompetitorLabel();
  const { formatDate } = useIntl();
  const { toggleNotification } = useNotification();
  const problemOf = useProblemOf();
  const [remove] = useDeleteCompetitorObservationMutation();
  const doRemove = async (o: Observation) => {
    const result = await remove(o.id);
    if ('error' in result) return toggleNotification({ type: 'danger', message: problemOf(result.error)?.message });
    toggleNotification({ type: 'success', message: label('observationDeleted', 'The observation was deleted.') });
  };

  if (!observations.length)
    return (
      <Box background="neutral0" hasRadius shadow="tableShadow" data-testid="observation-log">
        <EmptyStateLayout content={label('noObservations', 'No observations this month.')} />
      </Box>
    );
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" data-testid="observation-log">
      <Table colCount={5} rowCount={observations.length + 1}>
        <TableHead
          labels={[
            label('date', 'Date'),
            label('competitor', 'Competitor'),
            label('channel', 'Channel'),
            label('action', 'What they did'),
            '',
          ]}
        />
        <Tbody>
          {observations.map((o) => (
            <Tr key={o.id} data-observation={o.id} data-date={o.date}>
              <Td>
                <Typography>
                  {formatDate(`${o.date}T12:00:00Z`, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'numeric' })}
                </Typography>
              </Td>
              <Td>
                <Flex gap={2} alignItems="center">
                  <Box
                    width="1rem"
                    height="1rem"
                    hasRadius
                    style={{ background: o.competitor?.color ?? '#999', flexShrink: 0 }}
                    aria-hidden
                  />
                  <Typography>{o.competitor?.name ?? '–'}</Typography>
                </Flex>
              </Td>
              <Td>
                <Typography>{o.channel ?? '–'}</Typography>
              </Td>
              <Td>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Typography fontWeight="semiBold">{o.action}</Typography>
                  {o.note && (
                    <Typography variant="pi" textColor="neutral600">
                      {o.note}
                    </Typography>
                  )}
                  {o.link && (
                    <Link href={o.link} isExternal {...EXTERNAL} data-testid="observation-link">
                      {label('openLink', 'Open the link')}
                    </Link>
                  )}
                </Flex>
              </Td>
              <Td>
                {canPlan && (
                  <Flex gap={1} justifyContent="flex-end">
                    <IconButton label={label('edit', 'Edit')} variant="ghost" onClick={() => onEdit(o)}>
                      <Pencil />
                    </IconButton>
                    <Dialog.Root>
                      <Dialog.Trigger>
                        <IconButton label={label('delete', 'Delete')} variant="ghost">
                          <Trash />
                        </IconButton>
                      </Dialog.Trigger>
                      <ConfirmDialog onConfirm={() => doRemove(o)}>{label('deleteObservation', 'Delete this observation?')}</ConfirmDialog>
                    </Dialog.Root>
                  </Flex>
                )}
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Box>
  );
};
