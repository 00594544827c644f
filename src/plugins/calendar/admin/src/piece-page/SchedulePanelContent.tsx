import { Divider, Flex, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useCalendarErrors, useGetPiecePanelQuery } from '../api';
import { getTranslation } from '../utils/getTranslation';
import { CommentThread } from './CommentThread';
import { HolidayHint } from './HolidayHint';
import { PanelHistory } from './PanelHistory';
import { PanelOccurrences } from './PanelOccurrences';
import { PanelVersions } from './PanelVersions';
import { PanelWorkflow } from './PanelWorkflow';

/** The panel of one language version (`locale`: the edit view's); comments belong to the whole document. */
export const SchedulePanelContent = ({ documentId, locale, version }: { documentId: string; locale?: string; version?: string }) => {
  const { formatMessage } = useIntl();
  const { format } = useCalendarErrors();
  const { data: panel, error, isLoading } = useGetPiecePanelQuery({ documentId, locale, version });
  if (isLoading)
    return <Loader small>{formatMessage({ id: getTranslation('panel.loading'), defaultMessage: 'Loading the schedule' })}</Loader>;
  if (!panel) return <Typography textColor="danger600">{format(error)}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="schedule-panel" data-locale={panel.locale}>
      <PanelOccurrences panel={panel} />
      <HolidayHint panel={panel} />
      <Divider />
      <PanelWorkflow panel={panel} />
      <Divider />
      <PanelVersions panel={panel} />
      <Divider />
      <PanelHistory key={version} documentId={documentId} locale={panel.locale} zone={panel.timeZone} canPublish={panel.canPublish} />
      <Divider />
      <CommentThread documentId={documentId} zone={panel.timeZone} />
    </Flex>
  );
};
