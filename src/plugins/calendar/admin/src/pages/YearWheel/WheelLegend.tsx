import { Box, Flex, Typography } from '@strapi/design-system';
import { useTheme } from 'styled-components';
import type { MarkGroup, ThemeArc } from './wheelRings';

const Swatch = ({ color }: { color: string }) => <Box width="12px" height="12px" hasRadius style={{ background: color }} />;

/** The wheel's rings, outside in: themes, then the groups with their counts. */
export const WheelLegend = ({
  arcs,
  groups,
  labels,
}: {
  arcs: ThemeArc[];
  groups: MarkGroup[];
  labels: { rings: string; themes: string; groups: string };
}) => {
  const { colors } = useTheme();
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} style={{ flex: '0 1 260px' }} data-testid="wheel-legend">
      <Typography variant="delta" tag="h2">
        {labels.rings}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={1} paddingTop={2}>
        <Typography variant="sigma" textColor="neutral600">
          {labels.themes}
        </Typography>
        {arcs.map(({ theme }) => (
          <Flex key={theme.slug} gap={2}>
            <Swatch color={theme.color ?? colors.primary500} />
            <Typography variant="pi">{theme.name}</Typography>
          </Flex>
        ))}
        <Box paddingTop={2}>
          <Typography variant="sigma" textColor="neutral600">
            {labels.groups}
          </Typography>
        </Box>
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
