import { Alert, Box, Button } from '@strapi/design-system';
import { useViewLabel } from '../hooks/useViewLabel';

/** A move refused with 409, in the server's words, with a way to see the current state. */
export const ConflictNotice = ({ message, onClose, onReload }: { message?: string; onClose: () => void; onReload: () => void }) => {
  const label = useViewLabel();
  if (!message) return null;
  return (
    <Box data-testid="conflict-notice">
      <Alert
        variant="danger"
        title={label('conflictTitle', 'Not saved')}
        onClose={onClose}
        closeLabel={label('close', 'Close')}
        action={
          <Button variant="danger-light" onClick={() => (onClose(), onReload())}>
            {label('reload', 'Reload')}
          </Button>
        }
      >
        {message}
      </Alert>
    </Box>
  );
};
