import {
  Badge,
  Box,
  Button,
  EmptyStateLayout,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { CHAT_DELIVERY_STATES, useGetChatDeliveriesQuery, type ChatDelivery, type ChatDeliveryState } from '../../api';
import { TableHead } from '../../components/TableHead';
import { useUrlParams } from '../../hooks/useUrlParams';
import { EVENT_DEFAULTS, STATE_DEFAULTS, useChatLabel } from './labels';

const STATE_COLOURS: Record<ChatDeliveryState, { backgroundColor: string; textColor: string }> = {
  pending: { backgroundColor: 'warning100', textColor: 'warning700' },
  sending: { backgroundColor: 'primary100', textColor: 'primary700' },
  sent: { backgroundColor: 'success100', textColor: 'success700' },
  failed: { backgroundColor: 'danger100', textColor: 'danger700' },
};
const PAGE_SIZE = 25;

/** Recent deliveries, newest first: what was posted, what waits for a retry and why, what was given up. Filter and page in the URL. */
export const DeliveryTable = () => {
  const label = useChatLabel();
  const { formatDate } = useIntl();
  const params = useUrlParams();
  const state = params.get('state') as ChatDeliveryState | null;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const deliveries = useGetChatDeliveriesQuery({ page, pageSize: PAGE_SIZE, ...(state ? { state } : {}) });
  const when = (iso: string | null) => (iso ? formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' }) : '–');
  const pagination = deliveries.data?.meta.pagination;
  const rows: ChatDelivery[] = deliveries.data?.data ?? [];

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex gap={4} alignItems="flex-end">
        <Typography variant="delta" tag="h2">
          {label('deliveries', 'Recent deliveries')}
        </Typography>
        <Box width="220px" marginLeft="auto">
          <SingleSelect
            aria-label={label('state', 'State')}
            value={state ?? 'all'}
            onChange={(v: string | number) => params.set({ state: v === 'all' ? null : String(v), page: null })}
          >
            <SingleSelectOption value="all">{label('allStates', 'All states')}</SingleSelectOption>
            {CHAT_DELIVERY_STATES.map((s) => (
              <SingleSelectOption key={s} value={s}>
                {label(`state.${s}`, STATE_DEFAULTS[s])}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Box>
        <Button variant="tertiary" onClick={() => void deliveries.refetch()}>
          {label('refresh', 'Refresh')}
        </Button>
      </Flex>
      <Box background="neutral0" hasRadius shadow="tableShadow">
        {!deliveries.isLoading && rows.length === 0 ? (
          <EmptyStateLayout content={label('noDeliveries', 'Nothing posted yet.')} />
        ) : (
          <Table colCount={7} rowCount={rows.length + 1}>
            <TableHead
              labels={[
                label('queued', 'Queued'),
                label('hook', 'Hook'),
                label('event', 'Message'),
                label('state', 'State'),
                label('attempts', 'Attempts'),
                label('answer', 'Answer'),
                label('nextAttempt', 'Sent, or next attempt'),
              ]}
            />
            <Tbody>
              {rows.map((d) => (
                <Tr key={d.id} data-testid="delivery-row">
                  <Td>
                    <Typography>{when(d.createdAt)}</Typography>
                  </Td>
                  <Td>
                    <Typography>{d.hookName ?? `#${d.hookId}`}</Typography>
                  </Td>
                  <Td>
                    <Typography>{label(`event.${d.event}`, EVENT_DEFAULTS[d.event])}</Typography>
                  </Td>
                  <Td>
                    <Badge {...STATE_COLOURS[d.state]}>{label(`state.${d.state}`, STATE_DEFAULTS[d.state])}</Badge>
                  </Td>
                  <Td>
                    <Typography>{d.attempts}</Typography>
                  </Td>
                  <Td>
                    <Typography variant="pi" textColor={d.lastError ? 'danger600' : 'neutral500'}>
                      {d.lastError ?? (d.lastStatus ? `HTTP ${d.lastStatus}` : '–')}
                    </Typography>
                  </Td>
                  <Td>
                    <Typography>{d.state === 'pending' ? when(d.nextAttemptAt) : d.sentAt ? when(d.sentAt) : '–'}</Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Box>
      {pagination && pagination.pageCount > 1 && (
        <Flex gap={2} justifyContent="flex-end">
          <Button variant="tertiary" disabled={page <= 1} onClick={() => params.set({ page: String(page - 1) })}>
            {label('previous', 'Newer')}
          </Button>
          <Typography>{label('page', 'Page {page} of {pages}', { page, pages: pagination.pageCount })}</Typography>
          <Button variant="tertiary" disabled={page >= pagination.pageCount} onClick={() => params.set({ page: String(page + 1) })}>
            {label('next', 'Older')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
};
