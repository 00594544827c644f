import { Box, Button, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useMemo, useRef } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import { FUNNEL_STAGES } from '../../../../core/enums';
import { instantToLocal } from '../../../../core/time';
import {
  angleOfDay,
  annularSector,
  assignRings,
  bucketMarks,
  clipToYear,
  dayOfYear,
  daysInYear,
  polar,
  spanInYear,
} from '../../../../core/wheel-geometry';
import { pieceEditPath } from '../../api/editorial';
import type { AdminOccurrence } from '../../api/occurrences';
import { RangeNav } from '../../components/RangeNav';
import { ViewPage } from '../../components/ViewPage';
import { useCalendarView } from '../../hooks/useCalendarView';
import { saveBlob } from '../../utils/download';
import { getTranslation } from '../../utils/getTranslation';
import { yearParam } from '../../utils/period';

const SIZE = 1000;
const C = SIZE / 2;
const THEME_OUTER = 455;
const THEME_RING = 16;
const MARKS_OUTER = 385;
const MARKS_INNER = 175;
const STAGE_COLORS: Record<string, string> = { reach: '#4C9AFF', act: '#2DA44E', convert: '#F0A000', engage: '#E86FB5' };


/** The annual clock: themes on outer rings, occurrences as marks grouped by channel or stage. */
export const YearWheelPage = () => {
  const { formatMessage, formatDate } = useIntl();
  const navigate = useNavigate();
  const svgRef = useRef<SVGSVGElement>(null);
  const view = useCalendarView((params, zone) => {
    const year = yearParam(params.get('year'), zone);
    return { from: `${year}-01-01`, to: `${year}-12-31` };
  });
  const year = yearParam(view.params.get('year'), view.zone);
  const groupBy = view.params.get('groupBy') === 'stage' ? 'stage' : 'channel';
  const t = (id: string, fallback: string) => formatMessage({ id: getTranslation(`wheel.${id}`), defaultMessage: fallback });
  const days = daysInYear(year);

  const themes = useMemo(() => {
    const spans = (view.ref?.themes ?? [])
      .map((theme) => ({ theme, range: clipToYear(spanInYear({ start: theme.startDate, end: theme.endDate, repeatsYearly: theme.repeatsYearly }, year), year) }))
      .filter((s): s is { theme: NonNullable<typeof s.theme>; range: [number, number] } => s.range !== null);
    const rings = assignRings(spans.map((s) => ({ id: s.theme.slug, from: s.range[0], to: s.range[1] })));
    return spans.map((s) => ({ ...s, ring: rings.get(s.theme.slug) ?? 0 }));
  }, [view.ref, year]);

  const groups = useMemo(() => {
    const keys =
      groupBy === 'stage'
        ? FUNNEL_STAGES.map((s) => ({ key: s, label: formatMessage({ id: getTranslation(`stage.${s}`), defaultMessage: s }), color: STAGE_COLORS[s] }))
        : (view.ref?.channels ?? []).map((c) => ({ key: c.slug, label: c.name, color: c.color ?? '#8e8ea9' }));
    const items = new Map<string, Array<{ day: number; item: AdminOccurrence }>>(keys.map((k) => [k.key, []]));
    const NONE = '-';
    for (const occurrence of view.feed.data?.data ?? []) {
      const day = dayOfYear(instantToLocal(new Date(occurrence.start!), view.zone));
      const key = groupBy === 'stage' ? occurrence.funnelStage : (occurrence.channels[0] ?? NONE);
      if (!items.has(key)) items.set(key, []);
      items.get(key)!.push({ day, item: occurrence });
    }
    // Pieces on no channel (or an unknown one) get a ring of their own rather than vanishing.
    const extra = [...items.keys()].filter((key) => !keys.some((k) => k.key === key));
    const all = [...keys, ...extra.map((key) => ({ key, label: key === NONE ? t('noChannel', 'No channel') : key, color: '#a5a5ba' }))];
    return all.filter((k) => (items.get(k.key) ?? []).length > 0 || groupBy === 'stage').map((k) => ({ ...k, marks: bucketMarks(items.get(k.key) ?? []) }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view.feed.data, view.ref, groupBy, view.zone]);

  const ringWidth = groups.length ? (MARKS_OUTER - MARKS_INNER) / groups.length : 0;
  const today = view.today.startsWith(String(year)) ? dayOfYear(view.today) : null;
  const monthStarts = Array.from({ length: 12 }, (_, m) => dayOfYear(`${year}-${String(m + 1).padStart(2, '0')}-01`));
  const total = view.feed.data?.data.length ?? 0;

  const svgText = () => new XMLSerializer().serializeToString(svgRef.current!);
  const exportSvg = () => saveBlob(`vuosikello-${year}.svg`, new Blob([svgText()], { type: 'image/svg+xml' }));
  const exportPng = () => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = 2000;
      canvas.height = 2000;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, 2000, 2000);
      ctx.drawImage(image, 0, 0, 2000, 2000);
      canvas.toBlob((blob) => blob && saveBlob(`vuosikello-${year}.png`, blob), 'image/png');
    };
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText())}`;
  };

  const openMark = (items: AdminOccurrence[], day: number) => {
    if (items.length === 1) navigate(pieceEditPath(items[0].documentId));
    else {
      const date = new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 7);
      navigate(`../month?month=${date}${groupBy === 'stage' ? `&stage=${items[0].funnelStage}` : `&channel=${items[0].channels[0]}`}`);
    }
  };

  return (
    <ViewPage view="wheel">
      <Flex direction="column" alignItems="stretch" gap={4}>
        {view.problemsNotice}
        <Flex justifyContent="space-between" wrap="wrap" gap={2}>
          <RangeNav
            view={view}
            title={String(year)}
            onPrevious={() => view.setParam('year', String(year - 1))}
            onNext={() => view.setParam('year', String(year + 1))}
            onToday={() => view.setParam('year', null)}
          />
          <Flex gap={2}>
            <Box width="200px">
              <SingleSelect aria-label={t('groupBy', 'Rings by')} value={groupBy} onChange={(v: string | number) => view.setParam('groupBy', v === 'stage' ? 'stage' : null)}>
                <SingleSelectOption value="channel">{t('byChannel', 'Rings by channel')}</SingleSelectOption>
                <SingleSelectOption value="stage">{t('byStage', 'Rings by funnel stage')}</SingleSelectOption>
              </SingleSelect>
            </Box>
            <Button variant="tertiary" startIcon={<Download />} onClick={exportSvg}>SVG</Button>
            <Button variant="tertiary" startIcon={<Download />} onClick={exportPng}>PNG</Button>
          </Flex>
        </Flex>
        {view.filterBar}
        <Flex gap={4} alignItems="flex-start" wrap="wrap">
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={2} style={{ flex: '1 1 600px', maxWidth: 860 }}>
            <svg
              ref={svgRef}
              viewBox={`0 0 ${SIZE} ${SIZE}`}
              xmlns="http://www.w3.org/2000/svg"
              role="img"
              aria-label={`${t('title', 'Year wheel')} ${year}`}
              data-testid="year-wheel"
              data-occurrences={total}
              style={{ width: '100%', height: 'auto', fontFamily: 'sans-serif' }}
            >
              <circle cx={C} cy={C} r={THEME_OUTER + 4} fill="#f6f6f9" />
              {groups.map((g, i) => (
                <circle key={g.key} cx={C} cy={C} r={MARKS_OUTER - i * ringWidth - ringWidth / 2} fill="none" stroke="#eaeaef" strokeWidth={ringWidth - 2} />
              ))}
              {monthStarts.map((day, m) => {
                const a = angleOfDay(day, year);
                const inner = polar(C, C, MARKS_INNER - 10, a);
                const outer = polar(C, C, THEME_OUTER + 4, a);
                const label = polar(C, C, THEME_OUTER + 24, angleOfDay(day + 15, year));
                const quarter = m % 3 === 0;
                return (
                  <g key={m}>
                    <line x1={inner.x} y1={inner.y} x2={outer.x} y2={outer.y} stroke={quarter ? '#666687' : '#c0c0cf'} strokeWidth={quarter ? 2.5 : 1} />
                    <text x={label.x} y={label.y} textAnchor="middle" dominantBaseline="middle" fontSize="18" fill="#32324d">
                      {formatDate(Date.UTC(year, m, 15), { month: 'short', timeZone: 'UTC' })}
                    </text>
                  </g>
                );
              })}
              {Array.from({ length: 53 }, (_, w) => {
                const a = angleOfDay(w * 7, year);
                const p1 = polar(C, C, THEME_OUTER + 4, a);
                const p2 = polar(C, C, THEME_OUTER + 10, a);
                return w * 7 < days ? <line key={w} x1={p1.x} y1={p1.y} x2={p2.x} y2={p2.y} stroke="#a5a5ba" strokeWidth={1} /> : null;
              })}
              {[0, 1, 2, 3].map((q) => {
                const p = polar(C, C, MARKS_INNER - 35, angleOfDay(monthStarts[q * 3] + 45, year));
                return (
                  <text key={q} x={p.x} y={p.y} textAnchor="middle" dominantBaseline="middle" fontSize="20" fontWeight="bold" fill="#8e8ea9">
                    {`Q${q + 1}`}
                  </text>
                );
              })}
              {themes.map(({ theme, range, ring }) => (
                <path
                  key={theme.slug}
                  d={annularSector(C, C, THEME_OUTER - (ring + 1) * THEME_RING, THEME_OUTER - ring * THEME_RING - 2, angleOfDay(range[0], year), angleOfDay(range[1] + 1, year))}
                  fill={theme.color ?? '#7b79ff'}
                  opacity={0.85}
                  data-theme={theme.slug}
                >
                  <title>{`${theme.name}: ${formatDate(`${theme.startDate}T12:00:00Z`, { day: 'numeric', month: 'numeric', timeZone: 'UTC' })}–${formatDate(`${theme.endDate}T12:00:00Z`, { day: 'numeric', month: 'numeric', timeZone: 'UTC' })}`}</title>
                </path>
              ))}
              {groups.map((g, i) =>
                g.marks.map((mark) => {
                  const radius = MARKS_OUTER - i * ringWidth - ringWidth / 2;
                  const p = polar(C, C, radius, angleOfDay(mark.day + mark.days / 2, year));
                  const size = Math.min(ringWidth / 2 - 1, 3 + Math.sqrt(mark.items.length) * 1.6);
                  const titles = mark.items.slice(0, 8).map((o) => `${formatDate(o.start!, { day: 'numeric', month: 'numeric', hour: '2-digit', minute: '2-digit' })} ${o.title}`);
                  return (
                    <circle
                      key={`${g.key}-${mark.day}`}
                      cx={p.x}
                      cy={p.y}
                      r={size}
                      fill={g.color}
                      stroke="#ffffff"
                      strokeWidth={1}
                      style={{ cursor: 'pointer' }}
                      data-mark={g.key}
                      onClick={() => openMark(mark.items, mark.day)}
                    >
                      <title>{`${g.label} · ${mark.items.length}\n${titles.join('\n')}${mark.items.length > 8 ? '\n…' : ''}`}</title>
                    </circle>
                  );
                })
              )}
              {today !== null && (
                <line
                  x1={C}
                  y1={C}
                  x2={polar(C, C, THEME_OUTER + 8, angleOfDay(today + 0.5, year)).x}
                  y2={polar(C, C, THEME_OUTER + 8, angleOfDay(today + 0.5, year)).y}
                  stroke="#d02b20"
                  strokeWidth={3}
                  data-testid="today-hand"
                >
                  <title>{t('today', 'Today')}</title>
                </line>
              )}
              <circle cx={C} cy={C} r={MARKS_INNER - 60} fill="#ffffff" stroke="#eaeaef" />
              <text x={C} y={C - 8} textAnchor="middle" fontSize="44" fontWeight="bold" fill="#32324d">
                {year}
              </text>
              <text x={C} y={C + 28} textAnchor="middle" fontSize="16" fill="#666687">
                {`${total} ${t('occurrences', 'publications')}`}
              </text>
            </svg>
          </Box>
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} style={{ flex: '0 1 260px' }} data-testid="wheel-legend">
            <Typography variant="delta" tag="h2">{t('rings', 'Rings, outside in')}</Typography>
            <Flex direction="column" alignItems="stretch" gap={1} paddingTop={2}>
              <Typography variant="sigma" textColor="neutral600">{t('themes', 'Themes')}</Typography>
              {themes.map(({ theme }) => (
                <Flex key={theme.slug} gap={2}>
                  <Box width="12px" height="12px" hasRadius style={{ background: theme.color ?? '#7b79ff' }} />
                  <Typography variant="pi">{theme.name}</Typography>
                </Flex>
              ))}
              <Box paddingTop={2}>
                <Typography variant="sigma" textColor="neutral600">{groupBy === 'stage' ? t('byStage', 'Rings by funnel stage') : t('byChannel', 'Rings by channel')}</Typography>
              </Box>
              {groups.map((g) => (
                <Flex key={g.key} gap={2}>
                  <Box width="12px" height="12px" hasRadius style={{ background: g.color }} />
                  <Typography variant="pi">{`${g.label} (${g.marks.reduce((n, m) => n + m.items.length, 0)})`}</Typography>
                </Flex>
              ))}
            </Flex>
          </Box>
        </Flex>
      </Flex>
    </ViewPage>
  );
};
