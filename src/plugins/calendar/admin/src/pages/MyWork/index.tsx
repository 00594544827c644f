import { Box, EmptyStateLayout, Flex, Typography } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { DUE_BUCKETS, useGetMyWorkQuery, type MyPiece } from '../../api';
import { LanguageSelect } from '../../components/LanguageSelect';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ViewPage } from '../../components/ViewPage';
import { useUrlParams } from '../../hooks/useUrlParams';
import { useWorkflowMoves } from '../../hooks/useWorkflowMoves';
import { useWorkLogging } from '../../hooks/useWorkLogging';
import { ACTIONS } from '../../permissions';
import { getTranslation } from '../../utils/getTranslation';
import { PieceTable } from './PieceTable';
import { Mentions } from './Mentions';
import { TaskTable } from './TaskTable';

const BUCKET_LABELS = {
  overdue: 'Overdue',
  'this-week': 'Due this week',
  later: 'Later',
  'no-date': 'No date',
} as const;

const PERMISSIONS = [
  { action: ACTIONS.plan, subject: null },
  { action: ACTIONS.community, subject: null },
];

/** The signed-in user's pieces and community-task occurrences, by when they are due. */
export const MyWorkPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(`myWork.${id}`), defaultMessage }, values);
  const work = useGetMyWorkQuery();
  const { allowedActions } = useRBAC(PERMISSIONS);
  const workflow = useWorkflowMoves();
  const logging = useWorkLogging();
  const data = work.data;
  const params = useUrlParams();
  // The language filter is the view's own (My work is small): tasks have no language and stay.
  const locale = params.get('locale');
  const piecesOf = (pieces: MyPiece[]) => (locale ? pieces.filter((p) => p.locale === locale) : pieces);
  const empty = data && DUE_BUCKETS.every((b) => piecesOf(data.buckets[b].pieces).length + data.buckets[b].tasks.length === 0);

  return (
    <ViewPage view="my-work" loading={work.isLoading} error={work.error}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <ProblemAlert problem={workflow.problem} onClose={workflow.clearProblem} testId="workflow-problem" />
        <ProblemAlert problem={logging.problem} onClose={logging.clearProblem} testId="log-problem" />
        <Box width="240px">
          <LanguageSelect allowAll value={locale} onChange={(v) => params.set({ locale: v })} />
        </Box>
        {data && <Mentions mentions={data.mentions} zone={data.zone} />}
        {empty && (
          <Box background="neutral0" hasRadius shadow="tableShadow" data-testid="my-work-empty">
            <EmptyStateLayout
              content={
                locale
                  ? t('emptyInLanguage', 'Nothing in this language is assigned to you.')
                  : t('empty', 'Nothing is assigned to you. Enjoy the calm.')
              }
            />
          </Box>
        )}
        {data &&
          !empty &&
          DUE_BUCKETS.map((bucket) => {
            const { tasks } = data.buckets[bucket];
            const pieces = piecesOf(data.buckets[bucket].pieces);
            return (
              <Box key={bucket} tag="section" data-bucket={bucket} aria-labelledby={`my-work-${bucket}`}>
                <Flex direction="column" alignItems="stretch" gap={3}>
                  <Typography
                    variant="delta"
                    tag="h2"
                    id={`my-work-${bucket}`}
                    textColor={bucket === 'overdue' && pieces.length + tasks.length ? 'danger600' : undefined}
                  >
                    {t(`bucket.${bucket}`, BUCKET_LABELS[bucket])} ({pieces.length + tasks.length})
                  </Typography>
                  {pieces.length + tasks.length === 0 && <Typography textColor="neutral600">{t('nothing', 'Nothing here.')}</Typography>}
                  {pieces.length > 0 && (
                    <Box background="neutral0" hasRadius shadow="tableShadow">
                      <PieceTable pieces={pieces} zone={data.zone} workflow={workflow} canPlan={Boolean(allowedActions.canPlan)} />
                    </Box>
                  )}
                  {tasks.length > 0 && (
                    <Box background="neutral0" hasRadius shadow="tableShadow">
                      <TaskTable tasks={tasks} zone={data.zone} logging={logging} canLog={Boolean(allowedActions.canCommunity)} />
                    </Box>
                  )}
                </Flex>
              </Box>
            );
          })}
      </Flex>
    </ViewPage>
  );
};
