import { Button } from '@strapi/design-system';
import { useState, type ReactNode } from 'react';
import { useViewLabel } from '../hooks/useViewLabel';

/**
 * A day's chips, at most `limit` of them until the day is opened: a busy month (2,000
 * occurrences, dozens on a day) stays readable and draws in a fraction of the time. The button says how
 * many are hidden; opened, the day shows them all and offers to fold again.
 */
export function DayChips<T>({
  date,
  items,
  limit,
  render,
}: {
  date: string;
  items: readonly T[];
  limit?: number;
  render: (item: T) => ReactNode;
}) {
  const label = useViewLabel();
  const [open, setOpen] = useState(false);
  const folds = limit !== undefined && items.length > limit;
  const shown = folds && !open ? items.slice(0, limit) : items;
  return (
    <>
      {shown.map(render)}
      {folds && (
        <Button variant="ghost" size="S" onClick={() => setOpen(!open)} aria-expanded={open} data-more={date}>
          {open ? label('fewer', 'Show fewer') : label('more', '+{count, number} more', { count: items.length - limit! })}
        </Button>
      )}
    </>
  );
}
