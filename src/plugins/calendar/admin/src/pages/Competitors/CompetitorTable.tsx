import { Badge, Box, Dialog, EmptyStateLayout, Flex, IconButton, Link, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Pencil, Trash } from '@strapi/icons';
import { ConfirmDialog, useNotification } from '@strapi/strapi/admin';
import { useDeleteCompetitorMutation, type Competitor } from '../../api';
import { TableHead } from '../../components/TableHead';
import { useProblemOf } from '../../hooks/useProblemOf';
import { EXTERNAL, useCompetitorLabel, usePlatformName } from './labels';

const hostOf = (url: string) => {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/** The competitors with their site and channels (outside links open in a new tab); edit and delete for planners. */
export const CompetitorTable = ({
  competitors,
  canPlan,
  onEdit,
}: {
  competitors: Competitor[];
  canPlan: boolean;
  onEdit: (competitor: Competitor) => void;
}) => {
  const label = useCompetitorLabel();
  const platformName = usePlatformName();
  const { toggleNotification } = useNotification();
  const problemOf = useProblemOf();
  const [remove] = useDeleteCompetitorMutation();

  // The confirmation named the observations it deletes; one added meanwhile makes the server refuse (409).
  const doRemove = async (c: Competitor) => {
    const result = await remove({ id: c.id, withObservations: c.observationCount > 0 });
    if ('error' in result) return toggleNotification({ type: 'danger', message: problemOf(result.error)?.message });
    toggleNotification({ type: 'success', message: label('deleted', 'The competitor was deleted.') });
  };

  if (!competitors.length)
    return (
      <Box background="neutral0" hasRadius shadow="tableShadow">
        <EmptyStateLayout content={label('none', 'No competitors yet. The plan recommends following 2–5.')} />
      </Box>
    );
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow">
      <Table colCount={5} rowCount={competitors.length + 1}>
        <TableHead
          labels={[
            label('name', 'Name'),
            label('site', 'Website'),
            label('channels', 'Social channels'),
            label('observations', 'Observations'),
            '',
          ]}
        />
        <Tbody>
          {competitors.map((c) => (
            <Tr key={c.id} data-competitor={c.name}>
              <Td>
                <Flex gap={2} alignItems="center">
                  <Box width="1.2rem" height="1.2rem" hasRadius style={{ background: c.color, flexShrink: 0 }} aria-hidden />
                  <Flex direction="column" alignItems="flex-start">
                    <Typography fontWeight="semiBold">{c.name}</Typography>
                    {c.description && (
                      <Typography variant="pi" textColor="neutral600" ellipsis style={{ maxWidth: '32rem' }}>
                        {c.description}
                      </Typography>
                    )}
                  </Flex>
                  {!c.active && (
                    <Badge backgroundColor="neutral150" textColor="neutral700">
                      {label('inactive', 'Not followed')}
                    </Badge>
                  )}
                </Flex>
              </Td>
              <Td>
                {c.siteUrl ? (
                  <Link href={c.siteUrl} isExternal {...EXTERNAL} data-testid="competitor-site">
                    {hostOf(c.siteUrl)}
                  </Link>
                ) : (
                  <Typography textColor="neutral500">–</Typography>
                )}
              </Td>
              <Td>
                <Flex gap={2} wrap="wrap">
                  {c.channels.map((ch, i) => (
                    <Link key={i} href={ch.url} isExternal {...EXTERNAL} data-testid="competitor-channel">
                      {platformName(ch.platform)}
                    </Link>
                  ))}
                </Flex>
              </Td>
              <Td>
                <Typography>{c.observationCount}</Typography>
              </Td>
              <Td>
                {canPlan && (
                  <Flex gap={1} justifyContent="flex-end">
                    <IconButton label={label('edit', 'Edit')} variant="ghost" onClick={() => onEdit(c)}>
                      <Pencil />
                    </IconButton>
                    <Dialog.Root>
                      <Dialog.Trigger>
                        <IconButton label={label('delete', 'Delete')} variant="ghost">
                          <Trash />
                        </IconButton>
                      </Dialog.Trigger>
                      <ConfirmDialog onConfirm={() => doRemove(c)}>
                        {c.observationCount > 0
                          ? label(
                              'deleteWithObservations',
                              'Delete {name} and its {count} observations? To keep the observations, mark the competitor as not followed instead.',
                              {
                                name: c.name,
                                count: c.observationCount,
                              }
                            )
                          : label('deleteConfirm', 'Delete {name}?', { name: c.name })}
                      </ConfirmDialog>
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
