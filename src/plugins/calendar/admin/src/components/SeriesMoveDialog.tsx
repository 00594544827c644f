import { Button, Dialog, Typography } from '@strapi/design-system';
import { useViewLabel } from '../hooks/useViewLabel';

/** A recurring occurrence was moved: only this one (detached), or the whole series when its rule can shift. */
export const SeriesMoveDialog = ({
  ask,
  onClose,
}: {
  /** Open while defined. */
  ask: { canMoveSeries: boolean; onSeries: () => void; onOccurrence: () => void } | undefined;
  onClose: () => void;
}) => {
  const label = useViewLabel();
  return (
    <Dialog.Root open={Boolean(ask)} onOpenChange={(open: boolean) => !open && onClose()}>
      <Dialog.Content>
        <Dialog.Header>{label('recurringTitle', 'Move a recurring piece')}</Dialog.Header>
        <Dialog.Body>
          <Typography>
            {ask?.canMoveSeries
              ? label(
                  'recurringBodySeries',
                  'Move only this occurrence (it becomes a piece of its own, and the series skips this date), or the whole series?'
                )
              : label(
                  'recurringBody',
                  'Move only this occurrence? It becomes a piece of its own, and the series skips this date. To change the whole series, edit its rule in the piece.'
                )}
          </Typography>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary">{label('cancel', 'Cancel')}</Button>
          </Dialog.Cancel>
          {ask?.canMoveSeries && (
            <Dialog.Action>
              <Button variant="secondary" data-testid="move-series" onClick={ask.onSeries}>
                {label('wholeSeries', 'Move the whole series')}
              </Button>
            </Dialog.Action>
          )}
          <Dialog.Action>
            <Button data-testid="move-occurrence" onClick={ask?.onOccurrence}>
              {label('thisOnly', 'Move this occurrence only')}
            </Button>
          </Dialog.Action>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
