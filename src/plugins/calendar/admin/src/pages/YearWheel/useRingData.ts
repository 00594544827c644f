/**
 * The data of the wheel's budget and competitor rings, for each calendar year the frame touches
 * (a wheel from August spans two). The budget is fetched only for users who may read it — the
 * others get no ring and no forbidden request — and competitors only while their ring is chosen.
 */
import { useRBAC } from '@strapi/strapi/admin';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { observationRingMarks, type RingMark } from '../../../../core/contracts/competitors';
import type { BudgetUseLevel } from '../../../../core/budget/budget-color';
import { formatAmount } from '../../../../core/money/money';
import { frameYears, type WheelFrame } from '../../../../core/wheel-frame';
import { useGetBudgetThemeUseQuery } from '../../api/endpoints/budget';
import { useGetCompetitorWheelQuery } from '../../api/endpoints/competitors';
import type { ThemeRef } from '../../api/types';
import { ACTIONS } from '../../permissions';
import { getTranslation } from '../../utils/getTranslation';
import type { BudgetRingData, BudgetRingLabel, BudgetYearUse } from './budgetRing';

const BUDGET_READ = [{ action: ACTIONS.budgetRead, subject: null }];
const NO_MARKS: RingMark[] = [];

export function useRingData(frame: WheelFrame, themes: readonly ThemeRef[], competitorsShown: boolean) {
  const { formatMessage, formatNumber, locale } = useIntl();
  const { allowedActions, isLoading } = useRBAC(BUDGET_READ);
  const canBudget = !isLoading && Object.values(allowedActions).some(Boolean);
  const [first, second] = frameYears(frame);
  const twoYears = second !== undefined;
  const budget1 = useGetBudgetThemeUseQuery({ year: first }, { skip: !canBudget });
  const budget2 = useGetBudgetThemeUseQuery({ year: second ?? first }, { skip: !canBudget || !twoYears });
  const wheel1 = useGetCompetitorWheelQuery(first, { skip: !competitorsShown });
  const wheel2 = useGetCompetitorWheelQuery(second ?? first, { skip: !competitorsShown || !twoYears });

  const label = ({ theme, use, currency }: BudgetRingLabel): string => {
    const t = (id: string, fallback: string, values: Record<string, string>) =>
      formatMessage({ id: getTranslation(`wheel.budget.${id}`), defaultMessage: fallback }, values);
    if (!use) return t('none', '{theme}: no budget', { theme });
    const spent = formatAmount(use.spentCents, currency, locale);
    if (use.use === null) return t('unplanned', '{theme}: {spent} spent, nothing planned', { theme, spent });
    return t('use', '{theme}: {percent} of budget ({spent} / {planned})', {
      theme,
      percent: formatNumber(use.use, { style: 'percent', maximumFractionDigits: 0 }),
      spent,
      planned: formatAmount(use.plannedCents, currency, locale),
    });
  };

  const years = useMemo(
    () => [budget1.data, twoYears ? budget2.data : undefined].flatMap((y): BudgetYearUse[] => (y ? [y] : [])),
    [budget1.data, budget2.data, twoYears]
  );
  const budget: BudgetRingData | undefined = canBudget ? { frame, themes, years, label } : undefined;

  const competitors = useMemo(() => {
    if (!competitorsShown) return NO_MARKS;
    const answers = [wheel1.data, twoYears ? wheel2.data : undefined].flatMap((w) => (w ? [w] : []));
    // Marks of active competitors only: a competitor no longer followed leaves the ring.
    return answers.flatMap((w) =>
      observationRingMarks(
        w.observations,
        w.competitors.filter((c) => c.active),
        { year: w.year }
      )
    );
  }, [competitorsShown, wheel1.data, wheel2.data, twoYears]);

  const levelLabel = (level: BudgetUseLevel) =>
    formatMessage({ id: getTranslation(`wheel.budget.level.${level}`), defaultMessage: LEVEL_TEXT[level] });
  return { budget, competitors, levelLabel };
}

const LEVEL_TEXT: Record<BudgetUseLevel, string> = {
  under: 'under 90 % spent',
  near: '90–100 % spent',
  over: 'over budget',
  none: 'no budget',
};
