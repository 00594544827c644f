import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { holidayOn } from '../../../core/seasons/day-index';
import type { PiecePanel } from '../api';
import { useSeasons } from '../hooks/useSeasons';
import { getTranslation } from '../utils/getTranslation';

/** "Juhannuspäivä (public holiday in Finland)" for each upcoming publication that falls on a day off. */
export const HolidayHint = ({ panel }: { panel: PiecePanel }) => {
  const { formatMessage, formatDate } = useIntl();
  const dates = [...new Set(panel.next.map((o) => o.local.slice(0, 10)))].sort();
  const seasons = useSeasons(dates[0], dates[dates.length - 1]);
  const hits = dates.flatMap((date) => {
    const day = holidayOn(date, seasons.days);
    return day ? [{ date, day }] : [];
  });
  if (hits.length === 0) return null;
  return (
    <Box background="warning100" hasRadius padding={2} data-testid="holiday-hint">
      {hits.map(({ date, day }) => (
        <Typography key={date} tag="p" variant="pi" textColor="warning700">
          {formatMessage(
            {
              id: getTranslation(day.kind === 'public' ? 'panel.onHoliday' : 'panel.onDayOff'),
              defaultMessage:
                day.kind === 'public' ? '{date}: {name} (public holiday in {country})' : '{date}: {name} (a day off in {country})',
            },
            {
              date: formatDate(`${date}T12:00:00Z`, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }),
              name: day.name,
              country: seasons.countryNames[day.country] ?? day.country,
            }
          )}
        </Typography>
      ))}
    </Box>
  );
};
