import { Box, Flex, Typography } from '@strapi/design-system';
import type { useCalendarView } from '../hooks/useCalendarView';
import { OccurrenceChip } from './OccurrenceChip';

/** Pieces without a date; drag one onto a day to schedule it. */
export const BacklogLane = ({ view }: { view: ReturnType<typeof useCalendarView> }) => (
  <Box width="260px" background="neutral0" hasRadius shadow="tableShadow" padding={3} data-testid="backlog">
    <Typography variant="delta" tag="h2">
      {view.label('backlog', 'Backlog')} ({view.feed.data?.backlog.length ?? 0})
    </Typography>
    <Typography variant="pi" textColor="neutral600" tag="p">
      {view.canPlan ? view.label('backlogHelp', 'Drag a piece onto a day to schedule it at 09:00.') : view.label('backlogReadOnly', 'Pieces without a date.')}
    </Typography>
    <Flex direction="column" alignItems="stretch" gap={1} paddingTop={2}>
      {(view.feed.data?.backlog ?? []).map((item) => (
        <OccurrenceChip key={item.documentId} item={item} color={view.colorOf(item)} {...view.dragSource({ item })} />
      ))}
    </Flex>
  </Box>
);
