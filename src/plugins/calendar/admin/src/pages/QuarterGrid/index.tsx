import { Alert, Box, Button, Flex, Typography } from '@strapi/design-system';
import { Download, FilePdf } from '@strapi/icons';
import { useFetchClient, useRBAC } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useTheme } from 'styled-components';
import { FUNNEL_STAGES, FUNNEL_STAGE_LABELS } from '../../../../core/enums';
import type { PlanGrid, PlanMonth, PlanRow } from '../../api/plan';
import { apiProblem } from '../../api/problem';
import { useAdminGet } from '../../api/useAdminGet';
import { ChannelDot } from '../../components/ChannelDot';
import { ViewPage } from '../../components/ViewPage';
import { YearNav } from '../../components/YearNav';
import { useUrlParams } from '../../hooks/useUrlParams';
import { ACTIONS } from '../../permissions';
import { downloadFile } from '../../utils/download';
import { getTranslation } from '../../utils/getTranslation';
import { useMonthNames } from '../../utils/months';
import { yearParam } from '../../utils/period';
import { NoteButton } from './NoteButton';
import { TacticsPanel } from './TacticsPanel';

const PLAN = [{ action: ACTIONS.plan, subject: null }];
const QUARTERS = [1, 2, 3, 4];
const WEEKS = [0, 1, 2, 3, 4, 5];

/** Under-delivery (fewer weeks scheduled than planned) is the planner's problem; over is a note. */
const cellTone = (m: Pick<PlanMonth, 'plannedWeeks' | 'scheduledWeeks'>) =>
  m.scheduledWeeks < m.plannedWeeks ? 'under' : m.scheduledWeeks > m.plannedWeeks ? 'over' : m.plannedWeeks > 0 ? 'met' : 'empty';
const TONE_BG: Record<string, string> = { under: 'danger100', over: 'primary100', met: 'success100', empty: 'neutral0' };

/**
 * The quarterly grid: per quarter, rows stage × channel and for each month the weeks
 * planned (editable) against the weeks scheduled, highlighted when they differ.
 */
