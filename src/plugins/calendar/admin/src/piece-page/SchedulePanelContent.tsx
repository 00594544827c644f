import { Divider, Flex, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useCalendarErrors, useGetPiecePanelQuery } from '../api';
import { getTranslation } from '../utils/getTranslation';
import { CommentThread } from './CommentThread';
import { PanelHistory } from './PanelHistory';
import { PanelOccurrences } from './PanelOccurrences';
import { PanelWorkflow } from './PanelWorkflow';

export const SchedulePanelContent = ({ documentId, version }: { documentId: string; version?: string }) => {
  const { formatMessage } = useIntl();
  const { format } = useCalendarErrors();
  const { data: panel, error, isLoading } = useGetPiecePanelQuery({ documentId, version });
  if (isLoading)
    return <Loader small>{formatMessage({ id: getTranslation('panel.loading'), defaultMessage: 'Loading the schedule' })}</Loader>;
  if (!panel) return <Typography textColor="danger600">{format(error)}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="schedule-panel">
      <PanelOccurrences panel={panel} />
      <Divider />
      <PanelWorkflow panel={panel} />
      <Divider />
      <PanelHistory key={version} documentId={documentId} zone={panel.timeZone} canPublish={panel.canPublish} />
      <Divider />
      <CommentThread documentId={documentId} zone={panel.timeZone} />
    </Flex>
  );
};
