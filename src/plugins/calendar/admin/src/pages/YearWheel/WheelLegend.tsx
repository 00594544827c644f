import { Box, Flex, Typography } from '@strapi/design-system';
import { useTheme } from 'styled-components';
import type { WheelRing } from '../../../../core/wheel-rings';
import type { MarkGroup, ThemeArc } from './wheelRings';

const Swatch = ({ color, hatch }: { color: string; hatch?: boolean }) => (
  <Box
    width="12px"
    height="12px"
    hasRadius
    style={{
      background: hatch ? `repeating-linear-gradient(45deg, ${color}, ${color} 2px, transparent 2px, transparent 5px)` : color,
      flex: '0 0 12px',
    }}
  />
);

/** The wheel's rings, outside in: themes (quiet seasons striped), the extra rings, then the groups with their counts. */
export const WheelLegend = ({
  arcs,
  rings,
  ringKeys = {},
  groups,
  labels,
}: {
  arcs: ThemeArc[];
  rings: WheelRing[];
  /** What a ring's colours mean (the budget ring's levels), by ring id. */
  ringKeys?: Record<string, Array<{ color: string; label: string }>>;
  groups: MarkGroup[];
  labels: { rings: string; themes: string; groups: string; quiet: string };
}) => {
  const { colors } = useTheme();
  const themes = [...new Map(arcs.map((a) => [a.theme.slug, a.theme])).values()];
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} style={{ flex: '0 1 260px' }} data-testid="wheel-legend">
      <Typography variant="delta" tag="h2">
        {labels.rings}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={1} paddingTop={2}>
        {themes.length > 0 && (
          <Typography variant="sigma" textColor="neutral600">
            {labels.themes}
          </Typography>
        )}
        {themes.map((theme) => (
          <Flex key={theme.slug} gap={2}>
            <Swatch color={theme.color ?? colors.primary500} hatch={theme.quietSeason} />
            <Typography variant="pi">{theme.quietSeason ? `${theme.name} (${labels.quiet})` : theme.name}</Typography>
          </Flex>
        ))}
        {rings.map((ring) => (
          <Flex key={ring.id} direction="column" alignItems="stretch" gap={1} paddingTop={2} data-legend-ring={ring.id}>
            <Typography variant="sigma" textColor="neutral600">{`${ring.label} (${ring.items.length})`}</Typography>
            {(ringKeys[ring.id] ?? []).map((key) => (
              <Flex key={key.label} gap={2} data-legend-key={key.color}>
                <Swatch color={key.color} />
                <Typography variant="pi">{key.label}</Typography>
              </Flex>
            ))}
          </Flex>
        ))}
        {groups.length > 0 && (
          <Box paddingTop={2}>
            <Typography variant="sigma" textColor="neutral600">
              {labels.groups}
            </Typography>
          </Box>
        )}
        {groups.map((g) => (
          <Flex key={g.key} gap={2}>
            <Swatch color={g.color ?? colors.neutral400} />
            <Typography variant="pi">{`${g.label} (${g.marks.reduce((n, m) => n + m.items.length, 0)})`}</Typography>
          </Flex>
        ))}
      </Flex>
    </Box>
  );
};
