import { Box, Button, Checkbox, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { FilePdf } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { zoomParam, type WheelZoom } from '../../../../core/wheel-frame';

export interface RingToggle {
  id: string;
  label: string;
  shown: boolean;
}

/**
 * Plandisc-style options, all kept in the URL: the month the wheel starts at (a fiscal or school
 * year), a zoom to one quarter or month, which rings are drawn, and printing on A3.
 */
export const WheelOptions = ({
  startMonth,
  zoom,
  rings,
  onStartMonth,
  onZoom,
  onRing,
  onPrint,
  t,
}: {
  startMonth: number;
  zoom: WheelZoom;
  rings: RingToggle[];
  onStartMonth: (month: number) => void;
  onZoom: (zoom: string | null) => void;
  onRing: (id: string, shown: boolean) => void;
  onPrint: () => void;
  t: (id: string, fallback: string, values?: Record<string, string | number>) => string;
}) => {
  const { formatDate } = useIntl();
  const monthName = (m: number) => formatDate(Date.UTC(2026, m - 1, 15), { month: 'long', timeZone: 'UTC' });
  // The wheel's months in its own order, for the month zoom.
  const wheelMonths = Array.from({ length: 12 }, (_, i) => ((startMonth - 1 + i) % 12) + 1);
  return (
    <Flex gap={3} wrap="wrap" alignItems="flex-end" data-testid="wheel-options" className="wheel-no-print">
      <Box width="190px">
        <Typography variant="pi" fontWeight="bold" tag="label" id="wheel-start-label">
          {t('startMonth', 'Starts in')}
        </Typography>
        <SingleSelect
          aria-labelledby="wheel-start-label"
          value={String(startMonth)}
          onChange={(v: string | number) => onStartMonth(Number(v))}
          data-testid="wheel-start"
        >
          {Array.from({ length: 12 }, (_, i) => (
            <SingleSelectOption key={i} value={String(i + 1)}>
              {monthName(i + 1)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Box>
      <Box width="190px">
        <Typography variant="pi" fontWeight="bold" tag="label" id="wheel-zoom-label">
          {t('zoom', 'Zoom')}
        </Typography>
        <SingleSelect
          aria-labelledby="wheel-zoom-label"
          value={zoomParam(zoom) ?? 'year'}
          onChange={(v: string | number) => onZoom(v === 'year' ? null : String(v))}
          data-testid="wheel-zoom"
        >
          <SingleSelectOption value="year">{t('zoomYear', 'Whole year')}</SingleSelectOption>
          {[1, 2, 3, 4].map((q) => (
            <SingleSelectOption key={q} value={`q${q}`}>
              {t('zoomQuarter', 'Quarter {quarter}', { quarter: q })}
            </SingleSelectOption>
          ))}
          {wheelMonths.map((m) => (
            <SingleSelectOption key={m} value={`m${m}`}>
              {monthName(m)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Box>
      <Flex gap={3} wrap="wrap" paddingBottom={2} role="group" aria-label={t('ringsShown', 'Rings shown')}>
        {rings.map((r) => (
          <Checkbox
            key={r.id}
            checked={r.shown}
            onCheckedChange={(c: boolean | 'indeterminate') => onRing(r.id, c === true)}
            data-ring-toggle={r.id}
          >
            {r.label}
          </Checkbox>
        ))}
      </Flex>
      <Button variant="secondary" startIcon={<FilePdf />} onClick={onPrint} data-testid="wheel-print">
        {t('print', 'Print (A3)')}
      </Button>
    </Flex>
  );
};
