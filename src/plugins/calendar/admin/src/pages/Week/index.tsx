import { Box, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { addDays, mondayOf } from '../../../../core/calendar-grid';
import { instantToLocal } from '../../../../core/time';
import { BacklogLane } from '../../components/BacklogLane';
import { DayCell } from '../../components/DayCell';
import { RangeNav } from '../../components/RangeNav';
import { ViewPage } from '../../components/ViewPage';
import { useCalendarView } from '../../hooks/useCalendarView';

const weekOf = (param: string | null, zone: string) =>
  mondayOf(/^\d{4}-\d{2}-\d{2}$/.test(param ?? '') ? param! : instantToLocal(new Date(), zone).slice(0, 10));

/** Seven days side by side, Monday first, with the backlog beside them. */
export const WeekPage = () => {
  const { formatDate } = useIntl();
  const view = useCalendarView((params, zone) => {
    const monday = weekOf(params.get('week'), zone);
    return { from: monday, to: addDays(monday, 6) };
  });
  const monday = weekOf(view.params.get('week'), view.zone);
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const title = `${formatDate(`${days[0]}T12:00:00Z`, { day: 'numeric', month: 'short', timeZone: 'UTC' })} – ${formatDate(`${days[6]}T12:00:00Z`, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })}`;

  return (
    <ViewPage view="week">
      <Flex direction="column" alignItems="stretch" gap={4}>
        {view.conflictNotice}
        <RangeNav
          view={view}
          title={title}
          onPrevious={() => view.setParam('week', addDays(monday, -7))}
          onNext={() => view.setParam('week', addDays(monday, 7))}
          onToday={() => view.setParam('week', null)}
        />
        {view.filterBar}
        <Flex gap={4} alignItems="flex-start">
          <Box flex="1" background="neutral0" hasRadius shadow="tableShadow" padding={2}>
            <Box style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: '4px' }} role="grid" aria-label={title}>
              {days.map((date) => (
                <DayCell
                  key={date}
                  view={view}
                  date={date}
                  minHeight="420px"
                  heading={formatDate(`${date}T12:00:00Z`, { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' })}
                />
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
