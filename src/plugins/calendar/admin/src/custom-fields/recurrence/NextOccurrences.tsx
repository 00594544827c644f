import { Flex, Typography } from '@strapi/design-system';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useFormatWithWeekday, viewerZone } from '../../utils/format-in-zone';
import { getTranslation } from '../../utils/getTranslation';
import type { ScheduleFields } from '../useScheduleFields';
import { nextOccurrences } from './next-occurrences';

const SHOWN = 5;

/** The next occurrences in the piece's zone, with the viewer's clock beside them when it shows another time. */
export const NextOccurrences = ({ schedule }: { schedule: ScheduleFields }) => {
  const { formatMessage } = useIntl();
  const when = useFormatWithWeekday();
  const { occurrences, problem } = useMemo(() => nextOccurrences(schedule, { count: SHOWN }), [schedule]);
  if (!schedule.timeZone || (!occurrences.length && !problem)) return null;
  const zone = schedule.timeZone;
  const mine = viewerZone();
  return (
    <Flex direction="column" alignItems="stretch" gap={1} paddingTop={2} data-testid="next-occurrences">
      <Typography variant="sigma" textColor="neutral600">
        {formatMessage({ id: getTranslation('customFields.recurrence.next'), defaultMessage: 'Next dates ({zone})' }, { zone })}
      </Typography>
      {problem && <Typography textColor="danger600">{problem}</Typography>}
      {occurrences
        .filter((o) => !o.skipped)
        .slice(0, SHOWN)
        .map((o) => (
          <Typography key={o.local} variant="omega">
            {when(o.start, zone)}
            {when(o.start, mine) !== when(o.start, zone) && (
              <Typography variant="pi" textColor="neutral600">
                {` · ${when(o.start, mine)} (${mine})`}
              </Typography>
            )}
          </Typography>
        ))}
    </Flex>
  );
};
