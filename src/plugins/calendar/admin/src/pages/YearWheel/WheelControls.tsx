import { Box, Button, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import type { GroupBy } from './wheelRings';

/** Rings by channel or by funnel stage, and the exports. */
export const WheelControls = ({
  groupBy,
  onGroupBy,
  onExportSvg,
  onExportPng,
  labels,
}: {
  groupBy: GroupBy;
  onGroupBy: (groupBy: GroupBy) => void;
  onExportSvg: () => void;
  onExportPng: () => void;
  labels: { groupBy: string; byChannel: string; byStage: string };
}) => (
  <Flex gap={2}>
    <Box width="200px">
      <SingleSelect
        aria-label={labels.groupBy}
        value={groupBy}
        onChange={(v: string | number) => onGroupBy(v === 'stage' ? 'stage' : 'channel')}
      >
        <SingleSelectOption value="channel">{labels.byChannel}</SingleSelectOption>
        <SingleSelectOption value="stage">{labels.byStage}</SingleSelectOption>
      </SingleSelect>
    </Box>
    <Button variant="tertiary" startIcon={<Download />} onClick={onExportSvg}>
      SVG
    </Button>
    <Button variant="tertiary" startIcon={<Download />} onClick={onExportPng}>
      PNG
    </Button>
  </Flex>
);
