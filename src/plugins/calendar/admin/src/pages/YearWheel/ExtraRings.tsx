import { useTheme } from 'styled-components';
import { angleInFrame, type WheelFrame } from '../../../../core/wheel-frame';
import { annularSector, polar } from '../../../../core/wheel-geometry';
import { ringShapes, type WheelRing } from '../../../../core/wheel-rings';
import { C } from './geometry';

export const HATCH_ID = 'wheel-hatch';

/** The striped fill of quiet seasons (and of any ring item with `pattern: 'hatch'`). */
export const HatchPattern = () => {
  const { colors } = useTheme();
  return (
    <defs>
      <pattern id={HATCH_ID} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill={colors.neutral0} opacity={0.35} />
        <line x1="0" y1="0" x2="0" y2="8" stroke={colors.neutral700} strokeWidth="3" />
      </pattern>
    </defs>
  );
};

/** Generic rings (holidays, commercial days, later budget and competitors): marks for days, arcs for spans. */
export const ExtraRings = ({
  rings,
  bands,
  frame,
}: {
  rings: WheelRing[];
  bands: Array<{ inner: number; outer: number }>;
  frame: WheelFrame;
}) => {
  const { colors } = useTheme();
  return (
    <g>
      {rings.slice(0, bands.length).map((ring, i) => {
        const { inner, outer } = bands[i];
        const mid = (inner + outer) / 2;
        return (
          <g key={ring.id} data-ring={ring.id}>
            {ringShapes(ring, frame).map(({ item, from, to, mark }) => {
              const title = <title>{`${item.startDate.slice(8, 10)}.${item.startDate.slice(5, 7)}. ${item.label}`}</title>;
              if (mark) {
                const p = polar(C, C, mid, angleInFrame(frame, from + 0.5));
                const r = Math.max(3, Math.min((outer - inner) / 2 - 2, frame.zoom === 'year' ? 5 : 8));
                return (
                  <circle
                    key={`${item.startDate}-${item.label}`}
                    cx={p.x}
                    cy={p.y}
                    r={r}
                    fill={item.color}
                    stroke={colors.neutral0}
                    strokeWidth={1}
                    data-ring-item={item.label}
                    data-date={item.startDate}
                  >
                    {title}
                  </circle>
                );
              }
              return (
                <path
                  key={`${item.startDate}-${item.label}`}
                  d={annularSector(C, C, inner, outer, angleInFrame(frame, from), angleInFrame(frame, to + 1))}
                  fill={item.pattern === 'hatch' ? `url(#${HATCH_ID})` : item.color}
                  data-ring-item={item.label}
                  data-date={item.startDate}
                >
                  {title}
                </path>
              );
            })}
          </g>
        );
      })}
    </g>
  );
};
