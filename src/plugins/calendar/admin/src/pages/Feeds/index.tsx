import { Flex, Typography } from '@strapi/design-system';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useGetFeedTokensQuery, useGetReferenceQuery, type CreatedFeedToken } from '../../api';
import { CopyField, SecretUrlBox } from '../../components/SecretUrlBox';
import { ViewPage } from '../../components/ViewPage';
import { getTranslation } from '../../utils/getTranslation';
import { CreateFeedForm } from './CreateFeedForm';
import { FeedTable } from './FeedTable';

const t = (id: string) => getTranslation(`feeds.${id}`);

/** Calendar feeds: ICS subscription URLs for calendar apps, each with its own filters. */
export const FeedsPage = () => {
  const { formatMessage } = useIntl();
  const reference = useGetReferenceQuery();
  const tokens = useGetFeedTokensQuery();
  // The secret address is in the create answer only: it is shown once, until revoked or replaced.
  const [created, setCreated] = useState<CreatedFeedToken>();
  const label = (id: string, defaultMessage: string) => formatMessage({ id: t(id), defaultMessage });

  return (
    <ViewPage view="feeds" loading={tokens.isLoading} error={tokens.error}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <CreateFeedForm reference={reference.data} onCreated={setCreated} />
        {created?.url && (
          <SecretUrlBox title={label('createdTitle', 'Your new feed address — copy it now, it is shown only once')} testId="new-feed-url">
            <CopyField label={label('address', 'Feed address')} value={created.url} />
            <Typography variant="pi" textColor="neutral600">
              {label(
                'howTo',
                'Google Calendar: Other calendars → From URL. Outlook: Add calendar → Subscribe from web. Apple Calendar: File → New Calendar Subscription.'
              )}
            </Typography>
          </SecretUrlBox>
        )}
        <FeedTable tokens={tokens.data} reference={reference.data} onRevoked={(id) => created?.id === id && setCreated(undefined)} />
      </Flex>
    </ViewPage>
  );
};
