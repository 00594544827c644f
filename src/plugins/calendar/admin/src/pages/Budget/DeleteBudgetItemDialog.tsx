import { Alert, Button, Dialog, Typography } from '@strapi/design-system';
import { useState } from 'react';
import { useDeleteBudgetLineMutation, useDeleteSpendEntryMutation } from '../../api';
import { errorMessage } from '../../api/errors';

export interface PendingDelete {
  kind: 'line' | 'entry';
  documentId: string;
  /** What the row is, as the table shows it ("Instagram, March 2026, 1 200,00 €"). */
  label: string;
}

type Text = (id: string, fallback: string, values?: Record<string, string | number>) => string;

/** Deleting a budget line or spend entry asks first, and says so when the delete fails. */
export const DeleteBudgetItemDialog = ({ pending, onClose, t }: { pending: PendingDelete | null; onClose: () => void; t: Text }) => {
  const [deleteLine, line] = useDeleteBudgetLineMutation();
  const [deleteEntry, entry] = useDeleteSpendEntryMutation();
  const [problem, setProblem] = useState<string | null>(null);
  const busy = line.isLoading || entry.isLoading;
  const close = () => {
    setProblem(null);
    onClose();
  };
  const confirm = async () => {
    if (!pending) return;
    const result = pending.kind === 'line' ? await deleteLine(pending.documentId) : await deleteEntry(pending.documentId);
    if ('error' in result) return setProblem(errorMessage(result.error) ?? t('deleteFailed', 'The delete failed. Try again.'));
    close();
  };
  return (
    <Dialog.Root open={Boolean(pending)} onOpenChange={(open: boolean) => !open && close()}>
      <Dialog.Content>
        <Dialog.Header>
          {pending?.kind === 'line' ? t('deleteLineTitle', 'Delete the budget line?') : t('deleteEntryTitle', 'Delete the spend entry?')}
        </Dialog.Header>
        <Dialog.Body>
          <div data-testid="budget-delete-confirm">
            <Typography tag="p">{pending?.label}</Typography>
            {problem && (
              <Alert variant="danger" closeLabel={t('close', 'Close')} onClose={() => setProblem(null)}>
                {problem}
              </Alert>
            )}
          </div>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary">{t('cancel', 'Cancel')}</Button>
          </Dialog.Cancel>
          <Button variant="danger-light" loading={busy} onClick={() => void confirm()}>
            {t('delete', 'Delete')}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
