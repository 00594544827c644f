import { Box, Button, Field, Flex, Link, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { useApplyPlanCopyMutation, usePreviewPlanCopyMutation, type PlanCopyAnswer, type PlanCopyInput } from '../../api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ViewPage } from '../../components/ViewPage';
import { YearNav } from '../../components/YearNav';
import { useProblemOf, type Problem } from '../../hooks/useProblemOf';
import { useUrlParams } from '../../hooks/useUrlParams';
import { ACTIONS } from '../../permissions';
import { getTranslation } from '../../utils/getTranslation';
import { yearParam } from '../../utils/period';
import { CopyChoices, type Choices } from './CopyChoices';
import { CopyPreview } from './CopyPreview';

const TARGET_OFFSETS = [1, 2, 3];
const BUDGET_EDIT = [{ action: ACTIONS.budgetEdit, subject: null }];
// The copy creates themes, goals and pieces: each needs the Content Manager's create right on its type.
const CREATE = 'plugin::content-manager.explorer.create';
const CREATE_THEME = [{ action: CREATE, subject: 'api::theme.theme' }];
const CREATE_GOAL = [{ action: CREATE, subject: 'plugin::calendar.goal' }];
const CREATE_PIECE = [{ action: CREATE, subject: 'api::content-piece.content-piece' }];

/**
 * Copy the plan into next year: choose what to copy and how dates move, preview exactly what
 * would be created, then copy it in one go. Copying again creates nothing twice.
 */
export const PlanCopyPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, fallback: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage: fallback }, values);
  const params = useUrlParams();
  const sourceYear = yearParam(params.get('year'), 'Europe/Helsinki');
  const [targetYear, setTargetYear] = useState(sourceYear + 1);
  const [choices, setChoices] = useState<Choices | null>(null);
  const [shown, setShown] = useState<PlanCopyAnswer | null>(null);
  const [candidates, setCandidates] = useState<PlanCopyAnswer['candidates'] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [preview, previewState] = usePreviewPlanCopyMutation();
  const [apply, applyState] = useApplyPlanCopyMutation();
  const problemOf = useProblemOf();
  const { allowedActions } = useRBAC(BUDGET_EDIT);
  const canBudget = Object.values(allowedActions).some(Boolean);
  const may = {
    themes: Boolean(useRBAC(CREATE_THEME).allowedActions.canCreate),
    goals: Boolean(useRBAC(CREATE_GOAL).allowedActions.canCreate),
    pieces: Boolean(useRBAC(CREATE_PIECE).allowedActions.canCreate),
  };

  // Another source year: start over (reset while rendering, as the grid does, not in an effect).
  const [loadedFor, setLoadedFor] = useState(sourceYear);
  if (loadedFor !== sourceYear) {
    setLoadedFor(sourceYear);
    setChoices(null);
    setShown(null);
    setTargetYear(sourceYear + 1);
  }

  // The source year's themes and pieces to choose from; none is chosen (repeating themes recur by themselves).
  useEffect(() => {
    preview({ sourceYear, targetYear: sourceYear + 1, dateRule: 'iso-week' }).then((result) => {
      if ('error' in result) return setProblem(problemOf(result.error) ?? null);
      setCandidates(result.data.candidates);
      setChoices({ dateRule: 'iso-week', themes: [], planCells: true, goals: true, pieces: [], budgetLines: false });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sourceYear]);

  // What the user may not create is never asked for (the boxes are disabled, too).
  const body = ({ budgetLines, ...c }: Choices): PlanCopyInput => ({
    sourceYear,
    targetYear,
    ...c,
    themes: may.themes ? c.themes : [],
    goals: may.goals && c.goals,
    pieces: may.pieces ? c.pieces : [],
    ...(budgetLines && canBudget ? { budgetLines } : {}),
  });
  const change = (next: Choices) => {
    setChoices(next);
    setShown(null);
  };

  async function run(kind: 'preview' | 'apply') {
    if (!choices) return;
    setProblem(null);
    const result = await (kind === 'preview' ? preview(body(choices)) : apply(body(choices)));
    if ('error' in result) return setProblem(problemOf(result.error) ?? null);
    setShown(result.data);
  }

  const busy = previewState.isLoading || applyState.isLoading;
  return (
    <ViewPage view="plan-copy" loading={!choices && !problem}>
      <Flex direction="column" alignItems="stretch" gap={5}>
        <Typography textColor="neutral600">
          {t(
            'planCopy.intro',
            'Start next year from this year’s plan: choose what to copy, preview it, then copy. Copying again never creates anything twice.'
          )}
        </Typography>
        <ProblemAlert problem={problem ?? undefined} onClose={() => setProblem(null)} testId="plan-copy-problem" />
        <Flex gap={4} alignItems="flex-end" wrap="wrap">
          <Box>
            <Typography variant="pi" fontWeight="bold">
              {t('planCopy.from', 'Copy from')}
            </Typography>
            <Flex gap={2} alignItems="center">
              <YearNav year={sourceYear} onChange={(y) => params.set({ year: String(y) })} />
            </Flex>
          </Box>
          <Box style={{ minWidth: 160 }}>
            <Field.Root name="targetYear">
              <Field.Label>{t('planCopy.to', 'Into')}</Field.Label>
              <SingleSelect
                value={String(targetYear)}
                onChange={(v: string | number) => {
                  setTargetYear(Number(v));
                  setShown(null);
                }}
                data-testid="plan-copy-target"
              >
                {TARGET_OFFSETS.map((o) => (
                  <SingleSelectOption key={o} value={String(sourceYear + o)}>
                    {String(sourceYear + o)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Box>
        </Flex>
        {choices && candidates && (
          <CopyChoices choices={choices} candidates={candidates} may={may} canBudget={canBudget} onChange={change} t={t} />
        )}
        <Flex gap={2}>
          <Button variant="secondary" onClick={() => run('preview')} disabled={!choices || busy} data-testid="plan-copy-preview-button">
            {t('planCopy.previewButton', 'Preview')}
          </Button>
          <Button
            onClick={() => run('apply')}
            disabled={!shown || shown.applied || busy}
            loading={applyState.isLoading}
            data-testid="plan-copy-apply-button"
          >
            {t('planCopy.copyButton', 'Copy to {year}', { year: targetYear })}
          </Button>
        </Flex>
        {shown && <CopyPreview answer={shown} t={t} />}
        {shown?.applied && (
          <Flex gap={4}>
            <Link tag={RouterLink} to={`../wheel?year=${targetYear}`} data-testid="plan-copy-open-wheel">
              {t('planCopy.openWheel', 'Open the {year} year wheel', { year: targetYear })}
            </Link>
            <Link tag={RouterLink} to={`../quarter?year=${targetYear}`}>
              {t('planCopy.openGrid', 'Open the {year} quarterly grid', { year: targetYear })}
            </Link>
          </Flex>
        )}
      </Flex>
    </ViewPage>
  );
};
