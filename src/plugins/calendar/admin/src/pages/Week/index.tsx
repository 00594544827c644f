import { useIntl } from 'react-intl';
import { addDays } from '../../../../core/calendar-grid';
import { DayGridFrame } from '../../components/DayGridFrame';
import { useCalendarData, type RangeOf } from '../../hooks/useCalendarData';
import { weekParam } from '../../utils/period';

const weekRange: RangeOf = (get, zone) => {
  const monday = weekParam(get('week'), zone);
  return { from: monday, to: addDays(monday, 6) };
};

/** Seven days side by side, Monday first, with the backlog beside them. */
export const WeekPage = () => {
  const { formatDate } = useIntl();
  const data = useCalendarData(weekRange);
  const monday = weekParam(data.get('week'), data.zone);
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const short = (date: string, options: Intl.DateTimeFormatOptions) => formatDate(`${date}T12:00:00Z`, { ...options, timeZone: 'UTC' });

  return (
    <DayGridFrame
      page="week"
      data={data}
      title={`${short(days[0], { day: 'numeric', month: 'short' })} – ${short(days[6], { day: 'numeric', month: 'short', year: 'numeric' })}`}
      nav={{
        onPrevious: () => data.set({ week: addDays(monday, -7) }),
        onNext: () => data.set({ week: addDays(monday, 7) }),
        onToday: () => data.set({ week: null }),
      }}
      days={days.map((date) => ({ date, heading: short(date, { weekday: 'short', day: 'numeric', month: 'numeric' }) }))}
      minHeight="420px"
    />
  );
};
