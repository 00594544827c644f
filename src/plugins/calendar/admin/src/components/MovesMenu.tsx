import { MenuItem, SimpleMenu } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { EditorialStatus } from '../../../core/enums';
import { getTranslation } from '../utils/getTranslation';

/** The allowed status moves not already offered as one-click buttons, in a small menu. */
export const MovesMenu = ({
  moves,
  exclude = [],
  onMove,
  disabled,
}: {
  moves: EditorialStatus[];
  exclude?: Array<EditorialStatus | null>;
  onMove: (status: EditorialStatus) => void;
  disabled?: boolean;
}) => {
  const { formatMessage } = useIntl();
  const others = moves.filter((m) => !exclude.includes(m));
  if (others.length === 0) return null;
  return (
    <SimpleMenu
      label={formatMessage({ id: getTranslation('workflow.otherMoves'), defaultMessage: 'Other moves' })}
      variant="tertiary"
      size="S"
      disabled={disabled}
    >
      {others.map((status) => (
        <MenuItem key={status} onSelect={() => onMove(status)}>
          {formatMessage(
            { id: getTranslation('workflow.moveTo'), defaultMessage: 'Move to {status}' },
            { status: formatMessage({ id: getTranslation(`editorial.${status}`), defaultMessage: status }) }
          )}
        </MenuItem>
      ))}
    </SimpleMenu>
  );
};
