import { Box, Flex, IconButton, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { useCalendarView } from '../hooks/useCalendarView';
import { OccurrenceChip } from './OccurrenceChip';

/** One day of the month or week grid: its number, its occurrences, and a drop target. */
export const DayCell = ({ view, date, muted, minHeight, heading }: { view: ReturnType<typeof useCalendarView>; date: string; muted?: boolean; minHeight: string; heading?: string }) => {
  const { formatDate } = useIntl();
  const items = view.byDay.get(date) ?? [];
  const themes = view.themesOn(date);
  return (
    <Box
      role="gridcell"
      data-date={date}
      aria-label={formatDate(`${date}T12:00:00Z`, { dateStyle: 'full', timeZone: 'UTC' })}
      background={date === view.today ? 'primary100' : muted ? 'neutral100' : 'neutral0'}
      borderColor="neutral150"
      hasRadius
      padding={1}
      minHeight={minHeight}
      {...view.dropTarget(date)}
    >
      {themes.length > 0 && (
        <Flex gap={1} paddingBottom={1} aria-hidden>
          {themes.map((theme) => (
            <Box key={theme.slug} flex="1" height="4px" hasRadius style={{ background: theme.color ?? '#7b79ff' }} title={theme.name} data-theme-band={theme.slug} />
          ))}
        </Flex>
      )}
      <Flex justifyContent="space-between">
        <Typography variant="pi" fontWeight={date === view.today ? 'bold' : 'regular'} textColor={muted ? 'neutral500' : 'neutral800'}>
          {heading ?? Number(date.slice(8, 10))}
        </Typography>
        {view.canPlan && (
          <IconButton label={view.label('createHere', 'New piece on this day')} variant="ghost" size="XS" onClick={() => view.startCreate(date)} data-create={date}>
            <Plus />
          </IconButton>
        )}
      </Flex>
      <Flex direction="column" alignItems="stretch" gap={1} paddingTop={1}>
        {items.map(({ item, time, moving }) => (
          <OccurrenceChip key={`${item.documentId}-${item.start}`} item={item} time={time} color={view.colorOf(item)} {...view.dragSource(moving)} />
        ))}
      </Flex>
    </Box>
  );
};
