import { Box, Flex, IconButton, TextInput, Typography } from '@strapi/design-system';
import { Duplicate } from '@strapi/icons';
import { useClipboard, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useGetFeedTokensQuery, useGetReferenceQuery, type CreatedFeedToken } from '../../api';
import { ViewPage } from '../../components/ViewPage';
import { getTranslation } from '../../utils/getTranslation';
import { CreateFeedForm } from './CreateFeedForm';
import { FeedTable } from './FeedTable';

const t = (id: string) => getTranslation(`feeds.${id}`);

/** Calendar feeds: ICS subscription URLs for calendar apps, each with its own filters. */
export const FeedsPage = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const { copy } = useClipboard();
  const reference = useGetReferenceQuery();
  const tokens = useGetFeedTokensQuery();
  // The secret address is in the create answer only: it is shown once, until revoked or replaced.
  const [created, setCreated] = useState<CreatedFeedToken>();
  const label = (id: string, defaultMessage: string) => formatMessage({ id: t(id), defaultMessage });
  const copyUrl = async (url: string) => {
    if (await copy(url)) toggleNotification({ type: 'success', message: label('copied', 'Copied to the clipboard.') });
  };

  return (
    <ViewPage view="feeds" loading={tokens.isLoading} error={tokens.error}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <CreateFeedForm reference={reference.data} onCreated={setCreated} />
        {created?.url && (
          <Box background="success100" borderColor="success200" hasRadius padding={5} data-testid="new-feed-url">
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Typography fontWeight="bold">
                {label('createdTitle', 'Your new feed address — copy it now, it is shown only once')}
              </Typography>
              <Flex gap={2}>
                <Box flex="1">
                  <TextInput aria-label={label('address', 'Feed address')} value={created.url} readOnly />
                </Box>
                <IconButton label={label('copy', 'Copy')} onClick={() => copyUrl(created.url!)}>
                  <Duplicate />
                </IconButton>
              </Flex>
              <Typography variant="pi" textColor="neutral600">
                {label(
                  'howTo',
                  'Google Calendar: Other calendars → From URL. Outlook: Add calendar → Subscribe from web. Apple Calendar: File → New Calendar Subscription.'
                )}
              </Typography>
            </Flex>
          </Box>
        )}
        <FeedTable tokens={tokens.data} reference={reference.data} onRevoked={(id) => created?.id === id && setCreated(undefined)} />
      </Flex>
    </ViewPage>
  );
};
