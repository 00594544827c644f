import { Alert, Box, Button, Field, Flex, NumberInput, Table, Tbody, Td, TextInput, Tr, Typography } from '@strapi/design-system';
import { useFetchClient, useRBAC } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { CONTENT_GOAL_LABELS, FUNNEL_STAGES, FUNNEL_STAGE_LABELS, type ContentGoal } from '../../../../core/enums';
import { KPI_METRICS, kpiMetric } from '../../../../core/planning/kpi-catalogue';
import type { KpiData, KpiRow } from '../../api/plan';
import { apiProblem } from '../../api/problem';
import { useAdminGet } from '../../api/useAdminGet';
import { TableHead } from '../../components/TableHead';
import { ViewPage } from '../../components/ViewPage';
import { useUrlParams } from '../../hooks/useUrlParams';
import { ACTIONS } from '../../permissions';
import { getTranslation } from '../../utils/getTranslation';
import { useMonthNames } from '../../utils/months';
import { yearParam } from '../../utils/period';
import { KpiChart } from './KpiChart';
import { SingleFilter } from '../../components/SingleFilter';
import { YearNav } from '../../components/YearNav';

const PLAN = [{ action: ACTIONS.plan, subject: null }];

/** KPIs per funnel stage (DOMAIN §4): targets set on pieces against measured results, per month; and the SMART goals. */
export const KpisPage = () => {
  const { formatMessage, formatNumber, locale } = useIntl();
  const t = (id: string, fallback: string, values?: Record<string, unknown>) => formatMessage({ id: getTranslation(id), defaultMessage: fallback }, values as any);
  const lang = locale.startsWith('fi') ? 'fi' : 'en';
  const params = useUrlParams();
  const year = yearParam(params.get('year'), 'Europe/Helsinki');
  const stage = params.get('stage') ?? '';
  const channel = params.get('channel') ?? '';
  const query = new URLSearchParams({ year: String(year), ...(stage ? { stage } : {}), ...(channel ? { channel } : {}) });
  const kpis = useAdminGet<{ data: KpiData }>(`/calendar/kpis?${query}`);
  const reference = useAdminGet<{ data: { channels: Array<{ slug: string; name: string }> } }>('/calendar/reference');
  const { allowedActions } = useRBAC(PLAN);
  const data = kpis.data?.data;
  // These filters keep the browser history: Back returns to the previous year or filter.
  const set = (key: string, value: string | null) => params.set({ [key]: value }, { replace: false });
  const byMetric = new Map<string, KpiRow[]>();
  for (const row of data?.rows ?? []) byMetric.set(row.metric, [...(byMetric.get(row.metric) ?? []), row]);
  const label = (metric: string) => kpiMetric(metric)?.label[lang] ?? metric;
  const percent = (v: number | null) => (v === null ? '–' : formatNumber(v, { style: 'percent', maximumFractionDigits: 0 }));
  const num = (v: number | null) => (v === null ? '–' : formatNumber(v, { maximumFractionDigits: 2 }));
  const monthNames = useMonthNames('long');

  return (
    <ViewPage view="kpis">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex gap={2} wrap="wrap" alignItems="flex-end">
          <YearNav year={year} onChange={(y) => set('year', String(y))} />
          <SingleFilter name="stage" label={t('kpis.stage', 'Stage')} anyLabel={t('kpis.all', 'All')} value={stage} onChange={(v) => set('stage', v)}
            options={FUNNEL_STAGES.map((s) => ({ value: s, label: FUNNEL_STAGE_LABELS[s][lang] }))} />
          <SingleFilter name="channel" label={t('kpis.channel', 'Channel')} anyLabel={t('kpis.all', 'All')} value={channel} onChange={(v) => set('channel', v)}
            options={(reference.data?.data.channels ?? []).map((c) => ({ value: c.slug, label: c.name }))} />
        </Flex>
        {kpis.error && <Alert variant="danger" closeLabel="×" title={t('kpis.error', 'Could not load KPIs')}>{kpis.error}</Alert>}
        {data && byMetric.size === 0 && (
          <Typography tag="p">{t('kpis.empty', 'No KPI targets or results for this year and filter yet. Set targets on a content piece (KPI targets) or enter results below.')}</Typography>
        )}
        {[...byMetric.entries()].map(([metric, rows]) => (
          <Box key={metric} background="neutral0" hasRadius shadow="tableShadow" padding={4} data-metric={metric}>
            <Flex justifyContent="space-between" alignItems="baseline">
              <Typography variant="delta" tag="h3">{label(metric)}</Typography>
              <Typography variant="pi" textColor="neutral600">
                {FUNNEL_STAGE_LABELS[rows[0].stage][lang]} · {kpiMetric(metric)?.better === 'lower' ? t('kpis.lowerBetter', 'lower is better') : t('kpis.higherBetter', 'higher is better')}
              </Typography>
            </Flex>
            <Flex gap={6} alignItems="flex-start" wrap="wrap" paddingTop={2}>
              <KpiChart rows={rows} targetLabel={t('kpis.target', 'Target')} resultLabel={t('kpis.result', 'Result')} />
              <Table colCount={4} rowCount={rows.length + 1}>
                <TableHead labels={[t('kpis.month', 'Month'), t('kpis.target', 'Target'), t('kpis.result', 'Result'), t('kpis.attainment', 'Attainment')]} />
                <Tbody>
                  {rows.map((r) => (
                    <Tr key={r.month}>
                      <Td><Typography>{monthNames[r.month - 1]}</Typography></Td>
                      <Td><Typography>{num(r.target)}</Typography></Td>
                      <Td><Typography>{num(r.result)}</Typography></Td>
                      <Td><Typography textColor={r.attainment === null ? 'neutral600' : r.attainment >= 1 ? 'success600' : 'danger600'}>{percent(r.attainment)}</Typography></Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </Flex>
          </Box>
        ))}
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
          <Typography variant="delta" tag="h3">{t('kpis.goals', 'Goals (SMART)')}</Typography>
          <Table colCount={6} rowCount={(data?.goals.length ?? 0) + 1}>
            <TableHead labels={[t('kpis.goal', 'Goal'), '5S', t('kpis.metric', 'Metric'), t('kpis.baselineTarget', 'Baseline → target'), t('kpis.deadline', 'Deadline'), t('kpis.owner', 'Owner')]} />
            <Tbody>
              {(data?.goals ?? []).map((g) => (
                <Tr key={g.id}>
                  <Td><Typography>{g.title}</Typography></Td>
                  <Td><Typography>{CONTENT_GOAL_LABELS[g.contentGoal as ContentGoal]?.[lang] ?? g.contentGoal}</Typography></Td>
                  <Td><Typography>{label(g.metric)}</Typography></Td>
                  <Td><Typography>{num(g.baseline)} → {num(g.target)}</Typography></Td>
                  <Td><Typography>{g.deadline}</Typography></Td>
                  <Td><Typography>{g.owner ?? '–'}</Typography></Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Box>
        {allowedActions.canPlan && data && <ResultForm pieces={data.pieces} year={year} onSaved={kpis.reload} />}
      </Flex>
    </ViewPage>
  );
};

/** Enter a measured result by hand (integrations post the same through the API). */
const ResultForm = ({ pieces, year, onSaved }: { pieces: KpiData['pieces']; year: number; onSaved: () => void }) => {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, fallback: string) => formatMessage({ id: getTranslation(id), defaultMessage: fallback });
  const lang = locale.startsWith('fi') ? 'fi' : 'en';
  const { post } = useFetchClient();
  const [piece, setPiece] = useState('');
  const [metric, setMetric] = useState('');
  const [period, setPeriod] = useState(`${year}-01`);
  const [value, setValue] = useState<number | undefined>();
  const [message, setMessage] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  useEffect(() => setPeriod((p) => `${year}-${p.slice(5, 7) || '01'}`), [year]);
  const submit = async () => {
    try {
      await post('/calendar/kpi-results', { piece, metric, period, value });
      setMessage({ kind: 'success', text: t('kpis.saved', 'Result saved.') });
      onSaved();
    } catch (err: any) {
      setMessage({ kind: 'danger', text: apiProblem(err).message });
    }
  };
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
      <Typography variant="delta" tag="h3">{t('kpis.enter', 'Enter a result')}</Typography>
      {message && <Alert variant={message.kind} closeLabel="×" onClose={() => setMessage(null)}>{message.text}</Alert>}
      <Flex gap={2} wrap="wrap" alignItems="flex-end" paddingTop={2}>
        <SingleFilter name="piece" label={t('kpis.piece', 'Content piece')} anyLabel="–" value={piece} onChange={(v) => setPiece(v ?? '')} options={pieces.map((p) => ({ value: p.documentId, label: p.title }))} />
        <SingleFilter name="metric" label={t('kpis.metric', 'Metric')} anyLabel="–" value={metric} onChange={(v) => setMetric(v ?? '')}
          options={KPI_METRICS.map((m) => ({ value: m.key, label: `${FUNNEL_STAGE_LABELS[m.stage][lang]}: ${m.label[lang]}` }))} />
        <Field.Root name="period">
          <Field.Label>{t('kpis.period', 'Month (YYYY-MM)')}</Field.Label>
          <TextInput value={period} onChange={(e: any) => setPeriod(e.target.value)} />
        </Field.Root>
        <Field.Root name="value">
          <Field.Label>{t('kpis.value', 'Value')}</Field.Label>
          <NumberInput value={value} onValueChange={(v: number | undefined) => setValue(v)} />
        </Field.Root>
        <Button onClick={submit} disabled={!piece || !metric || value === undefined}>{t('kpis.save', 'Save result')}</Button>
      </Flex>
    </Box>
  );
};


