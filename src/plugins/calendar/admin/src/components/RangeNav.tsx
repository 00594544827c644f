import { Button, Flex, Typography } from '@strapi/design-system';
import { ChevronLeft, ChevronRight } from '@strapi/icons';
import type { useCalendarView } from '../hooks/useCalendarView';

/** Previous / title / next / today, for month, week and agenda. */
export const RangeNav = ({ view, title, onPrevious, onNext, onToday }: { view: ReturnType<typeof useCalendarView>; title: string; onPrevious: () => void; onNext: () => void; onToday: () => void }) => (
  <Flex gap={2} alignItems="center" wrap="wrap">
    <Button variant="tertiary" startIcon={<ChevronLeft />} onClick={onPrevious}>
      {view.label('previous', 'Previous')}
    </Button>
    <Typography variant="beta" tag="h2" data-testid="range-title">
      {title}
    </Typography>
    <Button variant="tertiary" endIcon={<ChevronRight />} onClick={onNext}>
      {view.label('next', 'Next')}
    </Button>
    <Button variant="secondary" onClick={onToday}>
      {view.label('today', 'Today')}
    </Button>
  </Flex>
);
