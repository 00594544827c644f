import { Badge, Box, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { COPY_KINDS, type CopyItemStatus, type CopyKind, type PlanCopyAnswer } from '../../api';

type Label = (id: string, fallback: string, values?: Record<string, string | number>) => string;

const KIND_LABELS: Record<CopyKind, [string, string]> = {
  theme: ['planCopy.kind.theme', 'Themes'],
  'plan-cell': ['planCopy.kind.planCell', 'Plan cells'],
  goal: ['planCopy.kind.goal', 'Goals'],
  piece: ['planCopy.kind.piece', 'Content pieces'],
  'budget-line': ['planCopy.kind.budgetLine', 'Budget lines'],
};
const STATUS_LABELS: Record<CopyItemStatus, [string, string]> = {
  new: ['planCopy.status.new', 'New'],
  'already-copied': ['planCopy.status.copied', 'Already copied'],
  'target-exists': ['planCopy.status.exists', 'Already in the target year'],
  recurs: ['planCopy.status.recurs', 'Already recurs every year'],
};

/** The counts per kind, then every thing with where it lands and whether it is new. */
export const CopyPreview = ({ answer, t }: { answer: PlanCopyAnswer; t: Label }) => (
  <Flex direction="column" alignItems="stretch" gap={3} data-testid={answer.applied ? 'plan-copy-result' : 'plan-copy-preview'}>
    <Flex gap={4} wrap="wrap">
      {COPY_KINDS.map((kind) => (
        <Box key={kind} data-testid={`plan-copy-count-${kind}`}>
          <Typography fontWeight="bold">{t(...KIND_LABELS[kind])}: </Typography>
          <Typography>
            {t(answer.applied ? 'planCopy.createdCount' : 'planCopy.newCount', answer.applied ? '{count} created' : '{count} new', {
              count: answer.counts[kind].new,
            })}
            {', '}
            {t('planCopy.skippedCount', '{count} skipped', { count: answer.counts[kind].skipped })}
          </Typography>
        </Box>
      ))}
    </Flex>
    {answer.items.length > 0 && (
      <Table colCount={4} rowCount={answer.items.length + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{t('planCopy.col.what', 'What')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('planCopy.col.from', 'From')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('planCopy.col.to', 'To')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('planCopy.col.status', 'Status')}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {answer.items.map((item) => (
            <Tr key={`${item.kind}|${item.sourceDocumentId}`}>
              <Td>
                <Typography>
                  {t(...KIND_LABELS[item.kind])}: {item.label}
                </Typography>
              </Td>
              <Td>
                <Typography>{item.from ?? '–'}</Typography>
              </Td>
              <Td>
                <Typography>{item.to ?? '–'}</Typography>
              </Td>
              <Td>
                <Badge active={item.status === 'new'}>{t(...STATUS_LABELS[item.status])}</Badge>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    )}
  </Flex>
);
