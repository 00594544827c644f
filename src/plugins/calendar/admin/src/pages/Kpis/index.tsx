import { Box, Flex, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { CONTENT_GOAL_LABELS, FUNNEL_STAGES, FUNNEL_STAGE_LABELS, type ContentGoal } from '../../../../core/enums';
import { kpiMetric } from '../../../../core/planning/kpi-catalogue';
import { useGetKpisQuery, useGetReferenceQuery, type KpiQuery, type KpiRow } from '../../api';
import { TableHead } from '../../components/TableHead';
import { ViewPage } from '../../components/ViewPage';
import { useUrlParams } from '../../hooks/useUrlParams';
import { ACTIONS } from '../../permissions';
import { getTranslation } from '../../utils/getTranslation';
import { useMonthNames } from '../../utils/months';
import { yearParam } from '../../utils/period';
import { KpiChart } from './KpiChart';
import { ResultForm } from './ResultForm';
import { SingleFilter } from '../../components/SingleFilter';
import { YearNav } from '../../components/YearNav';

const PLAN = [{ action: ACTIONS.plan, subject: null }];

/** KPIs per funnel stage (DOMAIN §4): targets set on pieces against measured results, per month; and the SMART goals. */
export const KpisPage = () => {
  const { formatMessage, formatNumber, locale } = useIntl();
  const t = (id: string, fallback: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage: fallback }, values);
  const lang = locale.startsWith('fi') ? 'fi' : 'en';
  const params = useUrlParams();
  const year = yearParam(params.get('year'), 'Europe/Helsinki');
  const stage = params.get('stage') ?? '';
  const channel = params.get('channel') ?? '';
  const kpis = useGetKpisQuery({ year, ...(stage ? { stage } : {}), ...(channel ? { channel } : {}) } as KpiQuery);
  const reference = useGetReferenceQuery();
  const { allowedActions } = useRBAC(PLAN);
  const data = kpis.data;
  // These filters keep the browser history: Back returns to the previous year or filter.
  const set = (key: string, value: string | null) => params.set({ [key]: value }, { replace: false });
  const byMetric = new Map<string, KpiRow[]>();
  for (const row of data?.rows ?? []) byMetric.set(row.metric, [...(byMetric.get(row.metric) ?? []), row]);
  const label = (metric: string) => kpiMetric(metric)?.label[lang] ?? metric;
  const percent = (v: number | null) => (v === null ? '–' : formatNumber(v, { style: 'percent', maximumFractionDigits: 0 }));
  const num = (v: number | null) => (v === null ? '–' : formatNumber(v, { maximumFractionDigits: 2 }));
  const monthNames = useMonthNames('long');

  return (
    <ViewPage view="kpis" loading={kpis.isLoading} error={kpis.error}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex gap={2} wrap="wrap" alignItems="flex-end">
          <YearNav year={year} onChange={(y) => set('year', String(y))} />
          <SingleFilter
            name="stage"
            label={t('kpis.stage', 'Stage')}
            anyLabel={t('kpis.all', 'All')}
            value={stage}
            onChange={(v) => set('stage', v)}
            options={FUNNEL_STAGES.map((s) => ({ value: s, label: FUNNEL_STAGE_LABELS[s][lang] }))}
          />
          <SingleFilter
            name="channel"
            label={t('kpis.channel', 'Channel')}
            anyLabel={t('kpis.all', 'All')}
            value={channel}
            onChange={(v) => set('channel', v)}
            options={(reference.data?.channels ?? []).map((c) => ({ value: c.slug, label: c.name }))}
          />
        </Flex>
        {data && byMetric.size === 0 && (
          <Typography tag="p">
            {t(
              'kpis.empty',
              'No KPI targets or results for this year and filter yet. Set targets on a content piece (KPI targets) or enter results below.'
            )}
          </Typography>
        )}
        {[...byMetric.entries()].map(([metric, rows]) => (
          <Box key={metric} background="neutral0" hasRadius shadow="tableShadow" padding={4} data-metric={metric}>
            <Flex justifyContent="space-between" alignItems="baseline">
              <Typography variant="delta" tag="h3">
                {label(metric)}
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                {FUNNEL_STAGE_LABELS[rows[0].stage][lang]} ·{' '}
                {kpiMetric(metric)?.better === 'lower'
                  ? t('kpis.lowerBetter', 'lower is better')
                  : t('kpis.higherBetter', 'higher is better')}
              </Typography>
            </Flex>
            <Flex gap={6} alignItems="flex-start" wrap="wrap" paddingTop={2}>
              <KpiChart rows={rows} targetLabel={t('kpis.target', 'Target')} resultLabel={t('kpis.result', 'Result')} />
              <Table colCount={4} rowCount={rows.length + 1}>
                <TableHead
                  labels={[
                    t('kpis.month', 'Month'),
                    t('kpis.target', 'Target'),
                    t('kpis.result', 'Result'),
                    t('kpis.attainment', 'Attainment'),
                  ]}
                />
                <Tbody>
                  {rows.map((r) => (
                    <Tr key={r.month}>
                      <Td>
                        <Typography>{monthNames[r.month - 1]}</Typography>
                      </Td>
                      <Td>
                        <Typography>{num(r.target)}</Typography>
                      </Td>
                      <Td>
                        <Typography>{num(r.result)}</Typography>
                      </Td>
                      <Td>
                        <Typography textColor={r.attainment === null ? 'neutral600' : r.attainment >= 1 ? 'success600' : 'danger600'}>
                          {percent(r.attainment)}
                        </Typography>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </Flex>
          </Box>
        ))}
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
          <Typography variant="delta" tag="h3">
            {t('kpis.goals', 'Goals (SMART)')}
          </Typography>
          <Table colCount={6} rowCount={(data?.goals.length ?? 0) + 1}>
            <TableHead
              labels={[
                t('kpis.goal', 'Goal'),
                '5S',
                t('kpis.metric', 'Metric'),
                t('kpis.baselineTarget', 'Baseline → target'),
                t('kpis.deadline', 'Deadline'),
                t('kpis.owner', 'Owner'),
              ]}
            />
            <Tbody>
              {(data?.goals ?? []).map((g) => (
                <Tr key={g.id}>
                  <Td>
                    <Typography>{g.title}</Typography>
                  </Td>
                  <Td>
                    <Typography>{CONTENT_GOAL_LABELS[g.contentGoal as ContentGoal]?.[lang] ?? g.contentGoal}</Typography>
                  </Td>
                  <Td>
                    <Typography>{label(g.metric)}</Typography>
                  </Td>
                  <Td>
                    <Typography>
                      {num(g.baseline)} → {num(g.target)}
                    </Typography>
                  </Td>
                  <Td>
                    <Typography>{g.deadline}</Typography>
                  </Td>
                  <Td>
                    <Typography>{g.owner ?? '–'}</Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Box>
        {allowedActions.canPlan && data && <ResultForm pieces={data.pieces} year={year} />}
      </Flex>
    </ViewPage>
  );
};
