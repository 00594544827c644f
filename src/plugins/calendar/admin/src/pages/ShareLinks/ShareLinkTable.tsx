import { Badge, Box, Dialog, EmptyStateLayout, Flex, IconButton, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Cross, Trash } from '@strapi/icons';
import { ConfirmDialog, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useDeleteShareLinkMutation, useRevokeShareLinkMutation, type Reference, type ShareLink } from '../../api';
import { TableHead } from '../../components/TableHead';
import { useDescribeFilters } from '../../hooks/useDescribeFilters';
import { useProblemOf } from '../../hooks/useProblemOf';
import { getTranslation } from '../../utils/getTranslation';

const t = (id: string) => getTranslation(`shareLinks.${id}`);

const STATE_BADGE = {
  active: { background: 'success100', text: 'success700', id: 'active', fallback: 'Active' },
  expired: { background: 'neutral150', text: 'neutral700', id: 'expired', fallback: 'Expired' },
  revoked: { background: 'danger100', text: 'danger700', id: 'revokedState', fallback: 'Revoked' },
} as const;

/** Every share link, what it shows and whether it still opens; revoke and delete for those who may plan. */
export const ShareLinkTable = ({
  links,
  reference,
  canPlan,
  onGone,
}: {
  links: ShareLink[] | undefined;
  reference: Reference | undefined;
  canPlan: boolean;
  /** A link was revoked or deleted: its once-shown address should go too. */
  onGone: (id: number) => void;
}) => {
  const { formatMessage, formatDate } = useIntl();
  const { toggleNotification } = useNotification();
  const [revokeShareLink] = useRevokeShareLinkMutation();
  const [deleteShareLink] = useDeleteShareLinkMutation();
  const problemOf = useProblemOf();
  const describeFilters = useDescribeFilters(reference);
  const label = (id: string, defaultMessage: string) => formatMessage({ id: t(id), defaultMessage });
  const when = (iso: string | null) => (iso ? formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' }) : '–');

  const act = async (link: ShareLink, action: 'revoke' | 'delete') => {
    const result = action === 'revoke' ? await revokeShareLink(link.id) : await deleteShareLink(link.id);
    if ('error' in result) return toggleNotification({ type: 'danger', message: problemOf(result.error)?.message });
    toggleNotification({
      type: 'success',
      message: action === 'revoke' ? label('revoked', 'The link was revoked.') : label('deleted', 'The link was deleted.'),
    });
    onGone(link.id);
  };

  if (links && links.length === 0) {
    return (
      <Box background="neutral0" hasRadius shadow="tableShadow">
        <EmptyStateLayout content={label('none', 'No share links yet.')} />
      </Box>
    );
  }
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow">
      <Table colCount={7} rowCount={(links?.length ?? 0) + 1}>
        <TableHead
          labels={[
            label('name', 'Name'),
            label('filters', 'Shows'),
            label('owner', 'Created by'),
            label('created', 'Created'),
            label('expiresAt', 'Expires'),
            label('lastUsed', 'Last opened'),
            label('actions', 'Actions'),
          ]}
        />
        <Tbody>
          {(links ?? []).map((link) => {
            const badge = STATE_BADGE[link.state];
            return (
              <Tr key={link.id} data-share-link={link.id} data-state={link.state}>
                <Td>
                  <Typography fontWeight="semiBold">{link.name}</Typography>{' '}
                  <Typography variant="pi" textColor="neutral500">
                    …{link.tokenHint}
                  </Typography>
                </Td>
                <Td>
                  <Typography>{describeFilters(link.filters, label('everything', 'All published content'))}</Typography>
                  {link.showPlanned && (
                    <Typography variant="pi" textColor="neutral600" tag="p">
                      {label('withPlanned', '+ planned titles')}
                    </Typography>
                  )}
                </Td>
                <Td>
                  <Typography>{[link.createdBy?.firstname, link.createdBy?.lastname].filter(Boolean).join(' ') || '–'}</Typography>
                </Td>
                <Td>
                  <Typography>{formatDate(link.createdAt, { dateStyle: 'medium' })}</Typography>
                </Td>
                <Td>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Badge backgroundColor={badge.background} textColor={badge.text}>
                      {label(badge.id, badge.fallback)}
                    </Badge>
                    <Typography variant="pi">{link.expiresAt ? when(link.expiresAt) : label('never', 'Never')}</Typography>
                  </Flex>
                </Td>
                <Td>
                  <Typography>{when(link.lastUsedAt)}</Typography>
                </Td>
                <Td>
                  {canPlan && (
                    <Flex gap={1}>
                      {link.state === 'active' && (
                        <Dialog.Root>
                          <Dialog.Trigger>
                            <IconButton label={label('revoke', 'Revoke')} variant="ghost" data-testid="share-link-revoke">
                              <Cross />
                            </IconButton>
                          </Dialog.Trigger>
                          <ConfirmDialog onConfirm={() => act(link, 'revoke')}>
                            {label(
                              'revokeConfirm',
                              'The link stops working at once for everyone who has it, embedded pages too. Revoke it?'
                            )}
                          </ConfirmDialog>
                        </Dialog.Root>
                      )}
                      <Dialog.Root>
                        <Dialog.Trigger>
                          <IconButton label={label('delete', 'Delete')} variant="ghost">
                            <Trash />
                          </IconButton>
                        </Dialog.Trigger>
                        <ConfirmDialog onConfirm={() => act(link, 'delete')}>
                          {label('deleteConfirm', 'The link stops working and is removed from this list. Delete it?')}
                        </ConfirmDialog>
                      </Dialog.Root>
                    </Flex>
                  )}
                </Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    </Box>
  );
};
