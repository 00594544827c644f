import { Box, Button, Field, Flex, Grid, TextInput, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { errorMessage, useCreateFeedTokenMutation, type CreatedFeedToken, type Reference } from '../../api';
import type { FeedFilters } from '../../api/types';
import { TokenFilterFields, type TokenFilterKey } from '../../components/TokenFilterFields';
import { useProblemOf } from '../../hooks/useProblemOf';
import { getTranslation } from '../../utils/getTranslation';

const t = (id: string) => getTranslation(`feeds.${id}`);
const FEED_FILTERS: TokenFilterKey[] = ['channel', 'persona', 'stage', 'goal'];

/** A new feed: name, optional expiry and filters. The list refetches by itself (the create invalidates it). */
export const CreateFeedForm = ({
  reference,
  onCreated,
}: {
  reference: Reference | undefined;
  onCreated: (token: CreatedFeedToken) => void;
}) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const [createFeedToken, { isLoading: busy }] = useCreateFeedTokenMutation();
  const problemOf = useProblemOf();
  const [name, setName] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const [expiresError, setExpiresError] = useState<string>();
  const [filters, setFilters] = useState<FeedFilters>({});
  const [nameError, setNameError] = useState<string>();
  const label = (id: string, defaultMessage: string) => formatMessage({ id: t(id), defaultMessage });
  const setFilter = (key: TokenFilterKey) => (values: string[]) => setFilters((f) => ({ ...f, [key]: values }));

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setNameError(undefined);
    setExpiresError(undefined);
    const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v && v.length > 0));
    const result = await createFeedToken({ name, filters: clean, expiresAt: expiresAt || null });
    if (!('error' in result)) {
      onCreated(result.data);
      setName('');
      setExpiresAt('');
      setFilters({});
      return;
    }
    // The server's message names the field it refuses.
    const message = errorMessage(result.error) ?? '';
    if (/^name/.test(message)) setNameError(message);
    if (/expiresAt/.test(message)) setExpiresError(message);
    toggleNotification({ type: 'danger', message: problemOf(result.error)?.message ?? message });
  };

  return (
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
                <TextInput
                  value={name}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => setName(e.target.value)}
                  placeholder={label('namePlaceholder', 'e.g. LinkedIn team')}
                />
                <Field.Error />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
              <Field.Root
                name="expiresAt"
                error={expiresError}
                hint={label('expiresHint', 'Optional: the feed stops working after this day.')}
              >
                <Field.Label>{label('expiresAt', 'Expires')}</Field.Label>
                <TextInput
                  type="date"
                  value={expiresAt}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => setExpiresAt(e.target.value)}
                />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
            </Grid.Item>
            <TokenFilterFields
              keys={FEED_FILTERS}
              filters={filters}
              reference={reference}
              onChange={(key, values) => setFilter(key)(values)}
            />
          </Grid.Root>
          <Flex justifyContent="flex-end">
            <Button type="submit" loading={busy} disabled={!name.trim()}>
              {label('create', 'Create feed')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Box>
  );
};
