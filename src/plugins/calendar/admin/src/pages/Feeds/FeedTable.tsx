import { Badge, Box, Dialog, EmptyStateLayout, IconButton, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { ConfirmDialog, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useRevokeFeedTokenMutation, type FeedToken, type Reference } from '../../api';
import type { FeedFilters } from '../../api/types';
import { TableHead } from '../../components/TableHead';
import { useDescribeFilters } from '../../hooks/useDescribeFilters';
import { useProblemOf } from '../../hooks/useProblemOf';
import { getTranslation } from '../../utils/getTranslation';

const t = (id: string) => getTranslation(`feeds.${id}`);

/** The feeds, what each shows, and revoke (the list refetches: the revoke invalidates it). */
export const FeedTable = ({
  tokens,
  reference,
  onRevoked,
}: {
  tokens: FeedToken[] | undefined;
  reference: Reference | undefined;
  onRevoked: (id: number) => void;
}) => {
  const { formatMessage, formatDate } = useIntl();
  const { toggleNotification } = useNotification();
  const [revokeFeedToken] = useRevokeFeedTokenMutation();
  const problemOf = useProblemOf();
  const label = (id: string, defaultMessage: string) => formatMessage({ id: t(id), defaultMessage });
  const describeFilters = useDescribeFilters(reference);
  const describe = (f: FeedFilters) => describeFilters(f, label('everything', 'All published content'));
  const revoke = async (token: FeedToken) => {
    const result = await revokeFeedToken(token.id);
    if ('error' in result) return toggleNotification({ type: 'danger', message: problemOf(result.error)?.message });
    toggleNotification({ type: 'success', message: label('revoked', 'The feed was revoked.') });
    onRevoked(token.id);
  };

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow">
      {tokens && tokens.length === 0 ? (
        <EmptyStateLayout content={label('none', 'No calendar feeds yet.')} />
      ) : (
        <Table colCount={7} rowCount={(tokens?.length ?? 0) + 1}>
          <TableHead
            labels={[
              label('name', 'Name'),
              label('filters', 'Shows'),
              label('owner', 'Created by'),
              label('created', 'Created'),
              label('expiresAt', 'Expires'),
              label('lastUsed', 'Last used'),
              label('actions', 'Actions'),
            ]}
          />
          <Tbody>
            {(tokens ?? []).map((token) => (
              <Tr key={token.id}>
                <Td>
                  <Typography fontWeight="semiBold">{token.name}</Typography>{' '}
                  <Typography variant="pi" textColor="neutral500">
                    …{token.tokenHint}
                  </Typography>
                </Td>
                <Td>
                  <Typography>{describe(token.filters)}</Typography>
                </Td>
                <Td>
                  <Typography>{[token.owner?.firstname, token.owner?.lastname].filter(Boolean).join(' ')}</Typography>
                </Td>
                <Td>
                  <Typography>{formatDate(token.createdAt, { dateStyle: 'medium' })}</Typography>
                </Td>
                <Td>
                  {token.expired ? (
                    <Badge backgroundColor="danger100" textColor="danger700">
                      {label('expired', 'Expired')}
                    </Badge>
                  ) : (
                    <Typography>
                      {token.expiresAt ? formatDate(token.expiresAt, { dateStyle: 'medium', timeStyle: 'short' }) : label('never', 'Never')}
                    </Typography>
                  )}
                </Td>
                <Td>
                  <Typography>
                    {token.lastUsedAt ? formatDate(token.lastUsedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '–'}
                  </Typography>
                </Td>
                <Td>
                  <Dialog.Root>
                    <Dialog.Trigger>
                      <IconButton label={label('revoke', 'Revoke')} variant="ghost">
                        <Trash />
                      </IconButton>
                    </Dialog.Trigger>
                    <ConfirmDialog onConfirm={() => revoke(token)}>
                      {label('revokeConfirm', 'Calendar apps subscribed to this feed stop receiving updates. Revoke it?')}
                    </ConfirmDialog>
                  </Dialog.Root>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </Box>
  );
};
