import { Badge, Box, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { pieceEditPath, type PanelVersion, type PiecePanel } from '../api';
import { LocaleBadge } from '../components/LocaleBadge';
import { useLanguages } from '../hooks/useLanguages';
import { useFormatWithWeekday } from '../utils/format-in-zone';
import { getTranslation } from '../utils/getTranslation';

const STATUS_COLOURS: Record<PanelVersion['status'], { backgroundColor: string; textColor: string }> = {
  published: { backgroundColor: 'success100', textColor: 'success700' },
  modified: { backgroundColor: 'warning100', textColor: 'warning700' },
  draft: { backgroundColor: 'neutral150', textColor: 'neutral700' },
};

/**
 * Every language version of the piece at a glance: its status, its first next publication on its
 * own clock (versions may be scheduled in different zones and times), and a link to open it.
 */
export const PanelVersions = ({ panel }: { panel: PiecePanel }) => {
  const { formatMessage } = useIntl();
  const { nameOf } = useLanguages();
  const withWeekday = useFormatWithWeekday();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(`panel.versions.${id}`), defaultMessage }, values);
  const when = (v: PanelVersion) => {
    if (v.problem) return v.problem;
    const next = v.next[0];
    if (next) return `${withWeekday(next.start, v.timeZone)} (${v.timeZone})`;
    return v.publishAt ? t('noneAhead', 'Nothing ahead') : t('noTime', 'No publication time');
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="sigma" textColor="neutral600">
        {t('title', 'Language versions')}
      </Typography>
      <Box tag="ul" data-testid="panel-versions" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {panel.versions.map((v) => {
          const current = v.locale === panel.locale;
          return (
            <Box tag="li" key={v.locale} paddingBottom={2} data-version={v.locale} aria-current={current ? 'true' : undefined}>
              <Flex gap={2} alignItems="flex-start">
                <LocaleBadge locale={v.locale} />
                <Flex direction="column" alignItems="flex-start" gap={1} style={{ flex: 1, minWidth: 0 }}>
                  {current ? (
                    <Typography fontWeight="bold" ellipsis>
                      {v.title} · {t('shown', 'this version')}
                    </Typography>
                  ) : (
                    <Link
                      tag={NavLink}
                      to={pieceEditPath(panel.documentId, v.locale)}
                      aria-label={t('open', 'Open the {language} version', { language: nameOf(v.locale) })}
                    >
                      {v.title}
                    </Link>
                  )}
                  <Flex gap={1} wrap="wrap">
                    <Badge {...STATUS_COLOURS[v.status]}>
                      {formatMessage({ id: getTranslation(`agenda.status.${v.status}`), defaultMessage: v.status })}
                    </Badge>
                    <Typography variant="pi" textColor="neutral600">
                      {formatMessage({ id: getTranslation(`editorial.${v.editorialStatus}`), defaultMessage: v.editorialStatus })}
                    </Typography>
                  </Flex>
                  <Typography variant="pi" textColor={v.problem ? 'danger600' : 'neutral600'} data-next={v.next[0]?.local}>
                    {when(v)}
                  </Typography>
                </Flex>
              </Flex>
            </Box>
          );
        })}
      </Box>
    </Flex>
  );
};
