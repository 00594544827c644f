import { Button, Flex, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import type { BudgetLine, SpendEntry } from '../../api';
import { TableHead } from '../../components/TableHead';

type Item = BudgetLine | SpendEntry;

/** The year's budget lines or spend entries; edit and delete only for those who may edit the budget. */
export const BudgetItems = <T extends Item>({
  items,
  when,
  extra,
  name,
  canEdit,
  onEdit,
  onDelete,
  t,
  money,
  testId,
}: {
  items: T[];
  when: (item: T) => string;
  extra?: (item: T) => string;
  name: (documentId: string | null) => string;
  canEdit: boolean;
  onEdit: (item: T) => void;
  onDelete: (item: T) => void;
  t: (id: string, fallback: string) => string;
  money: (cents: number, currency: string) => string;
  testId: string;
}) => {
  const labels = [t('when', 'When'), t('category', 'Category'), t('theme', 'Theme'), t('channel', 'Channel'), t('amount', 'Amount')];
  if (extra) labels.push(t('supplier', 'Supplier'));
  if (canEdit) labels.push('');
  if (!items.length) return <Typography textColor="neutral600">{t('noItems', 'None for this year yet.')}</Typography>;
  return (
    <Table colCount={labels.length} rowCount={items.length + 1} data-testid={testId}>
      <TableHead labels={labels} />
      <Tbody>
        {items.map((item) => (
          <Tr key={item.documentId} data-item={item.documentId}>
            <Td>
              <Typography>{when(item)}</Typography>
            </Td>
            <Td>
              <Typography>{t(`category.${item.category}`, item.category)}</Typography>
            </Td>
            <Td>
              <Typography>{item.themeDocumentId ? name(item.themeDocumentId) : '–'}</Typography>
            </Td>
            <Td>
              <Typography>{item.channelDocumentId ? name(item.channelDocumentId) : '–'}</Typography>
            </Td>
            <Td>
              <Typography>{money(item.amountCents, item.currency)}</Typography>
            </Td>
            {extra && (
              <Td>
                <Typography>{extra(item) || '–'}</Typography>
              </Td>
            )}
            {canEdit && (
              <Td>
                <Flex gap={1}>
                  <Button size="S" variant="tertiary" onClick={() => onEdit(item)}>
                    {t('edit', 'Edit')}
                  </Button>
                  <Button size="S" variant="danger-light" onClick={() => onDelete(item)}>
                    {t('delete', 'Delete')}
                  </Button>
                </Flex>
              </Td>
            )}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