export const QuarterGridPage = () => {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, fallback: string, values?: Record<string, unknown>) => formatMessage({ id: getTranslation(id), defaultMessage: fallback }, values as any);
  const lang = locale.startsWith('fi') ? 'fi' : 'en';
  const { colors } = useTheme();
  const th = { ...TH, borderBottom: `1px solid ${colors.neutral200}` };
  const td = { ...TD, borderBottom: `1px solid ${colors.neutral150}` };
  const params = useUrlParams();
  const year = yearParam(params.get('year'), 'Europe/Helsinki');
  const grid = useAdminGet<{ data: PlanGrid }>(`/calendar/plan?year=${year}`);
  const { allowedActions } = useRBAC(PLAN);
  const canPlan = Boolean(allowedActions.canPlan);
  const { put } = useFetchClient();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<Record<string, PlanMonth>>({});
  const [saving, setSaving] = useState<string | null>(null);
  const [hideEmpty, setHideEmpty] = useState(false);
  // Saved cells overlay the loaded grid until the next load (another year, a reload after a 409).
  useEffect(() => setSaved({}), [grid.data]);

  const key = (row: PlanRow, month: number) => `${year}|${row.funnelStage}|${row.channel.slug}|${month}`;
  const monthOf = (row: PlanRow, month: number) => saved[key(row, month)] ?? row.months[month - 1];
  const monthNames = useMonthNames('long');
  const monthName = (month: number) => monthNames[month - 1];

  async function save(row: PlanRow, month: number, change: { plannedWeeks?: number; note?: string | null }) {
    const current = monthOf(row, month);
    setError(null);
    setSaving(key(row, month));
    try {
      const res: any = await put('/calendar/plan', {
        year,
        month,
        funnelStage: row.funnelStage,
        channel: row.channel.slug,
        plannedWeeks: change.plannedWeeks ?? current.plannedWeeks,
        ...(change.note !== undefined ? { note: change.note } : {}),
        expectedUpdatedAt: current.updatedAt,
      });
      setSaved((s) => ({ ...s, [key(row, month)]: res.data.data }));
    } catch (err: any) {
      const problem = apiProblem(err);
      setError(problem.message);
      if (problem.status === 409) grid.reload();
    } finally {
      setSaving(null);
    }
  }

  const rows = (grid.data?.data.rows ?? []).filter(
    (row) => !hideEmpty || row.months.some((m, i) => monthOf(row, i + 1).plannedWeeks > 0 || m.scheduledWeeks > 0)
  );

  return (
    <ViewPage view="quarter">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex gap={2} wrap="wrap" className="vk-no-print">
          <YearNav year={year} onChange={(y) => params.set({ year: String(y) }, { replace: false })} />
          <Button variant={hideEmpty ? 'secondary' : 'tertiary'} onClick={() => setHideEmpty((h) => !h)}>
            {hideEmpty ? t('quarter.showAll', 'Show all rows') : t('quarter.hideEmpty', 'Hide empty rows')}
          </Button>
          <Button variant="tertiary" startIcon={<Download />} onClick={() => downloadFile(`/calendar/plan/export?year=${year}&format=csv`, `vuosikello-plan-${year}.csv`).catch((e) => setError(e.message))}>
            {t('quarter.exportCsv', 'Export CSV')}
          </Button>
          <Button variant="tertiary" startIcon={<FilePdf />} onClick={() => window.print()}>
            {t('quarter.print', 'Print')}
          </Button>
        </Flex>
        <Typography variant="pi" textColor="neutral600">
          {t('quarter.legend', 'Each cell: weeks planned / weeks scheduled (weeks of the month with at least one occurrence of the stage on the channel). Red: fewer scheduled than planned; blue: more; green: as planned.')}
        </Typography>
        {error && <Alert variant="danger" closeLabel="×" onClose={() => setError(null)} title={t('quarter.error', 'Not saved')}>{error}</Alert>}
        {grid.error && <Alert variant="danger" closeLabel="×" title={t('quarter.loadError', 'Could not load the plan')}>{grid.error}</Alert>}
        <Flex alignItems="flex-start" gap={4}>
          <Flex direction="column" alignItems="stretch" gap={6} style={{ flex: 1, minWidth: 0 }}>
            {QUARTERS.map((quarter) => {
              const months = [1, 2, 3].map((i) => (quarter - 1) * 3 + i);
              return (
                <Box key={quarter} background="neutral0" hasRadius shadow="tableShadow" padding={4} data-quarter={quarter}>
                  <Typography variant="delta" tag="h3">{t('quarter.title', 'Quarter {quarter}', { quarter })}</Typography>
                  <Box paddingTop={3} style={{ overflowX: 'auto' }}>
                    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
                      <thead>
                        <tr>
                          <th style={th}>{t('quarter.stage', 'Stage')}</th>
                          <th style={th}>{t('quarter.channel', 'Tactic / channel')}</th>
                          {months.map((m) => (
                            <th key={m} style={th}>{monthName(m)}</th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {FUNNEL_STAGES.flatMap((stage) => {
                          const stageRows = rows.filter((r) => r.funnelStage === stage);
                          return stageRows.map((row, index) => (
                            <tr key={`${stage}-${row.channel.slug}`} data-row={`${stage}|${row.channel.slug}`}>
                              {index === 0 && (
                                <td rowSpan={stageRows.length} style={{ ...td, fontWeight: 600, verticalAlign: 'top' }}>
                                  {FUNNEL_STAGE_LABELS[stage][lang]}
                                </td>
                              )}
                              <td style={td}>
                                <Flex gap={1} alignItems="center">
                                  <ChannelDot $color={row.channel.color} />
                                  <Typography>{row.channel.name}</Typography>
                                </Flex>
                              </td>
                              {months.map((month) => {
                                const m = monthOf(row, month);
                                const tone = cellTone(m);
                                const label = t('quarter.cellLabel', '{stage}, {channel}, {month}: planned weeks', { stage: FUNNEL_STAGE_LABELS[stage][lang], channel: row.channel.name, month: monthName(month) });
                                return (
                                  <td key={month} style={td} data-month={month} data-tone={tone}>
                                    <Box background={TONE_BG[tone]} padding={1} hasRadius>
                                      <Flex gap={1} alignItems="center">
                                        {canPlan ? (
                                          <select
                                            aria-label={label}
                                            value={m.plannedWeeks}
                                            disabled={saving === key(row, month)}
                                            onChange={(e) => save(row, month, { plannedWeeks: Number(e.target.value) })}
                                            data-testid="planned-weeks"
                                          >
                                            {WEEKS.map((w) => (
                                              <option key={w} value={w}>{w}</option>
                                            ))}
                                          </select>
                                        ) : (
                                          <Typography>{m.plannedWeeks}</Typography>
                                        )}
                                        <Typography textColor="neutral600">/</Typography>
                                        <Typography fontWeight="bold" data-testid="scheduled-weeks">{m.scheduledWeeks}</Typography>
                                        <NoteButton note={m.note} canEdit={canPlan} label={label} onSave={(note) => save(row, month, { note })} />
                                      </Flex>
                                    </Box>
                                  </td>
                                );
                              })}
                            </tr>
                          ));
                        })}
                      </tbody>
                    </table>
                  </Box>
                </Box>
              );
            })}
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

const TH = { textAlign: 'left' as const, padding: '6px 8px', fontSize: 12, textTransform: 'uppercase' as const };
const TD = { padding: '4px 8px' };
