import { Alert, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';
import { BUDGET_GROUPINGS, type BudgetCell, type BudgetGrouping } from '../../../../core/budget/budget-report';
import { formatAmount } from '../../../../core/money/money';
import { budgetPaths, useGetBudgetListQuery, useGetBudgetReportQuery, useGetReferenceQuery } from '../../api';
import { SingleFilter } from '../../components/SingleFilter';
import { ViewPage } from '../../components/ViewPage';
import { YearNav } from '../../components/YearNav';
import { useUrlParams } from '../../hooks/useUrlParams';
import { ACTIONS } from '../../permissions';
import { downloadFile } from '../../utils/download';
import { useMonthNames } from '../../utils/months';
import { yearParam } from '../../utils/period';
import { BudgetChart } from './BudgetChart';
import { BudgetForm, type BudgetFormTarget } from './BudgetForm';
import { BudgetItems } from './BudgetItems';
import { BudgetTable, type BudgetTableRow } from './BudgetTable';
import { DeleteBudgetItemDialog, type PendingDelete } from './DeleteBudgetItemDialog';
import { useBudgetText } from './useBudgetText';

const EDIT = [{ action: ACTIONS.budgetEdit, subject: null }];

/**
 * The budget: planned against spent per month, quarter and year, grouped by channel, theme or
 * category, with overspend marked; the year's budget lines and spend entries, editable by those
 * with budget.edit; the same report as CSV.
 */
export const BudgetPage = () => {
  const params = useUrlParams();
  const year = yearParam(params.get('year'), 'Europe/Helsinki');
  const byParam = params.get('by');
  const by: BudgetGrouping = (BUDGET_GROUPINGS as readonly string[]).includes(byParam ?? '') ? (byParam as BudgetGrouping) : 'category';
  const report = useGetBudgetReportQuery({ year, by });
  const list = useGetBudgetListQuery({ year });
  const reference = useGetReferenceQuery();
  const { allowedActions } = useRBAC(EDIT);
  const canEdit = Object.values(allowedActions).some(Boolean);
  const [target, setTarget] = useState<BudgetFormTarget | null>(null);
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null);
  const data = report.data;
  const { t, money, percent, locale } = useBudgetText(data?.currency ?? 'EUR');
  const monthNames = useMonthNames('long');
  const set = (key: string, value: string | null) => params.set({ [key]: value }, { replace: false });
  const name = (key: string | null) =>
    key === null
      ? t('noGroup', 'Not assigned')
      : by === 'category'
        ? t(`category.${key}`, key)
        : (data?.labels[key] ?? t('unknown', 'Deleted'));
  const labelOf = (documentId: string | null) => (documentId ? (data?.labels[documentId] ?? t('unknown', 'Deleted')) : '–');
  const row = (key: string, label: string, cell: BudgetCell, strong = false): BudgetTableRow => ({ key, label, cell, strong });
  const periodRows = data
    ? [
        ...data.totals.months.map((c, i) => row(`M${i + 1}`, monthNames[i], c)),
        ...data.totals.quarters.map((c, i) => row(`Q${i + 1}`, `Q${i + 1}`, c, true)),
        row('year', t('year', 'Year {year}', { year }), data.totals.year, true),
      ]
    : [];
  const groupRows = data
    ? [...data.groups.map((g) => row(g.key ?? 'none', name(g.key), g.year)), row('total', t('total', 'Total'), data.totals.year, true)]
    : [];
  const themes = (reference.data?.themes ?? []).map((th) => ({ value: th.documentId, label: th.name }));
  const channels = (reference.data?.channels ?? []).map((c) => ({ value: c.documentId, label: c.name }));
  const exportCsv = () => void downloadFile(`${budgetPaths.export()}?year=${year}&by=${by}`, `vuosikello-budget-${year}-${by}.csv`);

  return (
    <ViewPage view="budget" loading={report.isLoading} error={report.error ?? list.error}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex gap={2} wrap="wrap" alignItems="flex-end">
          <YearNav year={year} onChange={(y) => set('year', String(y))} />
          <SingleFilter
            name="by"
            label={t('groupBy', 'Group by')}
            value={by}
            onChange={(v) => set('by', v)}
            options={BUDGET_GROUPINGS.map((g) => ({ value: g, label: t(`by.${g}`, g) }))}
          />
          <Button variant="secondary" onClick={exportCsv} data-testid="budget-csv">
            {t('csv', 'Download CSV')}
          </Button>
          {canEdit && (
            <>
              <Button onClick={() => setTarget({ kind: 'line', year })}>{t('addLine', 'Add budget line')}</Button>
              <Button onClick={() => setTarget({ kind: 'entry', year })} data-testid="budget-add-entry">
                {t('addEntry', 'Add spend entry')}
              </Button>
            </>
          )}
        </Flex>
        {data && data.skipped.length > 0 && (
          <Alert variant="warning" closeLabel="×">
            {t('skipped', 'Not included (another currency than {currency}): {list}', {
              currency: data.currency,
              list: data.skipped.map((s) => `${s.currency} ${s.lines + s.entries}`).join(', '),
            })}
          </Alert>
        )}
        {data && (
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
            <Flex justifyContent="space-between" alignItems="baseline" wrap="wrap" gap={2}>
              <Typography variant="delta" tag="h3">
                {t('plannedVsSpent', 'Planned vs spent')}
              </Typography>
              <Typography data-testid="budget-year-total">
                {t('planned', 'Planned')}: {money(data.totals.year.plannedCents)} · {t('spent', 'Spent')}:{' '}
                {money(data.totals.year.spentCents)}
              </Typography>
            </Flex>
            <Flex gap={6} alignItems="flex-start" wrap="wrap" paddingTop={2}>
              <BudgetChart
                months={data.totals.months}
                money={money}
                labels={{ planned: t('planned', 'Planned'), spent: t('spent', 'Spent'), over: t('over', 'Over budget') }}
              />
              <BudgetTable
                rows={periodRows}
                heading={t('period', 'Period')}
                t={t}
                money={money}
                percent={percent}
                testId="budget-periods"
              />
            </Flex>
          </Box>
        )}
        {data && (
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
            <Typography variant="delta" tag="h3">
              {t(`by.${by}`, by)}
            </Typography>
            <BudgetTable rows={groupRows} heading={t(`by.${by}`, by)} t={t} money={money} percent={percent} testId="budget-groups" />
          </Box>
        )}
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
          <Typography variant="delta" tag="h3">
            {t('lines', 'Budget lines')}
          </Typography>
          <BudgetItems
            items={list.data?.lines ?? []}
            when={(l) => `${monthNames[l.month - 1]} ${l.year}`}
            name={labelOf}
            canEdit={canEdit}
            onEdit={(line) => setTarget({ kind: 'line', year, line })}
            onDelete={(line) =>
              setPendingDelete({
                kind: 'line',
                documentId: line.documentId,
                label: `${labelOf(line.themeDocumentId ?? line.channelDocumentId)}, ${monthNames[line.month - 1]} ${line.year}: ${formatAmount(line.amountCents, line.currency, locale)}`,
              })
            }
            t={t}
            money={(c, cur) => formatAmount(c, cur, locale)}
            testId="budget-lines"
          />
        </Box>
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
          <Typography variant="delta" tag="h3">
            {t('entries', 'Spend entries')}
          </Typography>
          <BudgetItems
            items={list.data?.entries ?? []}
            when={(e) => e.date}
            extra={(e) => e.supplier ?? ''}
            name={labelOf}
            canEdit={canEdit}
            onEdit={(entry) => setTarget({ kind: 'entry', year, entry })}
            onDelete={(entry) =>
              setPendingDelete({
                kind: 'entry',
                documentId: entry.documentId,
                label: `${labelOf(entry.themeDocumentId ?? entry.channelDocumentId)}, ${entry.date}: ${formatAmount(entry.amountCents, entry.currency, locale)}`,
              })
            }
            t={t}
            money={(c, cur) => formatAmount(c, cur, locale)}
            testId="budget-entries"
          />
        </Box>
      </Flex>
      <DeleteBudgetItemDialog pending={pendingDelete} onClose={() => setPendingDelete(null)} t={t} />
      {target && (
        <BudgetForm
          key={JSON.stringify(target)}
          target={target}
          onClose={() => setTarget(null)}
          themes={themes}
          channels={channels}
          t={t}
        />
      )}
    </ViewPage>
  );
};
