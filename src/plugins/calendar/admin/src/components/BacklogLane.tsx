import { Box, Flex, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';
import { useViewLabel } from '../hooks/useViewLabel';

/** Pieces without a date; a planner drags one onto a day to schedule it. `count`: none while the feed is on its way. */
export const BacklogLane = ({ count, canPlan, children }: { count: number | undefined; canPlan: boolean; children: ReactNode }) => {
  const label = useViewLabel();
  return (
    <Box width="260px" background="neutral0" hasRadius shadow="tableShadow" padding={3} data-testid="backlog">
      <Typography variant="delta" tag="h2">
        {label('backlog', 'Backlog')} ({count ?? '…'})
      </Typography>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {canPlan
          ? label('backlogHelp', 'Drag a piece onto a day to schedule it at 09:00.')
          : label('backlogReadOnly', 'Pieces without a date.')}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={1} paddingTop={2}>
        {children}
      </Flex>
    </Box>
  );
};
