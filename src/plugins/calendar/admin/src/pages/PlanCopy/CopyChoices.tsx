import { Box, Checkbox, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import type { DateRule, PlanCopyAnswer } from '../../api';

export interface Choices {
  dateRule: DateRule;
  themes: string[];
  planCells: boolean;
  goals: boolean;
  pieces: string[];
  budgetLines: boolean;
}

type Label = (id: string, fallback: string, values?: Record<string, string | number>) => string;

const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

/** What to copy: the date rule, themes one by one, the grid and the goals as a whole, pieces one by one. */
export const CopyChoices = ({
  choices,
  candidates,
  may,
  onChange,
  canBudget = false,
  t,
}: {
  choices: Choices;
  /** The user may edit the budget: only then are budget lines offered (the server asks the same). */
  canBudget?: boolean;
  candidates: PlanCopyAnswer['candidates'];
  /** What the user may create, so may copy. */
  may: { themes: boolean; goals: boolean; pieces: boolean };
  onChange: (c: Choices) => void;
  t: Label;
}) => (
  <Flex direction="column" alignItems="stretch" gap={4}>
    <Box style={{ maxWidth: 420 }}>
      <Field.Root name="dateRule">
        <Field.Label>{t('planCopy.dateRule', 'Dates move to')}</Field.Label>
        <SingleSelect
          value={choices.dateRule}
          onChange={(v: string | number) => onChange({ ...choices, dateRule: String(v) as DateRule })}
          data-testid="plan-copy-date-rule"
        >
          <SingleSelectOption value="iso-week">{t('planCopy.rule.isoWeek', 'The same weekday of the same week number')}</SingleSelectOption>
          <SingleSelectOption value="same-date">{t('planCopy.rule.sameDate', 'The same date (29 Feb becomes 28 Feb)')}</SingleSelectOption>
        </SingleSelect>
      </Field.Root>
    </Box>
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="delta">{t('planCopy.themes', 'Themes')}</Typography>
      {candidates.themes.length === 0 && (
        <Typography textColor="neutral600">{t('planCopy.noThemes', 'No themes start in this year.')}</Typography>
      )}
      {candidates.themes.map((theme) =>
        // A theme that repeats yearly already shows in every year: nothing to copy, so no box to tick.
        theme.repeatsYearly ? (
          <Typography key={theme.documentId} textColor="neutral600" data-testid={`plan-copy-theme-${theme.documentId}`}>
            {theme.name} ({theme.startDate} – {theme.endDate}) · {t('planCopy.recurs', 'already recurs every year')}
          </Typography>
        ) : (
          <Checkbox
            key={theme.documentId}
            checked={may.themes && choices.themes.includes(theme.documentId)}
            disabled={!may.themes}
            onCheckedChange={(on: boolean | 'indeterminate') =>
              onChange({ ...choices, themes: toggle(choices.themes, theme.documentId, on === true) })
            }
            data-testid={`plan-copy-theme-${theme.documentId}`}
          >
            {theme.name} ({theme.startDate} – {theme.endDate})
          </Checkbox>
        )
      )}
    </Flex>
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="delta">{t('planCopy.plan', 'Plan')}</Typography>
      <Checkbox
        checked={choices.planCells}
        onCheckedChange={(on: boolean | 'indeterminate') => onChange({ ...choices, planCells: on === true })}
        data-testid="plan-copy-plan-cells"
      >
        {t('planCopy.planCells', 'Quarterly grid: planned weeks and notes')}
      </Checkbox>
      <Checkbox
        checked={may.goals && choices.goals}
        disabled={!may.goals}
        onCheckedChange={(on: boolean | 'indeterminate') => onChange({ ...choices, goals: on === true })}
        data-testid="plan-copy-goals"
      >
        {t('planCopy.goals', 'Goals and their KPI targets')}
      </Checkbox>
      {canBudget && (
        <Checkbox
          checked={choices.budgetLines}
          onCheckedChange={(on: boolean | 'indeterminate') => onChange({ ...choices, budgetLines: on === true })}
          data-testid="plan-copy-budget-lines"
        >
          {t('planCopy.budgetLines', 'Budget lines: the same months, categories, themes and channels')}
        </Checkbox>
      )}
    </Flex>
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="delta">{t('planCopy.pieces', 'Content pieces as ideas')}</Typography>
      <Typography variant="pi" textColor="neutral600">
        {t('planCopy.piecesHint', 'Each chosen piece becomes a new idea in every language it has, unassigned, on the moved date.')}
      </Typography>
      {candidates.pieces.map((piece) => (
        <Checkbox
          key={piece.documentId}
          checked={may.pieces && choices.pieces.includes(piece.documentId)}
          disabled={!may.pieces}
          onCheckedChange={(on: boolean | 'indeterminate') =>
            onChange({ ...choices, pieces: toggle(choices.pieces, piece.documentId, on === true) })
          }
          data-testid={`plan-copy-piece-${piece.documentId}`}
        >
          {piece.title} ({piece.publishAt?.slice(0, 10) ?? '–'} · {piece.locales.join(', ')})
        </Checkbox>
      ))}
    </Flex>
  </Flex>
);
