import { Button, Dialog, Textarea, Typography } from '@strapi/design-system';
import { Message } from '@strapi/icons';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';

/** The month's note (huomioita) for a grid cell: shown on hover, edited in a dialog. */
export const NoteButton = ({
  note,
  canEdit,
  label,
  onSave,
}: {
  note: string | null;
  canEdit: boolean;
  label: string;
  onSave: (note: string | null) => void;
}) => {
  const { formatMessage } = useIntl();
  const t = (id: string, fallback: string) => formatMessage({ id: getTranslation(id), defaultMessage: fallback });
  const [draft, setDraft] = useState(note ?? '');
  if (!canEdit && !note) return null;
  return (
    <Dialog.Root onOpenChange={(open: boolean) => open && setDraft(note ?? '')}>
      <Dialog.Trigger>
        <button
          type="button"
          title={note ?? t('quarter.addNote', 'Add a note')}
          aria-label={`${label}: ${t('quarter.note', 'Note')}`}
          style={{ border: 0, background: 'none', cursor: 'pointer', opacity: note ? 1 : 0.35 }}
        >
          <Message width="14px" height="14px" />
        </button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{t('quarter.note', 'Note')}</Dialog.Header>
        <Dialog.Body>
          <Typography variant="pi">{label}</Typography>
          {canEdit ? (
            <Textarea name="note" value={draft} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setDraft(e.target.value)} />
          ) : (
            <Typography>{note}</Typography>
          )}
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary">{t('quarter.cancel', 'Cancel')}</Button>
          </Dialog.Cancel>
          {canEdit && (
            <Dialog.Action>
              <Button onClick={() => onSave(draft.trim() ? draft.trim() : null)}>{t('quarter.save', 'Save')}</Button>
            </Dialog.Action>
          )}
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
