import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useTheme } from 'styled-components';
import { FUNNEL_STAGES, FUNNEL_STAGE_LABELS } from '../../../../core/enums';
import type { PlanMonth, PlanRow } from '../../api';
import { ChannelDot } from '../../components/ChannelDot';
import { getTranslation } from '../../utils/getTranslation';
import { useMonthNames } from '../../utils/months';
import { NoteButton } from './NoteButton';

const WEEKS = [0, 1, 2, 3, 4, 5];
const TH = { textAlign: 'left' as const, padding: '6px 8px', fontSize: 12, textTransform: 'uppercase' as const };
const TD = { padding: '4px 8px' };

/** Under-delivery (fewer weeks scheduled than planned) is the planner's problem; over is a note. */
const cellTone = (m: Pick<PlanMonth, 'plannedWeeks' | 'scheduledWeeks'>) =>
  m.scheduledWeeks < m.plannedWeeks ? 'under' : m.scheduledWeeks > m.plannedWeeks ? 'over' : m.plannedWeeks > 0 ? 'met' : 'empty';
const TONE_BG: Record<string, string> = { under: 'danger100', over: 'primary100', met: 'success100', empty: 'neutral0' };

export type CellChange = { plannedWeeks?: number; note?: string | null };

/** One quarter of the grid: rows stage × channel, per month the weeks planned (editable) / scheduled. */
export const QuarterTable = ({
  quarter,
  rows,
  canPlan,
  monthOf,
  savingKey,
  keyOf,
  save,
}: {
  quarter: number;
  rows: PlanRow[];
  canPlan: boolean;
  /** The month as shown: a just-saved cell overlays the loaded one. */
  monthOf: (row: PlanRow, month: number) => PlanMonth;
  savingKey: string | null;
  keyOf: (row: PlanRow, month: number) => string;
  save: (row: PlanRow, month: number, change: CellChange) => void;
}) => {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, fallback: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage: fallback }, values);
  const lang = locale.startsWith('fi') ? 'fi' : 'en';
  const { colors } = useTheme();
  const th = { ...TH, borderBottom: `1px solid ${colors.neutral200}` };
  const td = { ...TD, borderBottom: `1px solid ${colors.neutral150}` };
  const monthNames = useMonthNames('long');
  const monthName = (month: number) => monthNames[month - 1];
  const months = [1, 2, 3].map((i) => (quarter - 1) * 3 + i);
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} data-quarter={quarter}>
      <Typography variant="delta" tag="h3">
        {t('quarter.title', 'Quarter {quarter}', { quarter })}
      </Typography>
      <Box paddingTop={3} style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={th}>{t('quarter.stage', 'Stage')}</th>
              <th style={th}>{t('quarter.channel', 'Tactic / channel')}</th>
              {months.map((m) => (
                <th key={m} style={th}>
                  {monthName(m)}
                </th>
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
                    const label = t('quarter.cellLabel', '{stage}, {channel}, {month}: planned weeks', {
                      stage: FUNNEL_STAGE_LABELS[stage][lang],
                      channel: row.channel.name,
                      month: monthName(month),
                    });
                    return (
                      <td key={month} style={td} data-month={month} data-tone={tone}>
                        <Box background={TONE_BG[tone]} padding={1} hasRadius>
                          <Flex gap={1} alignItems="center">
                            {canPlan ? (
                              <select
                                aria-label={label}
                                value={m.plannedWeeks}
                                disabled={savingKey === keyOf(row, month)}
                                onChange={(e) => save(row, month, { plannedWeeks: Number(e.target.value) })}
                                data-testid="planned-weeks"
                              >
                                {WEEKS.map((w) => (
                                  <option key={w} value={w}>
                                    {w}
                                  </option>
                                ))}
                              </select>
                            ) : (
                              <Typography>{m.plannedWeeks}</Typography>
                            )}
                            <Typography textColor="neutral600">/</Typography>
                            <Typography fontWeight="bold" data-testid="scheduled-weeks">
                              {m.scheduledWeeks}
                            </Typography>
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
};
