import { Box, Flex, IconButton, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import type { DragEvent, ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useTheme } from 'styled-components';
import type { SeasonDay } from '../../../core/seasons/types';
import type { ThemeRef } from '../api/types';
import { useViewLabel } from '../hooks/useViewLabel';
import { SeasonMarks } from './SeasonMarks';

/** One day of the month or week grid: its theme bands, its number, its occurrences, and a drop target. */
export const DayCell = ({
  date,
  today,
  muted,
  minHeight,
  heading,
  themes,
  seasonDays = [],
  onCreate,
  dropTarget,
  children,
}: {
  date: string;
  today: boolean;
  muted?: boolean;
  minHeight: string;
  heading?: string;
  themes: ThemeRef[];
  /** The day's holidays, flag days and commercial days. */
  seasonDays?: readonly SeasonDay[];
  /** Shown to planners only. */
  onCreate?: () => void;
  dropTarget: { onDragOver: (e: DragEvent) => void; onDrop: (e: DragEvent) => void };
  /** The day's occurrence chips. */
  children: ReactNode;
}) => {
  const { formatDate } = useIntl();
  const { colors } = useTheme();
  const label = useViewLabel();
  return (
    <Box
      role="gridcell"
      data-date={date}
      aria-label={formatDate(`${date}T12:00:00Z`, { dateStyle: 'full', timeZone: 'UTC' })}
      background={today ? 'primary100' : muted ? 'neutral100' : 'neutral0'}
      borderColor="neutral150"
      hasRadius
      padding={1}
      minHeight={minHeight}
      {...dropTarget}
    >
      {themes.length > 0 && (
        <Flex gap={1} paddingBottom={1} aria-hidden>
          {themes.map((theme) => (
            <Box
              key={theme.slug}
              flex="1"
              height="4px"
              hasRadius
              style={{ background: theme.color ?? colors.primary500 }}
              title={theme.name}
              data-theme-band={theme.slug}
            />
          ))}
        </Flex>
      )}
      <Flex justifyContent="space-between">
        <Typography variant="pi" fontWeight={today ? 'bold' : 'regular'} textColor={muted ? 'neutral500' : 'neutral800'}>
          {heading ?? Number(date.slice(8, 10))}
        </Typography>
        {onCreate && (
          <IconButton label={label('createHere', 'New piece on this day')} variant="ghost" size="XS" onClick={onCreate} data-create={date}>
            <Plus />
          </IconButton>
        )}
      </Flex>
      <SeasonMarks days={seasonDays} />
      <Flex direction="column" alignItems="stretch" gap={1} paddingTop={1}>
        {children}
      </Flex>
    </Box>
  );
};
