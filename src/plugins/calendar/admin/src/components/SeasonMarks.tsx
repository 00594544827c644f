import { Box, Typography } from '@strapi/design-system';
import type { SeasonDay, SeasonKind } from '../../../core/seasons/types';
import { useViewLabel } from '../hooks/useViewLabel';

const COLOR: Record<SeasonKind, string> = {
  public: 'danger600',
  dayOff: 'danger500',
  flag: 'primary600',
  commercial: 'neutral600',
};

export const SEASON_KIND_LABELS: Record<SeasonKind, [string, string]> = {
  public: ['season.public', 'Public holiday'],
  dayOff: ['season.dayOff', 'Day off'],
  flag: ['season.flag', 'Flag day'],
  commercial: ['season.commercial', 'Commercial day'],
};

/** A day's holidays and observances: one small line each, under the day number, above the chips. */
export const SeasonMarks = ({ days }: { days: readonly SeasonDay[] }) => {
  const label = useViewLabel();
  if (days.length === 0) return null;
  return (
    <Box>
      {days.map((d) => {
        const kind = label(...SEASON_KIND_LABELS[d.kind]);
        return (
          <Typography
            key={`${d.country}-${d.kind}-${d.name}`}
            tag="div"
            variant="pi"
            textColor={COLOR[d.kind]}
            fontWeight={d.kind === 'public' ? 'semiBold' : 'regular'}
            title={`${d.name} (${kind}, ${d.country})`}
            data-season={d.kind}
            style={{ fontSize: '1.1rem', lineHeight: 1.3, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
          >
            {d.name}
          </Typography>
        );
      })}
    </Box>
  );
};
