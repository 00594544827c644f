import { Box, Flex } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import type { ReactNode } from 'react';
import type { CalendarData } from '../hooks/useCalendarData';
import { useCalendarMoves } from '../hooks/useCalendarMoves';
import { useLanguages } from '../hooks/useLanguages';
import { useSeasons } from '../hooks/useSeasons';
import { useMoveGestures } from '../hooks/useMoveGestures';
import { ACTIONS } from '../permissions';
import { themesOn } from '../utils/calendarMoves';
import { channelColor } from '../utils/reference';
import type { ViewPath } from '../utils/views';
import { BacklogLane } from './BacklogLane';
import { ConflictNotice } from './ConflictNotice';
import { DayCell } from './DayCell';
import { DayChips } from './DayChips';
import { ExpansionProblems } from './ExpansionProblems';
import { FeedLoader } from './FeedLoader';
import { FilterBar } from './FilterBar';
import { MoveDateDialog } from './MoveDateDialog';
import { OccurrenceChip } from './OccurrenceChip';
import { QuickCreateDialog } from './QuickCreateDialog';
import { RangeNav } from './RangeNav';
import { SeriesMoveDialog } from './SeriesMoveDialog';
import { ViewPage } from './ViewPage';

const PLAN = [{ action: ACTIONS.plan, subject: null }];

export interface GridDay {
  date: string;
  muted?: boolean;
  heading?: string;
}

/**
 * The day-grid views (month, week): notices, period navigation, filters, a seven-column grid of
 * days with the backlog beside it, and the moves (drag and drop, keyboard, quick create) for planners.
 */
export const DayGridFrame = ({
  page,
  data,
  title,
  nav,
  header,
  days,
  minHeight,
  chipsPerDay,
}: {
  page: ViewPath;
  data: CalendarData;
  title: string;
  nav: { onPrevious: () => void; onNext: () => void; onToday: () => void };
  /** Column headers (weekday names), if any. */
  header?: ReactNode;
  days: GridDay[];
  minHeight: string;
  /** At most this many chips on a day until it is opened (the month); none: all (the week). */
  chipsPerDay?: number;
}) => {
  const { allowedActions } = useRBAC(PLAN);
  const canPlan = Boolean(allowedActions.canPlan);
  const moves = useCalendarMoves({ zone: data.zone });
  const gestures = useMoveGestures({ canPlan, today: data.today, zone: data.zone, moves });
  const themes = data.reference?.themes ?? [];
  const backlog = data.feed.data?.backlog ?? [];
  const { defaultLocale } = useLanguages();
  const seasons = useSeasons(days[0]?.date, days[days.length - 1]?.date);
  // A view narrowed to one language writes new drafts in it.
  const named = data.filters.locale?.length === 1 ? data.filters.locale[0] : null;
  const viewLocale = named && named !== 'all' ? named : defaultLocale;

  return (
    <ViewPage view={page} loading={data.frameLoading} error={data.error}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <ConflictNotice message={moves.conflict} onClose={moves.clearConflict} onReload={data.feed.refetch} />
        <ExpansionProblems problems={data.feed.data?.meta.problems} />
        <RangeNav title={title} {...nav} />
        {data.feedLoading && <FeedLoader />}
        <FilterBar filters={data.filters} reference={data.reference} assignees={data.assignees} onChange={data.setFilter} />
        <Flex gap={4} alignItems="flex-start">
          <Box flex="1" background="neutral0" hasRadius shadow="tableShadow" padding={2}>
            <Box
              style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: '4px' }}
              role="grid"
              aria-label={title}
              aria-busy={data.feedLoading}
              data-occurrences={data.feed.data?.data.length}
            >
              {header}
              {days.map(({ date, muted, heading }) => (
                <DayCell
                  key={date}
                  date={date}
                  today={date === data.today}
                  muted={muted}
                  heading={heading}
                  minHeight={minHeight}
                  themes={themesOn(themes, date)}
                  seasonDays={seasons.byDate.get(date)}
                  onCreate={canPlan ? () => gestures.startCreate(date) : undefined}
                  dropTarget={gestures.dropTarget(date)}
                >
                  <DayChips
                    date={date}
                    items={data.byDay.get(date) ?? []}
                    limit={chipsPerDay}
                    render={({ item, time, moving }) => (
                      <OccurrenceChip
                        key={`${item.documentId}-${item.locale}-${item.start}`}
                        item={item}
                        time={time}
                        color={channelColor(data.reference, item)}
                        {...gestures.dragSource(moving)}
                      />
                    )}
                  />
                </DayCell>
              ))}
            </Box>
          </Box>
          <BacklogLane count={data.feed.data ? backlog.length : undefined} canPlan={canPlan}>
            {backlog.map((item) => (
              <OccurrenceChip
                key={`${item.documentId}-${item.locale}`}
                item={item}
                color={channelColor(data.reference, item)}
                {...gestures.dragSource({ item })}
              />
            ))}
          </BacklogLane>
        </Flex>
      </Flex>
      <QuickCreateDialog
        date={gestures.create.date}
        channels={(data.reference?.channels ?? []).map((c) => ({ value: c.slug, label: c.name }))}
        defaultLocale={viewLocale}
        onCreate={moves.quickCreate}
        onClose={gestures.create.onClose}
      />
      <SeriesMoveDialog ask={gestures.series} onClose={gestures.closeSeries} />
      <MoveDateDialog target={gestures.move} onClose={gestures.closeMove} />
    </ViewPage>
  );
};
