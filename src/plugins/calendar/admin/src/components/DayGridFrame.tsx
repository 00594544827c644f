import { Box, Flex } from '@strapi/design-system';
import type { ReactNode } from 'react';
import type { useCalendarView } from '../hooks/useCalendarView';
import { BacklogLane } from './BacklogLane';
import { RangeNav } from './RangeNav';
import { ViewPage } from './ViewPage';
import type { ViewPath } from '../utils/views';

/**
 * The frame of the day-grid views (month, week): conflict and expansion notices, period navigation, filters,
 * a seven-column grid of days with the backlog beside it, and the move dialogs.
 */
export const DayGridFrame = ({
  page,
  view,
  title,
  onPrevious,
  onNext,
  onToday,
  children,
}: {
  page: ViewPath;
  view: ReturnType<typeof useCalendarView>;
  title: string;
  onPrevious: () => void;
  onNext: () => void;
  onToday: () => void;
  children: ReactNode;
}) => (
  <ViewPage view={page}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      {view.conflictNotice}
      {view.problemsNotice}
      <RangeNav view={view} title={title} onPrevious={onPrevious} onNext={onNext} onToday={onToday} />
      {view.filterBar}
      <Flex gap={4} alignItems="flex-start">
        <Box flex="1" background="neutral0" hasRadius shadow="tableShadow" padding={2}>
          <Box style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: '4px' }} role="grid" aria-label={title}>
            {children}
          </Box>
        </Box>
        <BacklogLane view={view} />
      </Flex>
    </Flex>
    {view.dialogs}
  </ViewPage>
);
