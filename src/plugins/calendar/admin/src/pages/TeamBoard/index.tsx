import { Box, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { EDITORIAL_STATUSES, FUNNEL_STAGES } from '../../../../core/enums';
import { useGetAssigneesQuery, useGetCalendarSettingsQuery, useGetTeamBoardQuery, type TeamBoardQuery } from '../../api';
import { AssignWarningDialog } from '../../components/AssignWarningDialog';
import { LanguageSelect } from '../../components/LanguageSelect';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RenderWhenNear } from '../../components/RenderWhenNear';
import { ViewPage } from '../../components/ViewPage';
import { useUrlParams } from '../../hooks/useUrlParams';
import { useWorkflowMoves } from '../../hooks/useWorkflowMoves';
import { ACTIONS } from '../../permissions';
import { getTranslation } from '../../utils/getTranslation';
import { Card } from './Card';

const ALL = 'all';
/** About a card's height with its select and moves, for the place it holds until drawn. */
const CARD_HEIGHT = 170;
const NO_ONE: never[] = [];
const PLAN = [{ action: ACTIONS.plan, subject: null }];

/** The team board: every piece in a column by editorial status; filters live in the URL. */
export const TeamBoardPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const params = useUrlParams();
  const assignee = params.get('assignee') ?? ALL;
  const stage = params.get('stage') ?? ALL;
  // No language: every version, each its own card (the board's default).
  const locale = params.get('locale');
  // The server checks the values (a hand-edited URL gets its 400 message shown).
  const query = {
    ...(assignee !== ALL ? { assignee } : {}),
    ...(stage !== ALL ? { stage } : {}),
    ...(locale ? { locale } : {}),
  } as TeamBoardQuery;
  const board = useGetTeamBoardQuery(query);
  const people = useGetAssigneesQuery();
  const settings = useGetCalendarSettingsQuery();
  const zone = settings.data?.defaultTimeZone ?? 'Europe/Helsinki';
  const { allowedActions } = useRBAC(PLAN);
  const canPlan = Boolean(allowedActions.canPlan);
  const workflow = useWorkflowMoves();
  // One array for every card, so a card is not drawn again because its list is new.
  const assignees = people.data ?? NO_ONE;

  const setParam = (key: string, value: string) => params.set({ [key]: value === ALL ? null : value });

  return (
    <ViewPage view="team" loading={board.isLoading} error={board.error ?? people.error}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex gap={4} wrap="wrap" alignItems="flex-end">
          <Box width="240px">
            <Field.Root name="assignee">
              <Field.Label>{t('team.assignee', 'Assignee')}</Field.Label>
              <SingleSelect value={assignee} onChange={(v: string | number) => setParam('assignee', String(v))}>
                <SingleSelectOption value={ALL}>{t('team.everyone', 'Everyone')}</SingleSelectOption>
                <SingleSelectOption value="me">{t('team.me', 'Me')}</SingleSelectOption>
                <SingleSelectOption value="none">{t('team.unassigned', 'Unassigned')}</SingleSelectOption>
                {(people.data ?? []).map((person) => (
                  <SingleSelectOption key={person.id} value={String(person.id)}>
                    {person.name}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Box>
          <Box width="240px">
            <Field.Root name="stage">
              <Field.Label>{t('team.stage', 'Funnel stage')}</Field.Label>
              <SingleSelect value={stage} onChange={(v: string | number) => setParam('stage', String(v))}>
                <SingleSelectOption value={ALL}>{t('team.allStages', 'All stages')}</SingleSelectOption>
                {FUNNEL_STAGES.map((s) => (
                  <SingleSelectOption key={s} value={s}>
                    {t(`stage.${s}`, s)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Box>
          <Box width="240px">
            <LanguageSelect allowAll value={locale} onChange={(v) => params.set({ locale: v })} />
          </Box>
        </Flex>
        <ProblemAlert problem={workflow.problem} onClose={workflow.clearProblem} testId="workflow-problem" />
        <AssignWarningDialog {...workflow.assignWarning} />
        {board.data?.truncated && (
          <Typography textColor="warning600">
            {t('team.truncated', 'Only the first 2,000 pieces are shown: narrow the filters.')}
          </Typography>
        )}
        <Flex gap={3} alignItems="flex-start" style={{ overflowX: 'auto' }} data-testid="team-board">
          {EDITORIAL_STATUSES.map((status) => {
            const cards = board.data?.columns[status] ?? [];
            return (
              <Box
                key={status}
                tag="section"
                data-column={status}
                background="neutral100"
                hasRadius
                padding={3}
                minWidth="260px"
                flex="1"
                aria-labelledby={`column-${status}`}
              >
                <Flex direction="column" alignItems="stretch" gap={3}>
                  <Typography variant="sigma" tag="h2" id={`column-${status}`}>
                    {t(`editorial.${status}`, status)} ({cards.length})
                  </Typography>
                  {cards.map((card) => (
                    <RenderWhenNear
                      key={`${card.documentId}-${card.locale}`}
                      height={CARD_HEIGHT}
                      label={card.title}
                      data-placeholder={card.documentId}
                    >
                      <Card card={card} zone={zone} assignees={assignees} workflow={workflow} canPlan={canPlan} />
                    </RenderWhenNear>
                  ))}
                </Flex>
              </Box>
            );
          })}
        </Flex>
      </Flex>
    </ViewPage>
  );
};
