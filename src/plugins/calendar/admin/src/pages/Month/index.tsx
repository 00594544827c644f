import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { monthGrid, shiftMonth } from '../../../../core/calendar-grid';
import { DayCell } from '../../components/DayCell';
import { DayGridFrame } from '../../components/DayGridFrame';
import { useCalendarView } from '../../hooks/useCalendarView';
import { monthParam } from '../../utils/period';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A month, Monday first, with the backlog beside it. */
export const MonthPage = () => {
  const { formatDate } = useIntl();
  const view = useCalendarView((params, zone) => {
    const grid = monthGrid(monthParam(params.get('month'), zone));
    return { from: grid.first, to: grid.last };
  });
  const month = monthParam(view.params.get('month'), view.zone);
  const grid = monthGrid(month);

  return (
    <DayGridFrame
      page="month"
      view={view}
      title={formatDate(`${month}-01T12:00:00Z`, { month: 'long', year: 'numeric', timeZone: 'UTC' })}
      onPrevious={() => view.setParam('month', shiftMonth(month, -1))}
      onNext={() => view.setParam('month', shiftMonth(month, 1))}
      onToday={() => view.setParam('month', null)}
    >
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
    </DayGridFrame>
  );
};
