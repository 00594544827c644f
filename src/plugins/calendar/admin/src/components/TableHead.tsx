import { Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

/** A table's header row: one column heading per label. */
export const TableHead = ({ labels }: { labels: ReactNode[] }) => (
  <Thead>
    <Tr>
      {labels.map((label, i) => (
        <Th key={i}>
          <Typography variant="sigma">{label}</Typography>
        </Th>
      ))}
    </Tr>
  </Thead>
);
