import { Button, Typography } from '@strapi/design-system';

/** ‹ previous year · the year · next year › for the year-based planning views. */
export const YearNav = ({ year, onChange }: { year: number; onChange: (year: number) => void }) => (
  <>
    <Button variant="tertiary" onClick={() => onChange(year - 1)}>
      ‹ {year - 1}
    </Button>
    <Typography variant="beta" tag="h2" data-testid="year">
      {year}
    </Typography>
    <Button variant="tertiary" onClick={() => onChange(year + 1)}>
      {year + 1} ›
    </Button>
  </>
);
