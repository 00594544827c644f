import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { monthGrid, shiftMonth } from '../../../../core/calendar-grid';
import { DayGridFrame } from '../../components/DayGridFrame';
import { useCalendarData, type RangeOf } from '../../hooks/useCalendarData';
import { useViewLabel } from '../../hooks/useViewLabel';
import { monthParam } from '../../utils/period';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The whole weeks that contain the month in the URL. */
const monthRange: RangeOf = (get, zone) => {
  const grid = monthGrid(monthParam(get('month'), zone));
  return { from: grid.first, to: grid.last };
};

/** A month, Monday first, with the backlog beside it. */
export const MonthPage = () => {
  const { formatDate } = useIntl();
  const label = useViewLabel();
  const data = useCalendarData(monthRange);
  const month = monthParam(data.get('month'), data.zone);
  const grid = monthGrid(month);

  return (
    <DayGridFrame
      page="month"
      data={data}
      title={formatDate(`${month}-01T12:00:00Z`, { month: 'long', year: 'numeric', timeZone: 'UTC' })}
      nav={{
        onPrevious: () => data.set({ month: shiftMonth(month, -1) }),
        onNext: () => data.set({ month: shiftMonth(month, 1) }),
        onToday: () => data.set({ month: null }),
      }}
      header={WEEKDAYS.map((d) => (
        <Box key={d} padding={1} role="columnheader">
          <Typography variant="sigma" textColor="neutral600">
            {label(`weekday.${d}`, d)}
          </Typography>
        </Box>
      ))}
      days={grid.weeks.flat().map((date) => ({ date, muted: !date.startsWith(month) }))}
      minHeight="110px"
      chipsPerDay={4}
    />
  );
};
