import { Button, Dialog, Field, TextInput } from '@strapi/design-system';
import { useState } from 'react';
import { useViewLabel } from '../hooks/useViewLabel';
import { isDate } from '../utils/period';

/** The keyboard alternative to dragging: pick the day to move a piece to. */
export const MoveDateDialog = ({
  target,
  onClose,
}: {
  /** Open while defined. */
  target: { title: string; initialDate: string; onMove: (date: string) => void } | undefined;
  onClose: () => void;
}) => {
  const label = useViewLabel();
  // What was typed, for the piece it was typed for: opening the dialog for another piece starts from its day.
  const opened = target ? `${target.title}|${target.initialDate}` : '';
  const [typed, setTyped] = useState<{ for: string; date: string } | null>(null);
  const date = typed?.for === opened ? typed.date : (target?.initialDate ?? '');
  const setDate = (value: string) => setTyped({ for: opened, date: value });
  return (
    <Dialog.Root open={Boolean(target)} onOpenChange={(open: boolean) => !open && onClose()}>
      <Dialog.Content>
        <Dialog.Header>{label('moveTitle', 'Move to another day')}</Dialog.Header>
        <Dialog.Body>
          <Field.Root name="date">
            <Field.Label>{target?.title}</Field.Label>
            <TextInput type="date" value={date} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setDate(e.target.value)} />
          </Field.Root>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary">{label('cancel', 'Cancel')}</Button>
          </Dialog.Cancel>
          <Dialog.Action>
            <Button disabled={!isDate(date)} onClick={() => target?.onMove(date)}>
              {label('move', 'Move')}
            </Button>
          </Dialog.Action>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
