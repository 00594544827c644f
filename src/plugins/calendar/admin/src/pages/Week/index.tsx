import { useIntl } from 'react-intl';
import { addDays } from '../../../../core/calendar-grid';
import { DayCell } from '../../components/DayCell';
import { DayGridFrame } from '../../components/DayGridFrame';
import { useCalendarView } from '../../hooks/useCalendarView';
import { weekParam } from '../../utils/period';

/** Seven days side by side, Monday first, with the backlog beside them. */
export const WeekPage = () => {
  const { formatDate } = useIntl();
  const view = useCalendarView((params, zone) => {
    const monday = weekParam(params.get('week'), zone);
    return { from: monday, to: addDays(monday, 6) };
  });
  const monday = weekParam(view.params.get('week'), view.zone);
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const title = `${formatDate(`${days[0]}T12:00:00Z`, { day: 'numeric', month: 'short', timeZone: 'UTC' })} – ${formatDate(`${days[6]}T12:00:00Z`, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })}`;

  return (
    <DayGridFrame
      page="week"
      view={view}
      title={title}
      onPrevious={() => view.setParam('week', addDays(monday, -7))}
      onNext={() => view.setParam('week', addDays(monday, 7))}
      onToday={() => view.setParam('week', null)}
    >
      {days.map((date) => (
        <DayCell
          key={date}
          view={view}
          date={date}
          minHeight="420px"
          heading={formatDate(`${date}T12:00:00Z`, { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' })}
        />
      ))}
    </DayGridFrame>
  );
};
