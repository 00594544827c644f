import {
  Badge,
  Box,
  Button,
  Dialog,
  EmptyStateLayout,
  Field,
  Flex,
  Grid,
  IconButton,
  Table,
  Tbody,
  Td,
  TextInput,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Duplicate, Trash } from '@strapi/icons';
import { ConfirmDialog, useClipboard, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { CONTENT_GOALS, FUNNEL_STAGES } from '../../../../core/enums';
import type { FeedFilters, FeedToken, Reference } from '../../api/types';
import { useAdminGet } from '../../api/useAdminGet';
import { FilterSelect, type FilterOption } from '../../components/FilterSelect';
import { TableHead } from '../../components/TableHead';
import { ViewPage } from '../../components/ViewPage';
import { getTranslation } from '../../utils/getTranslation';

const t = (id: string) => getTranslation(`feeds.${id}`);

/** Calendar feeds: ICS subscription URLs for calendar apps, each with its own filters. */
export const FeedsPage = () => {
  const { formatMessage, formatDate } = useIntl();
  const { post, del } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { copy } = useClipboard();
  const reference = useAdminGet<{ data: Reference }>('/calendar/reference');
  const tokens = useAdminGet<{ data: FeedToken[] }>('/calendar/feed-tokens');
  const [name, setName] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const [expiresError, setExpiresError] = useState<string>();
  const [filters, setFilters] = useState<FeedFilters>({});
  const [nameError, setNameError] = useState<string>();
  const [created, setCreated] = useState<FeedToken>();
  const [busy, setBusy] = useState(false);

  const label = (id: string, defaultMessage: string) => formatMessage({ id: t(id), defaultMessage });
  const setFilter = (key: keyof FeedFilters) => (values: string[]) => setFilters((f) => ({ ...f, [key]: values }));

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setNameError(undefined);
    setExpiresError(undefined);
    try {
      const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v && v.length > 0));
      const res = await post<{ data: FeedToken }>('/calendar/feed-tokens', { name, filters: clean, expiresAt: expiresAt || null });
      setCreated(res.data.data);
      setName('');
      setExpiresAt('');
      setFilters({});
      tokens.reload();
    } catch (err: any) {
      const message = err?.response?.data?.error?.message ?? err?.message;
      if (/^name/.test(message ?? '')) setNameError(message);
      if (/expiresAt/.test(message ?? '')) setExpiresError(message);
      toggleNotification({ type: 'danger', message });
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (token: FeedToken) => {
    try {
      await del(`/calendar/feed-tokens/${token.id}`);
      toggleNotification({ type: 'success', message: label('revoked', 'The feed was revoked.') });
      if (created?.id === token.id) setCreated(undefined);
      tokens.reload();
    } catch (err: any) {
      toggleNotification({ type: 'danger', message: err?.response?.data?.error?.message ?? err?.message });
    }
  };

  const copyUrl = async (url: string) => {
    if (await copy(url)) toggleNotification({ type: 'success', message: label('copied', 'Copied to the clipboard.') });
  };

  const ref = reference.data?.data;
  const stageLabel = (s: string) => formatMessage({ id: getTranslation(`stage.${s}`), defaultMessage: s });
  const goalLabel = (g: string) => formatMessage({ id: getTranslation(`goal.${g}`), defaultMessage: g });
  const describe = (f: FeedFilters) => {
    const parts = [
      ...(f.channel ?? []).map((slug) => ref?.channels.find((c) => c.slug === slug)?.name ?? slug),
      ...(f.persona ?? []).map((slug) => ref?.personas.find((p) => p.slug === slug)?.name ?? slug),
      ...(f.theme ?? []).map((slug) => ref?.themes.find((p) => p.slug === slug)?.name ?? slug),
      ...(f.stage ?? []).map(stageLabel),
      ...(f.goal ?? []).map(goalLabel),
    ];
    return parts.length ? parts.join(', ') : label('everything', 'All published content');
  };

  const filterFields: Array<{ name: 'channel' | 'persona' | 'stage' | 'goal'; label: string; options: FilterOption[] }> = [
    { name: 'channel', label: label('channels', 'Channels'), options: (ref?.channels ?? []).map((c) => ({ value: c.slug, label: c.name })) },
    { name: 'persona', label: label('personas', 'Personas'), options: (ref?.personas ?? []).map((p) => ({ value: p.slug, label: p.name })) },
    { name: 'stage', label: label('stages', 'Funnel stages'), options: FUNNEL_STAGES.map((s) => ({ value: s, label: stageLabel(s) })) },
    { name: 'goal', label: label('goals', 'Content goals'), options: CONTENT_GOALS.map((g) => ({ value: g, label: goalLabel(g) })) },
  ];

  return (
    <ViewPage view="feeds">
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
          <form onSubmit={create} aria-label={label('createTitle', 'New calendar feed')}>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography variant="delta" tag="h2">
                {label('createTitle', 'New calendar feed')}
              </Typography>
              <Typography textColor="neutral600">
                {label(
                  'explain',
                  'Subscribe to the published calendar in Google Calendar, Outlook or Apple Calendar. The address contains a secret: share it only with people who may see the plan.'
                )}
              </Typography>
              <Grid.Root gap={4}>
                <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="name" error={nameError} required>
                    <Field.Label>{label('name', 'Name')}</Field.Label>
                    <TextInput value={name} onChange={(e: any) => setName(e.target.value)} placeholder={label('namePlaceholder', 'e.g. LinkedIn team')} />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="expiresAt" error={expiresError} hint={label('expiresHint', 'Optional: the feed stops working after this day.')}>
                    <Field.Label>{label('expiresAt', 'Expires')}</Field.Label>
                    <TextInput type="date" value={expiresAt} onChange={(e: any) => setExpiresAt(e.target.value)} />
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                {filterFields.map((field) => (
                  <Grid.Item key={field.name} col={4} s={12} direction="column" alignItems="stretch">
                    <FilterSelect {...field} anyLabel={label('any', 'Any')} value={filters[field.name] ?? []} onChange={setFilter(field.name)} />
                  </Grid.Item>
                ))}
              </Grid.Root>
              <Flex justifyContent="flex-end">
                <Button type="submit" loading={busy} disabled={!name.trim()}>
                  {label('create', 'Create feed')}
                </Button>
              </Flex>
            </Flex>
          </form>
        </Box>

        {created?.url && (
          <Box background="success100" borderColor="success200" hasRadius padding={5} data-testid="new-feed-url">
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Typography fontWeight="bold">{label('createdTitle', 'Your new feed address — copy it now, it is shown only once')}</Typography>
              <Flex gap={2}>
                <Box flex="1">
                  <TextInput aria-label={label('address', 'Feed address')} value={created.url} readOnly />
                </Box>
                <IconButton label={label('copy', 'Copy')} onClick={() => copyUrl(created.url!)}>
                  <Duplicate />
                </IconButton>
              </Flex>
              <Typography variant="pi" textColor="neutral600">
                {label('howTo', 'Google Calendar: Other calendars → From URL. Outlook: Add calendar → Subscribe from web. Apple Calendar: File → New Calendar Subscription.')}
              </Typography>
            </Flex>
          </Box>
        )}

        <Box background="neutral0" hasRadius shadow="tableShadow">
          {tokens.data && tokens.data.data.length === 0 ? (
            <EmptyStateLayout content={label('none', 'No calendar feeds yet.')} />
          ) : (
            <Table colCount={7} rowCount={(tokens.data?.data.length ?? 0) + 1}>
              <TableHead labels={[label('name', 'Name'), label('filters', 'Shows'), label('owner', 'Created by'), label('created', 'Created'), label('expiresAt', 'Expires'), label('lastUsed', 'Last used'), label('actions', 'Actions')]} />
              <Tbody>
                {(tokens.data?.data ?? []).map((token) => (
                  <Tr key={token.id}>
                    <Td><Typography fontWeight="semiBold">{token.name}</Typography> <Typography variant="pi" textColor="neutral500">…{token.tokenHint}</Typography></Td>
                    <Td><Typography>{describe(token.filters)}</Typography></Td>
                    <Td><Typography>{[token.owner?.firstname, token.owner?.lastname].filter(Boolean).join(' ')}</Typography></Td>
                    <Td><Typography>{formatDate(token.createdAt, { dateStyle: 'medium' })}</Typography></Td>
                    <Td>
                      {token.expired ? (
                        <Badge backgroundColor="danger100" textColor="danger700">{label('expired', 'Expired')}</Badge>
                      ) : (
                        <Typography>{token.expiresAt ? formatDate(token.expiresAt, { dateStyle: 'medium', timeStyle: 'short' }) : label('never', 'Never')}</Typography>
                      )}
                    </Td>
                    <Td><Typography>{token.lastUsedAt ? formatDate(token.lastUsedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '–'}</Typography></Td>
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
      </Flex>
    </ViewPage>
  );
};
