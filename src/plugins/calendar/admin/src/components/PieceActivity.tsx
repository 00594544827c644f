import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useGetPieceActivityQuery, type ActivityEntry } from '../api';
import { ProblemAlert } from './ProblemAlert';
import { useProblemOf } from '../hooks/useProblemOf';
import { formatInZone } from '../utils/format-in-zone';
import { getTranslation } from '../utils/getTranslation';

/**
 * A piece's editorial history, newest first (the team board's cards, the piece page's panel): of
 * one language version when `locale` is given, else of every version.
 */
export const PieceActivity = ({ documentId, locale, zone }: { documentId: string; locale?: string | null; zone: string }) => {
  const { formatMessage } = useIntl();
  // Mounted anew after each save of the piece (a key), so its history is fetched again.
  const history = useGetPieceActivityQuery({ documentId, ...(locale ? { locale } : {}) }, { refetchOnMountOrArgChange: true });
  const problemOf = useProblemOf();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(`team.activity.${id}`), defaultMessage }, values);
  const when = (iso: string) => formatInZone(iso, zone);
  // Status values are workflow keys, due values instants, assignee values names (the server resolves them).
  const value = (entry: ActivityEntry, v: string | null) => {
    if (v === null) return t('nothing', 'none');
    if (entry.kind === 'status' || entry.kind === 'created')
      return formatMessage({ id: getTranslation(`editorial.${v}`), defaultMessage: v });
    if (entry.kind === 'due') return when(v);
    return v;
  };
  const describe = (entry: ActivityEntry) => {
    const values = { from: value(entry, entry.from), to: value(entry, entry.to) };
    if (entry.kind === 'created') return t('created', 'Created as {to}', values);
    if (entry.kind === 'status') return t('status', 'Status {from} → {to}', values);
    if (entry.kind === 'assignee') return t('assignee', 'Assignee {from} → {to}', values);
    return t('due', 'Due date {from} → {to}', values);
  };

  if (history.error) return <ProblemAlert problem={problemOf(history.error)} kind="load" testId="activity-error" />;
  if (!history.data) return <Loader small>{t('loading', 'Loading the history…')}</Loader>;
  if (history.data.length === 0)
    return (
      <Typography variant="pi" textColor="neutral600">
        {t('empty', 'No changes recorded yet.')}
      </Typography>
    );
  return (
    <Box tag="ol" data-testid="activity" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {history.data.map((entry) => (
        <Box tag="li" key={entry.id} paddingTop={1} paddingBottom={1} data-kind={entry.kind}>
          <Flex direction="column" alignItems="flex-start">
            <Typography variant="pi">{describe(entry)}</Typography>
            <Typography variant="pi" textColor="neutral600">
              {[entry.by?.name ?? t('system', 'the calendar'), when(entry.at)].join(' · ')}
            </Typography>
          </Flex>
        </Box>
      ))}
    </Box>
  );
};
