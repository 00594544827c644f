import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useGetPublishLogQuery } from '../api';
import { PieceActivity } from '../components/PieceActivity';
import { formatInZone } from '../utils/format-in-zone';
import { getTranslation } from '../utils/getTranslation';

const LOG_ENTRIES = 5;

/** The version's editorial history and, for those who may see the publish log, its latest entries. */
export const PanelHistory = ({
  documentId,
  locale,
  zone,
  canPublish,
}: {
  documentId: string;
  locale: string;
  zone: string;
  canPublish: boolean;
}) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(`panel.${id}`), defaultMessage });
  const log = useGetPublishLogQuery({ documentId, locale, pageSize: LOG_ENTRIES }, { skip: !canPublish, refetchOnMountOrArgChange: true });
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="sigma" textColor="neutral600">
        {t('history', 'History')}
      </Typography>
      <PieceActivity documentId={documentId} locale={locale} zone={zone} />
      {canPublish && (
        <>
          <Typography variant="sigma" textColor="neutral600">
            {t('publishLog', 'Publish log')}
          </Typography>
          {log.data?.data.length === 0 && (
            <Typography variant="pi" textColor="neutral600">
              {t('noLog', 'Not published by the calendar yet.')}
            </Typography>
          )}
          <ul data-testid="panel-publish-log">
            {log.data?.data.map((entry) => (
              <li key={entry.id}>
                <Typography variant="pi">
                  {formatMessage({ id: getTranslation(`publishLog.outcome.${entry.outcome}`), defaultMessage: entry.outcome })}
                  {' · '}
                  {formatInZone(entry.at, zone)}
                  {entry.error ? ` · ${entry.error}` : ''}
                </Typography>
              </li>
            ))}
          </ul>
        </>
      )}
    </Flex>
  );
};
