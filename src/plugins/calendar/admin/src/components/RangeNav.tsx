import { Button, Flex, Typography } from '@strapi/design-system';
import { ChevronLeft, ChevronRight } from '@strapi/icons';
import { useViewLabel } from '../hooks/useViewLabel';

/** Previous / title / next / today, for the year wheel, month, week and agenda. */
export const RangeNav = ({
  title,
  onPrevious,
  onNext,
  onToday,
}: {
  title: string;
  onPrevious: () => void;
  onNext: () => void;
  onToday: () => void;
}) => {
  const label = useViewLabel();
  return (
    <Flex gap={2} alignItems="center" wrap="wrap">
      <Button variant="tertiary" startIcon={<ChevronLeft />} onClick={onPrevious}>
        {label('previous', 'Previous')}
      </Button>
      <Typography variant="beta" tag="h2" data-testid="range-title">
        {title}
      </Typography>
      <Button variant="tertiary" endIcon={<ChevronRight />} onClick={onNext}>
        {label('next', 'Next')}
      </Button>
      <Button variant="secondary" onClick={onToday}>
        {label('today', 'Today')}
      </Button>
    </Flex>
  );
};
