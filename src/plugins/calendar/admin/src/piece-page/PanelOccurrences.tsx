import { Badge, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { instantToLocal } from '../../../core/time';
import type { OccurrenceState, PiecePanel } from '../api';
import { useFormatWithWeekday } from '../utils/format-in-zone';
import { getTranslation } from '../utils/getTranslation';

const STATE: Record<OccurrenceState, { label: string; background: string; text: string }> = {
  live: { label: 'Published', background: 'success100', text: 'success700' },
  scheduled: { label: 'Scheduled', background: 'primary100', text: 'primary700' },
  unapproved: { label: 'Not approved', background: 'neutral150', text: 'neutral700' },
};

/** The next occurrences on the piece's clock, as the occurrence feed lists them, with links to the views. */
export const PanelOccurrences = ({ panel }: { panel: PiecePanel }) => {
  const { formatMessage } = useIntl();
  const withWeekday = useFormatWithWeekday();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(`panel.${id}`), defaultMessage }, values);
  // The local date (not the UTC one: 1 January 00:30 in Helsinki is still 31 December in UTC).
  const first = panel.next[0]?.local ?? (panel.publishAt ? instantToLocal(new Date(panel.publishAt), panel.timeZone) : null);
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="sigma" textColor="neutral600">
        {t('next', 'Next publications ({zone})', { zone: panel.timeZone })}
      </Typography>
      {panel.problem && <Typography textColor="danger600">{panel.problem}</Typography>}
      {!panel.problem && panel.next.length === 0 && (
        <Typography variant="pi" textColor="neutral600">
          {panel.publishAt
            ? t('noneAhead', 'Nothing ahead: every occurrence is in the past.')
            : t('backlog', 'No publication time yet: the piece waits in the backlog.')}
        </Typography>
      )}
      <ul data-testid="panel-occurrences">
        {panel.next.map((o) => (
          <li key={o.start}>
            <Flex justifyContent="space-between" gap={2} paddingBottom={1}>
              <Typography variant="omega" data-local={o.local}>
                {withWeekday(o.start, panel.timeZone)}
              </Typography>
              <Badge backgroundColor={STATE[o.state].background} textColor={STATE[o.state].text}>
                {t(`state.${o.state}`, STATE[o.state].label)}
              </Badge>
            </Flex>
          </li>
        ))}
      </ul>
      {first && (
        <Flex gap={3}>
          {/* The views show this language version only, as the panel does. */}
          <Link tag={NavLink} to={`/plugins/calendar/month?month=${first.slice(0, 7)}&locale=${encodeURIComponent(panel.locale)}`}>
            {t('showMonth', 'Show in the month view')}
          </Link>
          <Link tag={NavLink} to={`/plugins/calendar/wheel?year=${first.slice(0, 4)}&locale=${encodeURIComponent(panel.locale)}`}>
            {t('showWheel', 'Show on the year wheel')}
          </Link>
        </Flex>
      )}
    </Flex>
  );
};
