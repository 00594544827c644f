import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { monthGrid, shiftMonth } from '../../../../core/calendar-grid';
import { instantToLocal } from '../../../../core/time';
import { BacklogLane } from '../../components/BacklogLane';
import { DayCell } from '../../components/DayCell';
import { RangeNav } from '../../components/RangeNav';
import { ViewPage } from '../../components/ViewPage';
import { useCalendarView } from '../../hooks/useCalendarView';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const monthOf = (param: string | null, zone: string) =>
  /^\d{4}-\d{2}$/.test(param ?? '') ? param! : instantToLocal(new Date(), zone).slice(0, 7);

/** A month, Monday first, with the backlog beside it. */
export const MonthPage = () => {
  const { formatDate } = useIntl();
  const view = useCalendarView((params, zone) => {
    const grid = monthGrid(monthOf(params.get('month'), zone));
    return { from: grid.first, to: grid.last };
  });
  const month = monthOf(view.params.get('month'), view.zone);
  const grid = monthGrid(month);

  return (
    <ViewPage view="month">
      <Flex direction="column" alignItems="stretch" gap={4}>
        {view.conflictNotice}
        <RangeNav
          view={view}
          title={formatDate(`${month}-01T12:00:00Z`, { month: 'long', year: 'numeric', timeZone: 'UTC' })}
          onPrevious={() => view.setParam('month', shiftMonth(month, -1))}
          onNext={() => view.setParam('month', shiftMonth(month, 1))}
          onToday={() => view.setParam('month', null)}
        />
        {view.filterBar}
        <Flex gap={4} alignItems="flex-start">
          <Box flex="1" background="neutral0" hasRadius shadow="tableShadow" padding={2}>
            <Box style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: '4px' }} role="grid" aria-label={month}>
              {WEEKDAYS.map((d) => (
                <Box key={d} padding={1} role="columnheader">
                  <Typography variant="sigma" textColor="neutral600">
                    {view.label(`weekday.${d}`, d)}
                  </Typography>
                </Box>
              ))}
              {grid.weeks.flat().map((date) => (
                <DayCell key={date} view={view} date={date} muted={!date.startsWith(month)} minHeight="110px" />
              ))}
            </Box>
          </Box>
          <BacklogLane view={view} />
        </Flex>
      </Flex>
      {view.dialogs}
    </ViewPage>
  );
};
