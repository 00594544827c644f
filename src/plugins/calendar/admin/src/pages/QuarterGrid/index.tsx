import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Download, FilePdf } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useGetPlanGridQuery, useSavePlanCellMutation, type PlanCellInput, type PlanMonth, type PlanRow } from '../../api';
import { PlanCopyLink } from '../../components/PlanCopyLink';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ViewPage } from '../../components/ViewPage';
import { YearNav } from '../../components/YearNav';
import { useProblemOf, type Problem } from '../../hooks/useProblemOf';
import { useUrlParams } from '../../hooks/useUrlParams';
import { ACTIONS } from '../../permissions';
import { downloadFile } from '../../utils/download';
import { getTranslation } from '../../utils/getTranslation';
import { yearParam } from '../../utils/period';
import { QuarterTable, type CellChange } from './QuarterTable';
import { TacticsPanel } from './TacticsPanel';

const PLAN = [{ action: ACTIONS.plan, subject: null }];
const QUARTERS = [1, 2, 3, 4];

/**
 * The quarterly grid: per quarter, rows stage × channel and for each month the weeks
 * planned (editable) against the weeks scheduled, highlighted when they differ.
 */
export const QuarterGridPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, fallback: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage: fallback }, values);
  const params = useUrlParams();
  const year = yearParam(params.get('year'), 'Europe/Helsinki');
  const grid = useGetPlanGridQuery(year);
  const [savePlanCell] = useSavePlanCellMutation();
  const problemOf = useProblemOf();
  const { allowedActions } = useRBAC(PLAN);
  const canPlan = Boolean(allowedActions.canPlan);
  const [error, setError] = useState<Problem | null>(null);
  const [saved, setSaved] = useState<Record<string, PlanMonth>>({});
  const [saving, setSaving] = useState<string | null>(null);
  const [hideEmpty, setHideEmpty] = useState(false);
  // Saved cells overlay the loaded grid until the refetch the save invalidates (also after a 409) arrives.
  const [savedFor, setSavedFor] = useState(grid.data);
  if (savedFor !== grid.data) {
    setSavedFor(grid.data);
    setSaved({});
  }

  const key = (row: PlanRow, month: number) => `${year}|${row.funnelStage}|${row.channel.slug}|${month}`;
  const monthOf = (row: PlanRow, month: number) => saved[key(row, month)] ?? row.months[month - 1];

  async function save(row: PlanRow, month: number, change: CellChange) {
    const current = monthOf(row, month);
    setError(null);
    setSaving(key(row, month));
    const result = await savePlanCell({
      year,
      month,
      funnelStage: row.funnelStage as PlanCellInput['funnelStage'],
      channel: row.channel.slug,
      plannedWeeks: change.plannedWeeks ?? current.plannedWeeks,
      ...(change.note !== undefined ? { note: change.note } : {}),
      expectedUpdatedAt: current.updatedAt,
    });
    setSaving(null);
    if ('error' in result) setError(problemOf(result.error) ?? null);
    else setSaved((s) => ({ ...s, [key(row, month)]: result.data }));
  }

  const rows = (grid.data?.rows ?? []).filter(
    (row) => !hideEmpty || row.months.some((m, i) => monthOf(row, i + 1).plannedWeeks > 0 || m.scheduledWeeks > 0)
  );

  return (
    <ViewPage view="quarter" loading={grid.isLoading} error={grid.error}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex gap={2} wrap="wrap" className="vk-no-print">
          <YearNav year={year} onChange={(y) => params.set({ year: String(y) }, { replace: false })} />
          <Button variant={hideEmpty ? 'secondary' : 'tertiary'} onClick={() => setHideEmpty((h) => !h)}>
            {hideEmpty ? t('quarter.showAll', 'Show all rows') : t('quarter.hideEmpty', 'Hide empty rows')}
          </Button>
          <Button
            variant="tertiary"
            startIcon={<Download />}
            onClick={() =>
              downloadFile(`/calendar/plan/export?year=${year}&format=csv`, `vuosikello-plan-${year}.csv`).catch((e) =>
                setError({ status: undefined, message: e.message })
              )
            }
          >
            {t('quarter.exportCsv', 'Export CSV')}
          </Button>
          <Button variant="tertiary" startIcon={<FilePdf />} onClick={() => window.print()}>
            {t('quarter.print', 'Print')}
          </Button>
          <PlanCopyLink year={year} />
        </Flex>
        <Typography variant="pi" textColor="neutral600">
          {t(
            'quarter.legend',
            'Each cell: weeks planned / weeks scheduled (weeks of the month with at least one occurrence of the stage on the channel). Red: fewer scheduled than planned; blue: more; green: as planned.'
          )}
        </Typography>
        <ProblemAlert problem={error ?? undefined} onClose={() => setError(null)} testId="plan-problem" />
        <Flex alignItems="flex-start" gap={4}>
          <Flex direction="column" alignItems="stretch" gap={6} style={{ flex: 1, minWidth: 0 }}>
            {QUARTERS.map((quarter) => (
              <QuarterTable
                key={quarter}
                quarter={quarter}
                rows={rows}
                canPlan={canPlan}
                monthOf={monthOf}
                savingKey={saving}
                keyOf={key}
                save={(row, month, change) => void save(row, month, change)}
              />
            ))}
          </Flex>
          <Box className="vk-no-print" style={{ width: 360, flexShrink: 0 }}>
            <TacticsPanel />
          </Box>
        </Flex>
      </Flex>
      <style>{'@media print { .vk-no-print, nav, header button { display: none !important; } }'}</style>
    </ViewPage>
  );
};
